import type { FastifyRequest } from 'fastify';
import { cleanFileName } from '../../files/file-name.js';
import { readUploadedFile } from '../../http/upload.js';
import { registerUploadMessages } from './document-import.service.js';

/** The register's .xlsx from a multipart upload (field "file"); a malformed body is a 400 at "file". */
export async function readRegisterUpload(request: FastifyRequest): Promise<{ fileName: string; content: Buffer }> {
  const file = await readUploadedFile(request, registerUploadMessages);
  return { fileName: cleanFileName(file.fileName, 'so-van-ban-di.xlsx'), content: file.content };
}
