import type { ApiErrorBody, BilingualMessage, FieldError } from '@danvan/shared';

/** An expected failure with its HTTP status and a message in both languages. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: BilingualMessage,
    readonly fields?: FieldError[],
  ) {
    super(messages.en);
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.messages, ...(this.fields ? { fields: this.fields } : {}) } };
  }
}

export const notFound = (what: BilingualMessage = { vi: 'Không tìm thấy', en: 'Not found' }) =>
  new AppError(404, 'not_found', what);

export const forbidden = () =>
  new AppError(403, 'forbidden', {
    vi: 'Bạn không có quyền thực hiện thao tác này',
    en: 'You are not allowed to do this',
  });

export const unauthenticated = () =>
  new AppError(401, 'unauthenticated', {
    vi: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại',
    en: 'Your session has ended, please sign in again',
  });

export function invalid(path: string, message: BilingualMessage, status = 400): AppError {
  return new AppError(
    status,
    'invalid_input',
    { vi: `Dữ liệu không hợp lệ: ${message.vi}`, en: `Invalid input: ${message.en}` },
    [{ path, ...message }],
  );
}

export function conflict(code: string, message: BilingualMessage, path?: string): AppError {
  return new AppError(409, code, message, path ? [{ path, ...message }] : undefined);
}
