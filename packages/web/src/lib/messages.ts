/**
 * The interface language and its strings. Each feature keeps its strings in its own `messages.ts`, Vietnamese and
 * English side by side, declares its table in `MessageTables` (so `t` accepts exactly the keys that exist) and is
 * installed once at start-up by app/messages.ts; this file holds only the tables' mechanism and the app-wide strings.
 * It has no side effects, so tests in Node can load every table.
 */
export type Lang = 'vi' | 'en';
export type Bilingual = Readonly<Record<Lang, string>>;
export type MessageTable = Readonly<Record<string, Bilingual>>;

/** Keeps a table's literal keys for the types; the table itself is returned unchanged. */
export function defineMessages<const T extends MessageTable>(table: T): T {
  return table;
}

/** The strings of the app's frame: its name, the menu, the header and errors any page may show. */
export const commonMessages = defineMessages({
  'app.name': { vi: 'Dân vận', en: 'Dân vận' },
  'app.subtitle': { vi: 'Hệ thống quản lý công tác dân vận', en: 'Mass mobilization management system' },
  'nav.units': { vi: 'Đơn vị', en: 'Units' },
  'nav.users': { vi: 'Người dùng', en: 'Users' },
  'nav.audit': { vi: 'Nhật ký hoạt động', en: 'Activity log' },
  'nav.reports': { vi: 'Báo cáo', en: 'Reports' },
  'nav.documents': { vi: 'Văn bản', en: 'Documents' },
  'nav.members': { vi: 'Đoàn viên, hội viên', en: 'Organisation members' },
  'nav.openMenu': { vi: 'Mở menu', en: 'Open menu' },
  'nav.skipToContent': { vi: 'Bỏ qua menu, đến nội dung chính', en: 'Skip to main content' },
  'header.language': { vi: 'Ngôn ngữ', en: 'Language' },
  'header.changePassword': { vi: 'Đổi mật khẩu', en: 'Change password' },
  'header.logout': { vi: 'Đăng xuất', en: 'Log out' },
  'common.save': { vi: 'Lưu', en: 'Save' },
  'common.cancel': { vi: 'Hủy', en: 'Cancel' },
  'common.close': { vi: 'Đóng', en: 'Close' },
  'common.actions': { vi: 'Thao tác', en: 'Actions' },
  'common.sortBy': { vi: 'Sắp xếp theo', en: 'Sort by' },
  'common.ascending': { vi: 'tăng dần', en: 'ascending' },
  'common.descending': { vi: 'giảm dần', en: 'descending' },
  'common.moreColumns': { vi: 'Thông tin thêm', en: 'More details' },
  'common.scrollableTable': {
    vi: 'Bảng cuộn được: dùng phím mũi tên để xem hết',
    en: 'Scrollable table: use the arrow keys to see all of it',
  },
  'common.dateRequired': { vi: 'Vui lòng chọn ngày', en: 'Please choose a date' },
  'common.retry': { vi: 'Thử lại', en: 'Try again' },
  'common.loading': { vi: 'Đang tải…', en: 'Loading…' },
  // Saving as one types, on the report form and the democracy checklist.
  'autosave.idle': { vi: 'Thay đổi được tự động lưu', en: 'Changes are saved automatically' },
  'autosave.pending': { vi: 'Có thay đổi chưa lưu', en: 'Unsaved changes' },
  'autosave.saving': { vi: 'Đang lưu…', en: 'Saving…' },
  'autosave.saved': { vi: 'Đã lưu lúc {time}', en: 'Saved at {time}' },
  'autosave.failed': { vi: 'Chưa lưu được: {reason}', en: 'Not saved: {reason}' },
  'autosave.waiting': {
    vi: 'Còn {count} chỉ tiêu cần bổ sung trước khi lưu',
    en: '{count} indicators need completing before they can be saved',
  },
  // A change that emptied a field, in a record's history.
  'audit.none': { vi: '(không có)', en: '(none)' },
  'common.filterBy': { vi: 'Lọc theo {column}', en: 'Filter by {column}' },
  'common.resetFilter': { vi: 'Bỏ lọc', en: 'Reset' },
  'common.pages': { vi: 'Các trang', en: 'Pages' },
  'common.page': { vi: 'Trang {page}', en: 'Page {page}' },
  'history.empty': { vi: 'Chưa có thay đổi nào', en: 'No changes yet' },
  'history.by': { vi: 'bởi {actor}', en: 'by {actor}' },
  'history.system': { vi: '(hệ thống)', en: '(system)' },
  'history.truncated': {
    vi: 'Chỉ hiển thị {count} thay đổi gần nhất.',
    en: 'Only the latest {count} changes are shown.',
  },
  'error.network': {
    vi: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
    en: 'Cannot reach the server. Please check the network and try again.',
  },
  'error.unexpected': {
    vi: 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.',
    en: 'Something unexpected went wrong. Please try again.',
  },
  'error.notFound': { vi: 'Không tìm thấy trang này.', en: 'This page does not exist.' },
  'error.pageTitle': { vi: 'Không mở được trang', en: 'The page could not be opened' },
  'error.chunk': {
    vi: 'Không tải được trang này: ứng dụng vừa được cập nhật hoặc mạng bị gián đoạn. Vui lòng tải lại trang.',
    en: 'This page could not be loaded: the app was just updated or the connection dropped. Please reload the page.',
  },
  'common.reload': { vi: 'Tải lại trang', en: 'Reload the page' },
  'nav.democracy': { vi: 'Dân chủ ở cơ sở', en: 'Grassroots democracy' },
  'nav.movements': { vi: 'Phong trào, mô hình', en: 'Movements, models' },
  'nav.catalogue': { vi: 'Bộ chỉ tiêu', en: 'Indicators' },
  'tasks.nav': { vi: 'Nhiệm vụ', en: 'Tasks' },
  'kt.nav': { vi: 'Khen thưởng', en: 'Commendations' },
  'conferences.nav': { vi: 'Hội nghị', en: 'Conferences' },
  'inbox.nav': { vi: 'Việc cần làm', en: 'To do' },
  'inbox.badge': { vi: '{count} việc cần làm', en: '{count} to do' },
  'number.hint': {
    vi: 'Dấu phẩy là dấu thập phân, dấu chấm ngăn cách hàng nghìn: 1.250 là một nghìn hai trăm năm mươi, 1,5 là một phẩy năm',
    en: 'The comma is the decimal mark and the dot groups thousands: 1.250 is one thousand two hundred and fifty, 1,5 is one and a half',
  },
  'number.invalid': {
    vi: 'Không phải số. Dấu phẩy là dấu thập phân, dấu chấm ngăn cách hàng nghìn (1.250 hoặc 1,5)',
    en: 'Not a number. The comma is the decimal mark, the dot groups thousands (1.250 or 1,5)',
  },
  'number.notInteger': { vi: 'Nhập số nguyên (không có phần thập phân)', en: 'Enter a whole number' },
  'number.negative': { vi: 'Không nhập số âm', en: 'Negative numbers are not allowed' },
  'number.tooSmall': { vi: 'Nhập số từ {min} trở lên', en: 'Enter {min} or more' },
  'number.tooLarge': { vi: 'Nhập số không quá {max}', en: 'Enter at most {max}' },
});

/** Every table's type by name; each feature adds its own with `declare module`. */
export interface MessageTables {
  commonMessages: typeof commonMessages;
}

export type MessageKey = {
  [Table in keyof MessageTables]: keyof MessageTables[Table] & string;
}[keyof MessageTables];

const installed = new Map<string, Bilingual>(Object.entries(commonMessages));

/** Adds the features' tables; a key defined twice is a mistake the test of app/messages.ts reports. */
export function installMessages(tables: readonly MessageTable[]): void {
  for (const table of tables) for (const [key, text] of Object.entries(table)) installed.set(key, text);
}

export function isMessageKey(key: string): key is MessageKey {
  return installed.has(key);
}

export type Params = Record<string, string | number>;

/** The text of a key in a language with its `{name}` placeholders filled; one left without a value stays visible. */
export function message(key: MessageKey, lang: Lang, params?: Params): string {
  // A key of a table not installed shows as itself, so the gap is visible instead of a blank.
  const text = installed.get(key)?.[lang] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
