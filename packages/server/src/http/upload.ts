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
const headersTooLarge: BilingualMessage = {
  vi: 'Phần đầu (header) của tệp gửi lên quá dài',
  en: 'The headers of the uploaded part are too long',
};

/** Part headers past this are refused: a real one is a Content-Disposition and a Content-Type, well under 1 KB. */
export const MAX_PART_HEADER_BYTES = 8 * 1024;
const CRLF2 = Buffer.from('\r\n\r\n');

/**
 * Watches a multipart body for a part whose headers run past `MAX_PART_HEADER_BYTES`: busboy keeps only the
 * first 80 KB of a part's headers and drops the rest without a word, so a body with megabytes of headers would
 * otherwise be taken as a good upload.
 */
class PartHeaderWatch {
  tooLarge = false;
  private readonly delimiter: Buffer;
  // The body is read as if it began with CRLF, so the first boundary is found like the others.
  private carry = Buffer.from('\r\n');
  private offset = -2;
  private headerStart: number | null = null;

  constructor(boundary: string) {
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  push(chunk: Buffer): void {
    if (this.tooLarge) return;
    const data = Buffer.concat([this.carry, chunk]);
    let at = 0;
    for (;;) {
      if (this.headerStart === null) {
        const found = data.indexOf(this.delimiter, at);
        if (found === -1) break;
        at = found + this.delimiter.length;
        this.headerStart = this.offset + at;
      } else {
        const found = data.indexOf(CRLF2, at);
        const end = found === -1 ? this.offset + data.length : this.offset + found;
        if (end - this.headerStart > MAX_PART_HEADER_BYTES) {
          this.tooLarge = true;
          return;
        }
        if (found === -1) break;
        at = found + CRLF2.length;
        this.headerStart = null;
      }
    }
    // Keep enough of the end to find a delimiter or a blank line cut in two by the chunks.
    const keep = Math.min(data.length - at, this.delimiter.length - 1);
    this.carry = data.subarray(data.length - keep);
    this.offset += data.length - keep;
  }
}

function boundaryOf(contentType: string | undefined): string | null {
  const match = /;\s*boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return match ? (match[1] ?? match[2]) : null;
}

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
  const boundary = boundaryOf(request.headers['content-type']);
  const watch = boundary ? new PartHeaderWatch(boundary) : null;
  const onData = (chunk: Buffer) => watch?.push(chunk);
  let file: { fileName: string; content: Buffer } | undefined;
  const parts = request.parts()[Symbol.asyncIterator]();
  try {
    // The first step starts busboy reading the request; the watch reads the same chunks beside it.
    const first = parts.next();
    request.raw.on('data', onData);
    for (let step = await first; !step.done; step = await parts.next()) {
      const part = step.value;
      if (part.type !== 'file') continue;
      // Fields need no draining; a second file part is over the `files: 1` limit and throws.
      const content = await part.toBuffer();
      if (part.file.truncated) throw invalid('file', messages.tooLarge, 413);
      // Only the field the route documents carries the file.
      if (part.fieldname === 'file') file ??= { fileName: part.filename, content };
    }
  } catch (error) {
    // As a `for await` would on leaving the loop early.
    await parts.return?.(undefined).catch(() => undefined);
    throw uploadError(error, messages.tooLarge);
  } finally {
    request.raw.off('data', onData);
  }
  if (watch?.tooLarge) throw invalid('file', headersTooLarge);
  if (!file) throw invalid('file', messages.missing);
  return file;
}
