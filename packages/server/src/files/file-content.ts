import JSZip from 'jszip';

export const PDF_MIME = 'application/pdf';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The file's real type from its bytes, never from its name: PDF or DOCX, or null for anything else.
 * Cheap on any file (a zip's directory is read, nothing inflated); its text is read by
 * text-extraction.ts, in a worker.
 */
export async function sniffDocumentType(content: Buffer): Promise<typeof PDF_MIME | typeof DOCX_MIME | null> {
  if (content.subarray(0, 5).toString('latin1') === '%PDF-') return PDF_MIME;
  if (content.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004') return null;
  try {
    const zip = await JSZip.loadAsync(content);
    return zip.file('word/document.xml') && zip.file('[Content_Types].xml') ? DOCX_MIME : null;
  } catch {
    return null;
  }
}
