import type { FastifyRequest } from 'fastify';
import type { BilingualMessage } from '@danvan/shared';
import { AppError, invalid } from './errors.js';

const notMultipart: BilingualMessage = {
  vi: 'Cần gửi tệp dạng multipart/form-data',
  en: 'Send the file as multipart/form-data',
};
const malformed: BilingualMessage = {
  vi: 'Nội dung gửi lên không phải tệp multipart/form-data hợp lệ (thiếu ranh giới, bị cắt ngắn hoặc sai định dạng)',
  en: 'The request is not valid multipart/form-data (no boundary, cut short or malformed)',
};
const oneFile: BilingualMessage = { vi: 'Chỉ gửi một tệp mỗi lần', en: 'Send one file at a time' };

/**
 * What went wrong while reading a multipart body, at the field "file": busboy's errors (no or a
 * wrong boundary, a body cut short, garbage) are the client's, never a 500.
 */
function uploadError(error: unknown, tooLarge: BilingualMessage): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  if (code === 'FST_REQ_FILE_TOO_LARGE') return invalid('file', tooLarge, 413);
  if (code === 'FST_FILES_LIMIT' || code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT')
    return invalid('file', oneFile);
  if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') return invalid('file', notMultipart, 415);
  return invalid('file', malformed);
}

/**
 * The one file of a multipart upload (field "file"), refused with the route's own messages when
 * it is missing or over the limit the route registered multipart with. The whole body is read
 * before the file is handed over, so a body that breaks after the file (no closing boundary, a
 * second file) is refused before anything is stored.
 */
export async function readUploadedFile(
  request: FastifyRequest,
  messages: { missing: BilingualMessage; tooLarge: BilingualMessage },
): Promise<{ fileName: string; content: Buffer }> {
  if (!request.isMultipart()) throw invalid('file', notMultipart, 415);
  let file: { fileName: string; content: Buffer } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type !== 'file') continue;
      // Fields need no draining; a second file part is over the `files: 1` limit and throws.
      const content = await part.toBuffer();
      if (part.file.truncated) throw invalid('file', messages.tooLarge, 413);
      file ??= { fileName: part.filename, content };
    }
  } catch (error) {
    throw uploadError(error, messages.tooLarge);
  }
  if (!file) throw invalid('file', messages.missing);
  return file;
}
