import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError } from './errors.js';
import { fieldErrors } from './validation-messages.js';

const validationPart: Record<string, string> = {
  body: 'body',
  querystring: 'query',
  params: 'params',
  headers: 'headers',
};

// Unique constraints whose violation is the user's input, not our bug.
const uniqueFields: Record<string, { path: string; vi: string; en: string }> = {
  users_username_key: { path: 'body.username', vi: 'Tên đăng nhập đã tồn tại', en: 'The username is taken' },
  units_open_code_key: { path: 'body.code', vi: 'Mã đơn vị đã được dùng', en: 'The unit code is already used' },
};

/** Fastify's own refusals of a request, said in the app's words and pinned to what was wrong. */
const frameworkFaults: Record<string, { path: string; vi: string; en: string; code?: string }> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    path: 'headers.content-type',
    code: 'unsupported_media_type',
    vi: 'Kiểu nội dung không được hỗ trợ: hãy gửi JSON (application/json)',
    en: 'Unsupported content type: send JSON (application/json)',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    path: 'headers.content-length',
    vi: 'Độ dài nội dung không khớp với dữ liệu gửi lên',
    en: 'Content-Length does not match the body',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    path: 'body',
    vi: 'Nội dung JSON bị trống',
    en: 'The JSON body is empty',
  },
  FST_ERR_CTP_INVALID_TYPE: {
    path: 'headers.content-type',
    vi: 'Tiêu đề Content-Type không hợp lệ',
    en: 'The Content-Type header is invalid',
  },
  FST_ERR_BAD_URL: {
    path: 'params',
    vi: 'Địa chỉ chứa ký tự mã hoá sai',
    en: 'The address contains a badly encoded character',
  },
  FST_ERR_MAX_PARAM_LENGTH: {
    path: 'params',
    code: 'uri_too_long',
    vi: 'Tham số trên địa chỉ quá dài',
    en: 'A parameter in the address is too long',
  },
};

interface PgError {
  code?: string;
  constraint?: string;
}

function fromDatabaseError(error: PgError): AppError | null {
  switch (error.code) {
    case '23505': {
      const field = error.constraint ? uniqueFields[error.constraint] : undefined;
      const message = field ? { vi: field.vi, en: field.en } : { vi: 'Dữ liệu đã tồn tại', en: 'This already exists' };
      return new AppError(409, 'duplicate', message, field ? [field] : undefined);
    }
    case '23503':
      return new AppError(400, 'invalid_reference', {
        vi: 'Tham chiếu tới dữ liệu không tồn tại',
        en: 'Refers to something that does not exist',
      });
    case '23514':
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22001':
    case '22021': // a NUL character in text
    case '22P05': // a NUL character in JSON
      return new AppError(400, 'invalid_input', { vi: 'Dữ liệu không hợp lệ', en: 'Invalid input' });
    case '42501':
      // Row-level security refused a write the policy let through: treat as not visible.
      return new AppError(404, 'not_found', { vi: 'Không tìm thấy', en: 'Not found' });
    default:
      return null;
  }
}

/** Every failure leaves as a bilingual JSON body; only genuine bugs become a 500, and are logged. */
export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof AppError) return reply.code(error.status).send(error.toBody());
  if (hasZodFastifySchemaValidationErrors(error)) {
    const context = error.validationContext ?? 'body';
    const part = validationPart[context] ?? 'body';
    // The part as the client sent it (validation failed, so Fastify left it unparsed).
    const received: Record<string, unknown> = {
      body: request.body,
      querystring: request.query,
      params: request.params,
      headers: request.headers,
    };
    const issues = error.validation.map((v) => ({
      ...(v.params as Record<string, unknown>),
      code: v.keyword,
      path: v.instancePath.split('/').filter(Boolean),
      message: v.message ?? '',
    }));
    const fields = fieldErrors(part, issues, { input: received[context] });
    const first = fields[0];
    return reply
      .code(400)
      .send(
        new AppError(
          400,
          'invalid_input',
          { vi: `Dữ liệu không hợp lệ (${first.path}): ${first.vi}`, en: `Invalid input (${first.path}): ${first.en}` },
          fields,
        ).toBody(),
      );
  }
  const fromDb = fromDatabaseError(error as PgError);
  if (fromDb) return reply.code(fromDb.status).send(fromDb.toBody());
  if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (error.statusCode === 400 && error instanceof SyntaxError)) {
    return reply
      .code(400)
      .send(
        new AppError(
          400,
          'invalid_json',
          { vi: 'Nội dung gửi lên không phải JSON hợp lệ', en: 'The request body is not valid JSON' },
          [{ path: 'body', vi: 'JSON không hợp lệ', en: 'Invalid JSON' }],
        ).toBody(),
      );
  }
  if (error.code === 'FST_REQ_FILE_TOO_LARGE') {
    return reply
      .code(413)
      .send(
        new AppError(413, 'too_large', { vi: 'Tệp lớn hơn 20 MB', en: 'The file is larger than 20 MB' }, [
          { path: 'file', vi: 'Tệp lớn hơn 20 MB', en: 'The file is larger than 20 MB' },
        ]).toBody(),
      );
  }
  if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return reply
      .code(413)
      .send(
        new AppError(413, 'too_large', { vi: 'Dữ liệu gửi lên quá lớn', en: 'The request body is too large' }, [
          { path: 'body', vi: 'Quá lớn', en: 'Too large' },
        ]).toBody(),
      );
  }
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    const {
      path,
      code = 'bad_request',
      vi,
      en,
    } = frameworkFaults[error.code] ?? {
      path: 'body',
      vi: 'Yêu cầu không hợp lệ',
      en: 'Invalid request',
    };
    const body = new AppError(error.statusCode, code, { vi, en }, [{ path, vi, en }]).toBody();
    return reply.code(error.statusCode).send(body);
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.code(500).send(
    new AppError(500, 'internal', {
      vi: 'Lỗi hệ thống, vui lòng thử lại',
      en: 'Internal error, please try again',
    }).toBody(),
  );
}
