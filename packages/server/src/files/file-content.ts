import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';

export const PDF_MIME = 'application/pdf';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The file's real type from its bytes, never from its name: PDF or DOCX, or null for anything else. */
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

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Paragraph text of a DOCX body. */
async function docxText(content: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(content);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name])
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
}

/** Extracted text for search, NFC; empty when the file has no text layer (a scanned PDF). */
export async function extractDocumentText(content: Buffer, mime: string): Promise<string> {
  const raw =
    mime === PDF_MIME
      ? (await extractText(await getDocumentProxy(new Uint8Array(content)), { mergePages: true })).text
      : await docxText(content);
  return raw
    .normalize('NFC')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
