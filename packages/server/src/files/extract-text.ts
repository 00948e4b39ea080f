import JSZip from 'jszip';
import { getDocumentProxy } from 'unpdf';
import { PDF_MIME } from './file-content.js';

/** What one extraction may take: the caller's time and memory limits are enforced around the worker. */
export interface TextCaps {
  /** Pages read from a PDF; past them the text is partial. */
  maxPages: number;
  /** Characters kept (and bytes of a DOCX body inflated, four per character); past them the text is partial. */
  maxChars: number;
}

export type CappedText =
  | { status: 'extracted'; text: string; pages: number | null }
  | { status: 'partial'; reason: 'pages' | 'chars'; limit: number; text: string; pages: number | null };

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The DOCX body, inflated chunk by chunk and dropped past the cap: a few MB of compressed XML can
 * hold gigabytes (a zip bomb), and its declared size is whatever the file says.
 */
async function docxXml(content: Uint8Array, maxBytes: number): Promise<{ xml: string; capped: boolean }> {
  const zip = await JSZip.loadAsync(content, { checkCRC32: false });
  const entry = zip.file('word/document.xml');
  if (!entry) return { xml: '', capped: false };
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = entry.nodeStream('nodebuffer');
  const capped = await new Promise<boolean>((resolve, reject) => {
    stream
      .on('data', (chunk: Buffer) => {
        if (size >= maxBytes) return;
        chunks.push(chunk.subarray(0, maxBytes - size));
        size += chunk.length;
        if (size >= maxBytes) {
          stream.pause();
          resolve(true);
        }
      })
      .on('error', reject)
      .on('end', () => resolve(false));
  });
  return { xml: new TextDecoder().decode(Buffer.concat(chunks)), capped };
}

function docxPlainText(xml: string): string {
  return xml
    .replace(/<w:tab\/>/g, '\t')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name])
    .replace(/&#(\d+);/g, (_, code: string) => {
      const point = Number(code);
      return point <= 0x10ffff ? String.fromCodePoint(point) : '';
    });
}

/**
 * The text of the first `maxPages` pages, read one page after another (unpdf's extractText reads
 * every page at once); the page count as the file declares it.
 */
async function pdfText(content: Uint8Array, caps: TextCaps): Promise<{ text: string; pages: number }> {
  const pdf = await getDocumentProxy(content);
  const parts: string[] = [];
  let length = 0;
  for (let page = 1; page <= Math.min(pdf.numPages, caps.maxPages) && length <= caps.maxChars; page++) {
    const content = await (await pdf.getPage(page)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
    parts.push(text);
    length += text.length;
  }
  await pdf.destroy();
  return { text: parts.join('\n'), pages: pdf.numPages };
}

const tidy = (raw: string) =>
  raw
    .normalize('NFC')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

/**
 * Text for search, NFC, within the caps; empty when the file has no text layer (a scanned PDF).
 * Slow and memory-hungry on hostile files: run it in the extraction worker, never on the server's thread.
 */
export async function extractCappedText(content: Uint8Array, mime: string, caps: TextCaps): Promise<CappedText> {
  let raw: string;
  let pages: number | null = null;
  let cappedBy: 'pages' | 'chars' | null = null;
  if (mime === PDF_MIME) {
    const pdf = await pdfText(content, caps);
    raw = pdf.text;
    pages = pdf.pages;
    if (pages > caps.maxPages) cappedBy = 'pages';
  } else {
    const docx = await docxXml(content, caps.maxChars * 4);
    raw = docxPlainText(docx.xml);
    if (docx.capped) cappedBy = 'chars';
  }
  let text = tidy(raw);
  if (text.length > caps.maxChars) {
    text = text.slice(0, caps.maxChars);
    cappedBy ??= 'chars';
  }
  if (!cappedBy) return { status: 'extracted', text, pages };
  return {
    status: 'partial',
    reason: cappedBy,
    limit: cappedBy === 'pages' ? caps.maxPages : caps.maxChars,
    text,
    pages,
  };
}
