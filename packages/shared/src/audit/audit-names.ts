import type { BilingualMessage } from '../errors.js';

/**
 * Every action the server writes to the audit log, with its label. The server's audit writer accepts only these, so a
 * new action is named here (and shown in words in the log) before it can be recorded.
 */
export const auditActionNames = {
  'auth.login': { vi: 'Đăng nhập', en: 'Logged in' },
  'auth.login_failed': { vi: 'Đăng nhập không thành công', en: 'Failed login' },
  'auth.logout': { vi: 'Đăng xuất', en: 'Logged out' },
  'unit.create': { vi: 'Thêm đơn vị', en: 'Unit added' },
  'unit.rename': { vi: 'Đổi tên đơn vị', en: 'Unit renamed' },
  'unit.move': { vi: 'Chuyển đơn vị', en: 'Unit moved' },
  'unit.close': { vi: 'Giải thể đơn vị', en: 'Unit closed' },
  'unit.import': { vi: 'Nhập danh mục đơn vị', en: 'Units imported' },
  'unit.documentNames': { vi: 'Đặt tên, chữ viết tắt trên văn bản', en: 'Names on documents set' },
  'user.create': { vi: 'Thêm người dùng', en: 'User added' },
  'user.update': { vi: 'Cập nhật người dùng', en: 'User updated' },
  'user.change_password': { vi: 'Đổi mật khẩu', en: 'Password changed' },
  'user.disable': { vi: 'Khóa tài khoản', en: 'Account disabled' },
  'user.enable': { vi: 'Mở khóa tài khoản', en: 'Account enabled' },
  'user.reset_password': { vi: 'Đặt lại mật khẩu', en: 'Password reset' },
  'document.create': { vi: 'Vào sổ văn bản', en: 'Document registered' },
  'document.update': { vi: 'Sửa văn bản', en: 'Document edited' },
  'document.attach': { vi: 'Đính kèm tệp', en: 'File attached' },
  'document.import': { vi: 'Nhập từ sổ văn bản đi (Excel)', en: 'Imported from the outgoing register (Excel)' },
  'democracy.create': { vi: 'Lập bản tự đánh giá dân chủ ở cơ sở', en: 'Grassroots democracy self-assessment started' },
  'democracy.update': { vi: 'Sửa bản tự đánh giá dân chủ ở cơ sở', en: 'Grassroots democracy self-assessment edited' },
  'democracy.attach': { vi: 'Đính kèm minh chứng', en: 'Evidence attached' },
  'democracy.submit': { vi: 'Nộp bản tự đánh giá dân chủ ở cơ sở', en: 'Self-assessment submitted' },
  'democracy.return': { vi: 'Trả lại bản tự đánh giá', en: 'Self-assessment returned' },
  'democracy.rate': { vi: 'Xếp loại thực hiện dân chủ ở cơ sở', en: 'Grassroots democracy rated' },
  'democracy.checklist_add': { vi: 'Thêm nội dung danh mục dân chủ ở cơ sở', en: 'Checklist item added' },
  'democracy.checklist_update': { vi: 'Sửa nội dung danh mục dân chủ ở cơ sở', en: 'Checklist item edited' },
  'democracy.checklist_retire': { vi: 'Thôi sử dụng nội dung danh mục', en: 'Checklist item retired' },
  'democracy.checklist_restore': { vi: 'Dùng lại nội dung danh mục', en: 'Checklist item restored' },
  'democracy.checklist_copy': {
    vi: 'Sao chép danh mục dân chủ ở cơ sở sang năm sau',
    en: 'Checklist copied to a later year',
  },
  'movement.create': { vi: 'Phát động phong trào', en: 'Movement launched' },
  'movement.update': { vi: 'Sửa phong trào', en: 'Movement edited' },
  'model.register': { vi: 'Đăng ký mô hình', en: 'Model registered' },
  'model.update': { vi: 'Sửa mô hình', en: 'Model edited' },
  'model.evaluate': { vi: 'Đánh giá mô hình', en: 'Model evaluated' },
  'model.recognise': { vi: 'Công nhận mô hình', en: 'Model recognised' },
  'model.reject': { vi: 'Không công nhận mô hình', en: 'Model not recognised' },
  'model.photo.add': { vi: 'Thêm ảnh', en: 'Photo added' },
  'model.photo.remove': { vi: 'Xóa ảnh', en: 'Photo removed' },
  'round.open': { vi: 'Mở kỳ báo cáo', en: 'Reporting round opened' },
  'round.change': { vi: 'Sửa kỳ báo cáo', en: 'Reporting round edited' },
  'round.cancel': { vi: 'Hủy kỳ báo cáo', en: 'Reporting round cancelled' },
  'report.refresh_computed': { vi: 'Cập nhật số liệu tự động', en: 'Computed figures updated' },
  'report.exportSettings': {
    vi: 'Ghi số, người ký, nơi nhận của báo cáo Word',
    en: 'Word report number, signer and recipients set',
  },
  'report.save': { vi: 'Lưu số liệu báo cáo', en: 'Report figures saved' },
  'report.submit': { vi: 'Nộp báo cáo', en: 'Report submitted' },
  'report.approve': { vi: 'Duyệt báo cáo', en: 'Report approved' },
  'report.return': { vi: 'Trả lại báo cáo', en: 'Report returned' },
  'report.reopen': { vi: 'Mở lại báo cáo', en: 'Report reopened' },
  'indicator.create': { vi: 'Thêm chỉ tiêu', en: 'Indicator added' },
  'indicator.update': { vi: 'Sửa chỉ tiêu', en: 'Indicator edited' },
  'indicator.copy_catalogue': { vi: 'Tạo bộ chỉ tiêu năm mới', en: 'Catalogue copied to a new year' },
  'member_count.create': { vi: 'Nhập số liệu đoàn viên, hội viên', en: 'Member counts recorded' },
  'member_count.update': { vi: 'Sửa số liệu đoàn viên, hội viên', en: 'Member counts edited' },
  'task.create': { vi: 'Giao nhiệm vụ', en: 'Task assigned' },
  'task.progress': { vi: 'Báo cáo tiến độ nhiệm vụ', en: 'Task progress reported' },
  'task.attach': { vi: 'Đính kèm minh chứng nhiệm vụ', en: 'Task evidence attached' },
  'task.propose': { vi: 'Đề nghị công nhận hoàn thành nhiệm vụ', en: 'Task completion proposed' },
  'task.accept': { vi: 'Công nhận hoàn thành nhiệm vụ', en: 'Task completion accepted' },
  'task.send_back': { vi: 'Trả lại đề nghị hoàn thành nhiệm vụ', en: 'Task completion sent back' },
  'task.extension_request': { vi: 'Xin gia hạn nhiệm vụ', en: 'Task extension requested' },
  'task.extension_approve': { vi: 'Đồng ý gia hạn nhiệm vụ', en: 'Task extension approved' },
  'task.extension_refuse': { vi: 'Không đồng ý gia hạn nhiệm vụ', en: 'Task extension refused' },
  'conference.create': { vi: 'Thêm hội nghị', en: 'Conference added' },
  'conference.update': { vi: 'Sửa thông tin hội nghị', en: 'Conference edited' },
  'conference.bridge_points': { vi: 'Sửa danh sách điểm cầu', en: 'Bridge points set' },
  'conference.bridge_point': { vi: 'Cập nhật điểm cầu', en: 'Bridge point filled in' },
  'conference.invitees': { vi: 'Sửa thành phần mời', en: 'Invitees set' },
  'conference.attendance': { vi: 'Cập nhật thành phần dự', en: 'Attendance recorded' },
  'conference.agenda': { vi: 'Sửa chương trình hội nghị', en: 'Agenda set' },
  'conference.attach': { vi: 'Đính kèm tài liệu hội nghị', en: 'Conference document attached' },
  'conference.hold': { vi: 'Ghi nhận đã tổ chức hội nghị', en: 'Conference held' },
  'conference.minutes': { vi: 'Ghi biên bản hội nghị', en: 'Minutes written' },
  'conference.approve_minutes': { vi: 'Duyệt biên bản hội nghị', en: 'Minutes approved' },
  'conference.conclusions': { vi: 'Ghi kết luận hội nghị', en: 'Conclusions written' },
  'conference.issue_invitation': { vi: 'Phát hành giấy mời hội nghị', en: 'Invitation issued' },
  'conference.issue_notice': { vi: 'Phát hành thông báo kết luận', en: 'Notice of conclusions issued' },
  'conference.to_tasks': { vi: 'Giao nhiệm vụ từ kết luận hội nghị', en: 'Tasks given from a conclusion' },
} as const satisfies Record<string, BilingualMessage>;

export type AuditAction = keyof typeof auditActionNames;

/** Every kind of record the audit log refers to, with its label. */
export const auditEntityNames = {
  unit: { vi: 'Đơn vị', en: 'Unit' },
  user: { vi: 'Người dùng', en: 'User' },
  session: { vi: 'Phiên đăng nhập', en: 'Session' },
  import: { vi: 'Nhập dữ liệu', en: 'Import' },
  document: { vi: 'Văn bản', en: 'Document' },
  democracy_assessment: { vi: 'Tự đánh giá dân chủ ở cơ sở', en: 'Grassroots democracy assessment' },
  democracy_checklist_item: { vi: 'Danh mục dân chủ ở cơ sở', en: 'Grassroots democracy checklist' },
  movement: { vi: 'Phong trào', en: 'Movement' },
  model: { vi: 'Mô hình', en: 'Model' },
  round: { vi: 'Kỳ báo cáo', en: 'Reporting round' },
  report: { vi: 'Báo cáo', en: 'Report' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  member_count: { vi: 'Số liệu đoàn viên, hội viên', en: 'Member counts' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  conference: { vi: 'Hội nghị', en: 'Conference' },
} as const satisfies Record<string, BilingualMessage>;

export type AuditEntityType = keyof typeof auditEntityNames;

export function isAuditAction(value: string): value is AuditAction {
  return Object.hasOwn(auditActionNames, value);
}

export function isAuditEntityType(value: string): value is AuditEntityType {
  return Object.hasOwn(auditEntityNames, value);
}
