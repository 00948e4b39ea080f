// PDFs and DOCX files written by hand for tests and benches: ordinary ones, and hostile ones that
// cost a text extractor minutes or gigabytes while weighing a few MB.
import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';

/** A PDF from its objects' bodies (object n is objects[n - 1], the catalog first), with a correct xref table. */
function pdfOf(objects: (string | Buffer)[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let length = parts[0].length;
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(length);
    const part = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      typeof object === 'string' ? Buffer.from(object, 'latin1') : object,
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(part);
    length += part.length;
  });
  const xref = [
    `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`),
    `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`,
  ].join('');
  return Buffer.concat([...parts, Buffer.from(xref, 'latin1')]);
}

const font = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
const textOp = (line: string, y: number) => `BT /F1 12 Tf 72 ${y} Td (${line}) Tj ET\n`;

/** A PDF whose pages each carry one line of text (ASCII: the base-14 font has no Vietnamese). */
export function textPdf(pages: string[]): Buffer {
  // Objects: 1 catalog, 2 page tree, 3 font, then page and content pairs.
  const kids = pages.map((_, i) => `${4 + 2 * i} 0 R`).join(' ');
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`,
    font,
  ];
  pages.forEach((line, i) => {
    const stream = textOp(line, 720);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${5 + 2 * i} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`,
      `<< /Length ${stream.length} >>\nstream\n${stream}endstream`,
    );
  });
  return pdfOf(objects);
}

/**
 * As many pages as asked, every one its own object sharing one tiny content stream: a few bytes a
 * page, so 15,000 pages weigh about 1 MB and an extractor that reads them all takes minutes.
 */
export function manyPagesPdf(pageCount: number, line = 'Trang mau'): Buffer {
  const stream = textOp(line, 720);
  const firstPage = 5;
  const kids = Array.from({ length: pageCount }, (_, i) => `${firstPage + i} 0 R`).join(' ');
  const page = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>`;
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`,
    font,
    `<< /Length ${stream.length} >>\nstream\n${stream}endstream`,
    ...Array.from({ length: pageCount }, () => page),
  ]);
}

/**
 * One page whose compressed content stream inflates to `operations` text-showing operations (tens
 * of bytes each, so millions of them are hundreds of MB from a few MB of file).
 */
export function heavyContentPdf(operations: number): Buffer {
  const op = Buffer.from(textOp('Noi dung lap lai', 700), 'latin1');
  const raw = Buffer.alloc(op.length * operations);
  for (let i = 0; i < operations; i++) op.copy(raw, i * op.length);
  const compressed = deflateSync(raw, { level: 9 });
  return pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [4 0 R] /Count 1 >>',
    font,
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources << /Font << /F1 3 0 R >> >> >>',
    Buffer.concat([
      Buffer.from(`<< /Length ${compressed.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'),
      compressed,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  ]);
}

const contentTypes =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

/**
 * A DOCX whose document.xml inflates to `megabytes` MB of paragraphs from a file of a few MB: the
 * zip-bomb shape, with text in every paragraph so an uncapped extractor keeps all of it.
 */
export async function docxBomb(megabytes: number): Promise<Buffer> {
  const paragraph = Buffer.from('<w:p><w:r><w:t>Văn bản lặp lại để làm đầy tệp</w:t></w:r></w:p>');
  const body = Buffer.alloc(megabytes * 1024 * 1024);
  for (let at = 0; at + paragraph.length <= body.length; at += paragraph.length) paragraph.copy(body, at);
  const zip = new JSZip();
  zip.file('[Content_Types].xml', contentTypes);
  zip.file('word/document.xml', Buffer.concat([Buffer.from('<w:document><w:body>'), body]));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}
