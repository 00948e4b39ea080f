import { defineMessages } from '../../lib/messages';

/** The UI strings of user accounts, Vietnamese and English side by side. */
export const userMessages = defineMessages({
  'users.add': { vi: 'Thêm người dùng', en: 'Add user' },
  'users.search': { vi: 'Tìm theo tên, tên đăng nhập, đơn vị', en: 'Search by name, username, unit' },
  'users.includeDisabled': { vi: 'Hiện tài khoản đã khóa', en: 'Show disabled accounts' },
  'users.empty': { vi: 'Chưa có người dùng nào', en: 'No users yet' },
  'users.count': { vi: '{count} người dùng', en: '{count} users' },
  'user.username': { vi: 'Tên đăng nhập', en: 'Username' },
  'user.fullName': { vi: 'Họ và tên', en: 'Full name' },
  'user.password': { vi: 'Mật khẩu', en: 'Password' },
  'user.role': { vi: 'Vai trò', en: 'Role' },
  'user.unit': { vi: 'Đơn vị', en: 'Unit' },
  'user.status': { vi: 'Trạng thái', en: 'Status' },
  'user.lastLogin': { vi: 'Đăng nhập gần nhất', en: 'Last login' },
  'user.active': { vi: 'Đang hoạt động', en: 'Active' },
  'user.disabled': { vi: 'Đã khóa', en: 'Disabled' },
  'user.never': { vi: 'Chưa đăng nhập', en: 'Never' },
  'user.edit': { vi: 'Sửa', en: 'Edit' },
  'user.editTitle': { vi: 'Sửa người dùng {username}', en: 'Edit user {username}' },
  'user.disable': { vi: 'Khóa', en: 'Disable' },
  'user.enable': { vi: 'Mở khóa', en: 'Enable' },
  'user.disableConfirm': {
    vi: 'Khóa tài khoản {username}? Người dùng sẽ không đăng nhập được nữa.',
    en: 'Disable the account {username}? The user will no longer be able to log in.',
  },
  'user.setPassword': { vi: 'Đặt mật khẩu', en: 'Set password' },
  'user.setPasswordTitle': { vi: 'Đặt mật khẩu mới cho {username}', en: 'Set a new password for {username}' },
  'user.usernameInvalid': {
    vi: 'Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, chữ số và . _ -',
    en: 'A username has 3–64 characters: lower-case letters, digits and . _ -',
  },
  'user.fullNameRequired': { vi: 'Vui lòng nhập họ và tên', en: 'Please enter the full name' },
  'user.roleRequired': { vi: 'Vui lòng chọn vai trò', en: 'Please choose a role' },
  'user.unitRequired': { vi: 'Vui lòng chọn đơn vị', en: 'Please choose a unit' },
  'user.createdDone': { vi: 'Đã thêm người dùng {username}', en: 'User {username} added' },
  'user.updatedDone': { vi: 'Đã lưu thay đổi', en: 'Changes saved' },
  'user.disabledDone': { vi: 'Đã khóa tài khoản {username}', en: 'Account {username} disabled' },
  'user.enabledDone': { vi: 'Đã mở khóa tài khoản {username}', en: 'Account {username} enabled' },
  'user.passwordSetDone': { vi: 'Đã đặt mật khẩu mới cho {username}', en: 'New password set for {username}' },
});

declare module '../../lib/messages' {
  interface MessageTables {
    userMessages: typeof userMessages;
  }
}
