import { useCallback, useSyncExternalStore } from 'react';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import 'dayjs/locale/en';
import type { BilingualMessage } from '@danvan/shared';

export type Lang = 'vi' | 'en';

const vi = {
  'app.name': 'Dân vận',
  'app.subtitle': 'Hệ thống quản lý công tác dân vận',

  'nav.units': 'Đơn vị',
  'nav.users': 'Người dùng',
  'nav.audit': 'Nhật ký hoạt động',
  'nav.openMenu': 'Mở menu',

  'header.language': 'Ngôn ngữ',
  'header.changePassword': 'Đổi mật khẩu',
  'header.logout': 'Đăng xuất',

  'common.save': 'Lưu',
  'common.cancel': 'Hủy',
  'common.close': 'Đóng',
  'common.actions': 'Thao tác',
  'common.dateRequired': 'Vui lòng chọn ngày',
  'common.retry': 'Thử lại',

  'error.network': 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng và thử lại.',
  'error.unexpected': 'Đã xảy ra lỗi không mong muốn. Vui lòng thử lại.',
  'error.notFound': 'Không tìm thấy trang này.',

  'login.title': 'Đăng nhập',
  'login.username': 'Tên đăng nhập',
  'login.password': 'Mật khẩu',
  'login.submit': 'Đăng nhập',
  'login.usernameRequired': 'Vui lòng nhập tên đăng nhập',
  'login.passwordRequired': 'Vui lòng nhập mật khẩu',

  'password.current': 'Mật khẩu hiện tại',
  'password.new': 'Mật khẩu mới',
  'password.repeat': 'Nhập lại mật khẩu mới',
  'password.currentRequired': 'Vui lòng nhập mật khẩu hiện tại',
  'password.minLength': 'Mật khẩu phải có ít nhất 8 ký tự',
  'password.mismatch': 'Mật khẩu nhập lại không khớp',
  'password.changed': 'Đã đổi mật khẩu',

  'units.search': 'Tìm đơn vị',
  'units.showClosed': 'Hiện đơn vị đã giải thể',
  'units.closedSuffix': '(đã giải thể {date})',
  'units.noMatch': 'Không tìm thấy đơn vị phù hợp',
  'units.empty': 'Chưa có đơn vị nào',
  'units.notFound': 'Không tìm thấy đơn vị hoặc bạn không có quyền xem.',
  'units.count': '{count} đơn vị',

  'unit.name': 'Tên đơn vị',
  'unit.code': 'Mã đơn vị',
  'unit.type': 'Loại đơn vị',
  'unit.openedOn': 'Ngày thành lập',
  'unit.closedOn': 'Ngày giải thể',
  'unit.active': 'Đang hoạt động',
  'unit.closed': 'Đã giải thể',
  'unit.childCount': 'Đơn vị trực thuộc',
  'unit.userCount': 'Người dùng',
  'unit.history': 'Lịch sử',
  'unit.noHistory': 'Chưa có sự kiện nào',
  'unit.effectiveOn': 'Ngày hiệu lực',
  'unit.newParent': 'Đơn vị cấp trên mới',
  'unit.reason': 'Lý do giải thể',
  'unit.codeHint': 'Không bắt buộc; chỉ gồm chữ cái không dấu, chữ số và . _ -',
  'unit.nameRequired': 'Vui lòng nhập tên đơn vị',
  'unit.typeRequired': 'Vui lòng chọn loại đơn vị',
  'unit.codeInvalid': 'Mã chỉ gồm chữ cái không dấu, chữ số và . _ - (tối đa 40 ký tự)',
  'unit.parentRequired': 'Vui lòng chọn đơn vị cấp trên',
  'unit.reasonRequired': 'Vui lòng nhập lý do giải thể',
  'unit.addChild': 'Thêm đơn vị trực thuộc',
  'unit.addChildTitle': 'Thêm đơn vị trực thuộc {name}',
  'unit.rename': 'Đổi tên',
  'unit.renameTitle': 'Đổi tên đơn vị {name}',
  'unit.move': 'Chuyển đơn vị',
  'unit.moveTitle': 'Chuyển đơn vị {name}',
  'unit.close': 'Giải thể',
  'unit.closeTitle': 'Giải thể đơn vị {name}',
  'unit.closeConfirm':
    'Giải thể đơn vị "{name}" từ ngày {date}? Đơn vị sẽ ngừng hoạt động; dữ liệu và lịch sử vẫn được lưu giữ.',
  'unit.createdDone': 'Đã thêm đơn vị {name}',
  'unit.renamedDone': 'Đã đổi tên đơn vị',
  'unit.movedDone': 'Đã chuyển đơn vị',
  'unit.closedDone': 'Đã giải thể đơn vị {name}',

  'event.created': 'Thành lập',
  'event.renamed': 'Đổi tên',
  'event.moved': 'Chuyển đơn vị',
  'event.closed': 'Giải thể',
  'event.imported': 'Nhập từ danh mục',
  'event.effective': 'Hiệu lực từ {date}',
  'event.recorded': 'Ghi nhận lúc {time}',
  'event.by': 'bởi {actor}',
  'event.renamedDetail': 'Từ “{from}” thành “{to}”',
  'event.movedDetail': 'Từ {from} sang {to}',
  'event.reasonDetail': 'Lý do: {reason}',
  'event.sourceDetail': 'Nguồn: {source}',
  'event.unknownUnit': 'đơn vị #{id}',

  'import.open': 'Nhập danh mục',
  'import.title': 'Nhập danh mục đơn vị',
  'import.parent': 'Nhập vào đơn vị',
  'import.source': 'Nguồn dữ liệu',
  'import.sourceFile': 'Tệp dữ liệu (.json hoặc .csv)',
  'import.sourcePost2025': 'Danh mục chuẩn sau 01/07/2025 (34 tỉnh, 3.321 xã)',
  'import.sourcePre2025': 'Danh mục chuẩn trước 2025 (63 tỉnh)',
  'import.chooseFile': 'Chọn tệp',
  'import.fileRequired': 'Vui lòng chọn tệp .json hoặc .csv',
  'import.fileRead': 'Không đọc được tệp {name}',
  'import.dryRun': 'Kiểm tra trước',
  'import.run': 'Nhập',
  'import.hint': 'Dữ liệu được kiểm tra trước; chỉ nhập được khi không còn dòng nào bị từ chối.',
  'import.checking': 'Đang kiểm tra dữ liệu…',
  'import.importing': 'Đang nhập dữ liệu…',
  'import.dryRunResult': 'Kết quả kiểm tra (chưa ghi vào hệ thống)',
  'import.appliedResult': 'Đã nhập xong',
  'import.failed': 'Nhập dữ liệu thất bại',
  'import.fixRejected': 'Có {count} dòng bị từ chối. Hãy sửa tệp rồi kiểm tra lại.',
  'import.total': 'Tổng số dòng',
  'import.created': 'Thêm mới',
  'import.updated': 'Cập nhật',
  'import.unchanged': 'Không đổi',
  'import.rejected': 'Bị từ chối',
  'import.row': 'Dòng',
  'import.field': 'Trường',
  'import.reason': 'Lý do',
  'import.phase.checked': 'Đã kiểm tra',
  'import.phase.write': 'Đang ghi vào hệ thống',
  'import.phase.done': 'Hoàn tất',
  'import.phase.failed': 'Thất bại',

  'users.add': 'Thêm người dùng',
  'users.search': 'Tìm theo tên, tên đăng nhập, đơn vị',
  'users.includeDisabled': 'Hiện tài khoản đã khóa',
  'users.empty': 'Chưa có người dùng nào',
  'users.count': '{count} người dùng',

  'user.username': 'Tên đăng nhập',
  'user.fullName': 'Họ và tên',
  'user.password': 'Mật khẩu',
  'user.role': 'Vai trò',
  'user.unit': 'Đơn vị',
  'user.status': 'Trạng thái',
  'user.lastLogin': 'Đăng nhập gần nhất',
  'user.active': 'Đang hoạt động',
  'user.disabled': 'Đã khóa',
  'user.never': 'Chưa đăng nhập',
  'user.edit': 'Sửa',
  'user.editTitle': 'Sửa người dùng {username}',
  'user.disable': 'Khóa',
  'user.enable': 'Mở khóa',
  'user.disableConfirm': 'Khóa tài khoản {username}? Người dùng sẽ không đăng nhập được nữa.',
  'user.setPassword': 'Đặt mật khẩu',
  'user.setPasswordTitle': 'Đặt mật khẩu mới cho {username}',
  'user.usernameInvalid': 'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số và . _ -',
  'user.fullNameRequired': 'Vui lòng nhập họ và tên',
  'user.roleRequired': 'Vui lòng chọn vai trò',
  'user.unitRequired': 'Vui lòng chọn đơn vị',
  'user.createdDone': 'Đã thêm người dùng {username}',
  'user.updatedDone': 'Đã lưu thay đổi',
  'user.disabledDone': 'Đã khóa tài khoản {username}',
  'user.enabledDone': 'Đã mở khóa tài khoản {username}',
  'user.passwordSetDone': 'Đã đặt mật khẩu mới cho {username}',

  'audit.time': 'Thời gian',
  'audit.actor': 'Người thực hiện',
  'audit.unit': 'Đơn vị',
  'audit.action': 'Hành động',
  'audit.entity': 'Đối tượng',
  'audit.entityType': 'Loại đối tượng',
  'audit.dateRange': 'Khoảng thời gian',
  'audit.from': 'Từ ngày',
  'audit.to': 'Đến ngày',
  'audit.search': 'Lọc',
  'audit.reset': 'Đặt lại',
  'audit.before': 'Trước khi thay đổi',
  'audit.after': 'Sau khi thay đổi',
  'audit.none': '(không có)',
  'audit.system': 'Hệ thống',
  'audit.empty': 'Không có hoạt động nào',
  'audit.total': 'Tổng {count} bản ghi',
  'audit.entity.unit': 'Đơn vị',
  'audit.entity.user': 'Người dùng',
  'audit.entity.session': 'Phiên đăng nhập',
  'audit.entity.import': 'Nhập dữ liệu',
  'action.auth.login': 'Đăng nhập',
  'action.auth.login_failed': 'Đăng nhập không thành công',
  'action.auth.logout': 'Đăng xuất',
  'action.unit.create': 'Thêm đơn vị',
  'action.unit.rename': 'Đổi tên đơn vị',
  'action.unit.move': 'Chuyển đơn vị',
  'action.unit.close': 'Giải thể đơn vị',
  'action.unit.import': 'Nhập danh mục đơn vị',
  'action.user.create': 'Thêm người dùng',
  'action.user.update': 'Cập nhật người dùng',
  'action.user.change_password': 'Đổi mật khẩu',
  'action.user.disable': 'Khóa tài khoản',
  'action.user.enable': 'Mở khóa tài khoản',
  'action.user.reset_password': 'Đặt lại mật khẩu',
};

export type MessageKey = keyof typeof vi;

const en: Record<MessageKey, string> = {
  'app.name': 'Dân vận',
  'app.subtitle': 'Mass mobilization management system',

  'nav.units': 'Units',
  'nav.users': 'Users',
  'nav.audit': 'Activity log',
  'nav.openMenu': 'Open menu',

  'header.language': 'Language',
  'header.changePassword': 'Change password',
  'header.logout': 'Log out',

  'common.save': 'Save',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.actions': 'Actions',
  'common.dateRequired': 'Please choose a date',
  'common.retry': 'Try again',

  'error.network': 'Cannot reach the server. Please check the network and try again.',
  'error.unexpected': 'Something unexpected went wrong. Please try again.',
  'error.notFound': 'This page does not exist.',

  'login.title': 'Log in',
  'login.username': 'Username',
  'login.password': 'Password',
  'login.submit': 'Log in',
  'login.usernameRequired': 'Please enter your username',
  'login.passwordRequired': 'Please enter your password',

  'password.current': 'Current password',
  'password.new': 'New password',
  'password.repeat': 'Repeat the new password',
  'password.currentRequired': 'Please enter your current password',
  'password.minLength': 'A password has at least 8 characters',
  'password.mismatch': 'The passwords do not match',
  'password.changed': 'Password changed',

  'units.search': 'Find a unit',
  'units.showClosed': 'Show closed units',
  'units.closedSuffix': '(closed {date})',
  'units.noMatch': 'No unit matches',
  'units.empty': 'No units yet',
  'units.notFound': 'The unit does not exist or you may not see it.',
  'units.count': '{count} units',

  'unit.name': 'Unit name',
  'unit.code': 'Unit code',
  'unit.type': 'Unit type',
  'unit.openedOn': 'Opened on',
  'unit.closedOn': 'Closed on',
  'unit.active': 'Active',
  'unit.closed': 'Closed',
  'unit.childCount': 'Child units',
  'unit.userCount': 'Users',
  'unit.history': 'History',
  'unit.noHistory': 'No events yet',
  'unit.effectiveOn': 'Effective date',
  'unit.newParent': 'New parent unit',
  'unit.reason': 'Reason for closing',
  'unit.codeHint': 'Optional; plain letters, digits and . _ - only',
  'unit.nameRequired': 'Please enter the unit name',
  'unit.typeRequired': 'Please choose the unit type',
  'unit.codeInvalid': 'A code has plain letters, digits and . _ - only (at most 40 characters)',
  'unit.parentRequired': 'Please choose the parent unit',
  'unit.reasonRequired': 'Please enter the reason for closing',
  'unit.addChild': 'Add child unit',
  'unit.addChildTitle': 'Add a unit under {name}',
  'unit.rename': 'Rename',
  'unit.renameTitle': 'Rename {name}',
  'unit.move': 'Move',
  'unit.moveTitle': 'Move {name}',
  'unit.close': 'Close',
  'unit.closeTitle': 'Close {name}',
  'unit.closeConfirm':
    'Close "{name}" as of {date}? The unit stops operating; its data and history are kept.',
  'unit.createdDone': 'Unit {name} added',
  'unit.renamedDone': 'Unit renamed',
  'unit.movedDone': 'Unit moved',
  'unit.closedDone': 'Unit {name} closed',

  'event.created': 'Opened',
  'event.renamed': 'Renamed',
  'event.moved': 'Moved',
  'event.closed': 'Closed',
  'event.imported': 'Imported from a list',
  'event.effective': 'Effective {date}',
  'event.recorded': 'Recorded {time}',
  'event.by': 'by {actor}',
  'event.renamedDetail': 'From “{from}” to “{to}”',
  'event.movedDetail': 'From {from} to {to}',
  'event.reasonDetail': 'Reason: {reason}',
  'event.sourceDetail': 'Source: {source}',
  'event.unknownUnit': 'unit #{id}',

  'import.open': 'Import units',
  'import.title': 'Import units',
  'import.parent': 'Import under',
  'import.source': 'Source',
  'import.sourceFile': 'Data file (.json or .csv)',
  'import.sourcePost2025': 'Official list after 1 July 2025 (34 provinces, 3,321 communes)',
  'import.sourcePre2025': 'Official list before 2025 (63 provinces)',
  'import.chooseFile': 'Choose a file',
  'import.fileRequired': 'Please choose a .json or .csv file',
  'import.fileRead': 'Cannot read the file {name}',
  'import.dryRun': 'Check first',
  'import.run': 'Import',
  'import.hint': 'The data is checked first; importing is possible only when no row is rejected.',
  'import.checking': 'Checking the data…',
  'import.importing': 'Importing…',
  'import.dryRunResult': 'Check result (nothing written yet)',
  'import.appliedResult': 'Import finished',
  'import.failed': 'The import failed',
  'import.fixRejected': '{count} rows were rejected. Fix the file and check again.',
  'import.total': 'Rows',
  'import.created': 'New',
  'import.updated': 'Updated',
  'import.unchanged': 'Unchanged',
  'import.rejected': 'Rejected',
  'import.row': 'Row',
  'import.field': 'Field',
  'import.reason': 'Reason',
  'import.phase.checked': 'Checked',
  'import.phase.write': 'Writing',
  'import.phase.done': 'Finished',
  'import.phase.failed': 'Failed',

  'users.add': 'Add user',
  'users.search': 'Search by name, username, unit',
  'users.includeDisabled': 'Show disabled accounts',
  'users.empty': 'No users yet',
  'users.count': '{count} users',

  'user.username': 'Username',
  'user.fullName': 'Full name',
  'user.password': 'Password',
  'user.role': 'Role',
  'user.unit': 'Unit',
  'user.status': 'Status',
  'user.lastLogin': 'Last login',
  'user.active': 'Active',
  'user.disabled': 'Disabled',
  'user.never': 'Never',
  'user.edit': 'Edit',
  'user.editTitle': 'Edit user {username}',
  'user.disable': 'Disable',
  'user.enable': 'Enable',
  'user.disableConfirm': 'Disable the account {username}? The user will no longer be able to log in.',
  'user.setPassword': 'Set password',
  'user.setPasswordTitle': 'Set a new password for {username}',
  'user.usernameInvalid': 'A username has 3–64 characters: lower-case letters, digits and . _ -',
  'user.fullNameRequired': 'Please enter the full name',
  'user.roleRequired': 'Please choose a role',
  'user.unitRequired': 'Please choose a unit',
  'user.createdDone': 'User {username} added',
  'user.updatedDone': 'Changes saved',
  'user.disabledDone': 'Account {username} disabled',
  'user.enabledDone': 'Account {username} enabled',
  'user.passwordSetDone': 'New password set for {username}',

  'audit.time': 'Time',
  'audit.actor': 'Actor',
  'audit.unit': 'Unit',
  'audit.action': 'Action',
  'audit.entity': 'Entity',
  'audit.entityType': 'Entity type',
  'audit.dateRange': 'Date range',
  'audit.from': 'From',
  'audit.to': 'To',
  'audit.search': 'Filter',
  'audit.reset': 'Reset',
  'audit.before': 'Before',
  'audit.after': 'After',
  'audit.none': '(none)',
  'audit.system': 'System',
  'audit.empty': 'No activity',
  'audit.total': '{count} entries',
  'audit.entity.unit': 'Unit',
  'audit.entity.user': 'User',
  'audit.entity.session': 'Session',
  'audit.entity.import': 'Import',
  'action.auth.login': 'Logged in',
  'action.auth.login_failed': 'Failed login',
  'action.auth.logout': 'Logged out',
  'action.unit.create': 'Unit added',
  'action.unit.rename': 'Unit renamed',
  'action.unit.move': 'Unit moved',
  'action.unit.close': 'Unit closed',
  'action.unit.import': 'Units imported',
  'action.user.create': 'User added',
  'action.user.update': 'User updated',
  'action.user.change_password': 'Password changed',
  'action.user.disable': 'Account disabled',
  'action.user.enable': 'Account enabled',
  'action.user.reset_password': 'Password reset',
};

const messages: Record<Lang, Record<MessageKey, string>> = { vi, en };
const storageKey = 'danvan.lang';

function storedLang(): Lang {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

let current: Lang = storedLang();
const listeners = new Set<() => void>();

function apply(lang: Lang): void {
  document.documentElement.lang = lang;
  dayjs.locale(lang);
}
apply(current);

export function setLang(lang: Lang): void {
  current = lang;
  try {
    localStorage.setItem(storageKey, lang);
  } catch {
    // Private browsing may forbid storage; the choice then lasts for this page only.
  }
  apply(lang);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(vi, key);
}

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/** The current language, a translator and a picker for the server's bilingual messages. */
export function useI18n() {
  const lang = useSyncExternalStore(subscribe, () => current);
  const t = useCallback<Translate>(
    (key, params) => {
      const text = messages[lang][key];
      if (!params) return text;
      return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in params ? String(params[name]) : whole,
      );
    },
    [lang],
  );
  const pick = useCallback((message: BilingualMessage) => message[lang], [lang]);
  return { lang, t, pick, setLang };
}
