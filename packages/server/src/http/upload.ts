import type { FastifyRequest } from 'fastify';
import type { BilingualMessage } from '@danvan/shared';
import { invalid } from './errors.js';

/**
 * The one file of a multipart upload (field "file"), refused with the route's own messages when
 * it is missing or over the limit the route registered multipart with.
 */
export async function readUploadedFile(
  request: FastifyRequest,
  messages: { missing: BilingualMessage; tooLarge: BilingualMessage },
): Promise<{ fileName: string; content: Buffer }> {
  if (!request.isMultipart())
    throw invalid(
      'file',
      { vi: 'Cần gửi tệp dạng multipart/form-data', en: 'Send the file as multipart/form-data' },
      415,
    );
  const part = await request.file();
  if (!part) throw invalid('file', messages.missing);
  const content = await part.toBuffer().catch((error: unknown) => {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') throw invalid('file', messages.tooLarge, 413);
    throw error;
  });
  if (part.file.truncated) throw invalid('file', messages.tooLarge, 413);
  return { fileName: part.filename, content };
}
