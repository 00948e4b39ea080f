import type { FastifyRequest } from 'fastify';
import { cleanFileName } from '../../files/file-name.js';
import { AppError, invalid } from '../../http/errors.js';
import { readUploadedFile } from '../../http/upload.js';
import { registerUploadMessages } from './document-import.service.js';

/**
 * The register's .xlsx from a multipart upload (field "file"). A body that is not well-formed
 * multipart (no boundary, cut short, garbage) is the client's mistake: 400 at "file", never a 500.
 */
export async function readRegisterUpload(request: FastifyRequest): Promise<{ fileName: string; content: Buffer }> {
  try {
    const file = await readUploadedFile(request, registerUploadMessages);
    return { fileName: cleanFileName(file.fileName, 'so-van-ban-di.xlsx'), content: file.content };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const status = (error as { statusCode?: number }).statusCode;
    if (status === 413 || (error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE')
      throw invalid('file', registerUploadMessages.tooLarge, 413);
    throw invalid('file', {
      vi: 'Nội dung gửi lên không phải tệp multipart/form-data hợp lệ',
      en: 'The request is not valid multipart/form-data',
    });
  }
}
