import { defineMessages } from '../../lib/messages';

/** The UI strings of signing in and passwords, Vietnamese and English side by side. */
export const authMessages = defineMessages({
  'login.title': { vi: 'Đăng nhập', en: 'Log in' },
  'login.username': { vi: 'Tên đăng nhập', en: 'Username' },
  'login.password': { vi: 'Mật khẩu', en: 'Password' },
  'login.submit': { vi: 'Đăng nhập', en: 'Log in' },
  'login.usernameRequired': { vi: 'Vui lòng nhập tên đăng nhập', en: 'Please enter your username' },
  'login.passwordRequired': { vi: 'Vui lòng nhập mật khẩu', en: 'Please enter your password' },
  'password.current': { vi: 'Mật khẩu hiện tại', en: 'Current password' },
  'password.new': { vi: 'Mật khẩu mới', en: 'New password' },
  'password.repeat': { vi: 'Nhập lại mật khẩu mới', en: 'Repeat the new password' },
  'password.currentRequired': { vi: 'Vui lòng nhập mật khẩu hiện tại', en: 'Please enter your current password' },
  'password.minLength': {
    vi: 'Mật khẩu phải có ít nhất 10 ký tự',
    en: 'A password has at least 10 characters',
  },
  'password.mismatch': { vi: 'Mật khẩu nhập lại không khớp', en: 'The passwords do not match' },
  'password.changed': { vi: 'Đã đổi mật khẩu', en: 'Password changed' },
});

declare module '../../lib/messages' {
  interface MessageTables {
    authMessages: typeof authMessages;
  }
}
