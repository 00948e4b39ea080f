import { invalid } from '../http/errors.js';
import { sniffDocumentType } from './file-content.js';
import { sniffImageType } from './image-type.js';

// Evidence (minh chứng) of a democracy checklist item or of a task's progress: the same files, the same checks.

export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024;
export const evidenceMessages = {
  missing: { vi: 'Chưa chọn tệp', en: 'No file given' },
  tooLarge: { vi: 'Tệp lớn hơn 20 MB', en: 'The file is larger than 20 MB' },
};

/**
 * The evidence file's type: a PDF or Word file, or a JPEG or PNG photo (of a notice board, minutes, a site),
 * read from the bytes, not the name. Refuses an empty, oversized or other file at `file`.
 */
export async function evidenceType(content: Buffer): Promise<string> {
  if (content.length === 0) throw invalid('file', { vi: 'Tệp rỗng', en: 'The file is empty' });
  if (content.length > MAX_EVIDENCE_BYTES) throw invalid('file', evidenceMessages.tooLarge, 413);
  const image = sniffImageType(content);
  const mime = image === 'image/jpeg' || image === 'image/png' ? image : await sniffDocumentType(content);
  if (!mime) {
    throw invalid(
      'file',
      {
        vi: 'Chỉ nhận tệp PDF, Word (.docx), JPEG hoặc PNG',
        en: 'Only PDF, Word (.docx), JPEG or PNG files are accepted',
      },
      415,
    );
  }
  return mime;
}
