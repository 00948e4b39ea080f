import { inflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import type { CellValue, Row, Workbook, Worksheet } from 'exceljs';
import { AppError } from '../http/errors.js';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// eslint-disable-next-line no-control-regex -- control characters are what this removes
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/**
 * Text from users as a cell value that a spreadsheet will never run as a formula: text starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`. Also NFC, and without the
 * control characters XML cannot carry.
 */
export function safeCellText(text: string): string {
  const clean = text.normalize('NFC').replace(XML_FORBIDDEN, '');
  return /^[=+\-@\t\r]/.test(clean) ? `'${clean}` : clean;
}

/** The inverse of safeCellText for text read back from a workbook: `'=…` reads `=…`. */
export function unquoteCellText(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** A workbook a user sent that cannot be taken: 422 at "file". */
export const xlsxFileError = (vi: string, en: string, status = 422) =>
  new AppError(status, 'invalid_file', { vi, en }, [{ path: 'file', vi, en }]);

const ZIP_LIMITS = { entries: 500, inflatedBytes: 30 * 1024 * 1024 };

/**
 * Refuses zip bombs before the workbook is parsed: walks the central directory and inflates each
 * entry with a cap on its output, so a file claiming small sizes cannot expand without bound.
 */
export function assertSafeZip(buffer: Buffer): void {
  const notXlsx = () =>
    xlsxFileError('Tệp không phải là tệp Excel (.xlsx) hợp lệ', 'The file is not a valid Excel (.xlsx) workbook');
  const eocdSignature = 0x06054b50;
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === eocdSignature) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw notXlsx();
  const count = buffer.readUInt16LE(eocd + 10);
  let offset = buffer.readUInt32LE(eocd + 16);
  if (count > ZIP_LIMITS.entries)
    throw xlsxFileError('Tệp có cấu trúc bất thường', 'The file has an unusual structure');
  let budget = ZIP_LIMITS.inflatedBytes;
  for (let n = 0; n < count; n++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) throw notXlsx();
    const method = buffer.readUInt16LE(offset + 10);
    const compressedSize = buffer.readUInt32LE(offset + 20);
    const local = buffer.readUInt32LE(offset + 42);
    offset +=
      46 + buffer.readUInt16LE(offset + 28) + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
    if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== 0x04034b50) throw notXlsx();
    const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
    if (start + compressedSize > buffer.length) throw notXlsx();
    let size: number;
    if (method === 0) size = compressedSize;
    else if (method === 8) {
      try {
        size = inflateRawSync(buffer.subarray(start, start + compressedSize), {
          maxOutputLength: Math.max(1, budget),
        }).length;
      } catch {
        throw xlsxFileError('Tệp quá lớn hoặc bị hỏng', 'The file is too large when unpacked, or damaged');
      }
    } else throw notXlsx();
    budget -= size;
    if (budget < 0) throw xlsxFileError('Tệp quá lớn hoặc bị hỏng', 'The file is too large when unpacked, or damaged');
  }
}

/** A workbook a user sent, read after assertSafeZip; 422 with `unreadable` when exceljs cannot read it. */
export async function loadWorkbook(buffer: Buffer, unreadable: { vi: string; en: string }): Promise<Workbook> {
  assertSafeZip(buffer);
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer (a global it declares); at run time it takes Node's Buffer.
    await workbook.xlsx.load(buffer as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  } catch {
    throw xlsxFileError(unreadable.vi, unreadable.en);
  }
  return workbook;
}

/** A cell's text as typed or as its formula gave it; null when empty. */
export function cellText(value: CellValue): string | null {
  if (value == null) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('error' in value) return String(value.error);
  if ('text' in value && typeof value.text === 'string') return value.text;
  if ('result' in value) return value.result == null ? null : cellText(value.result as CellValue);
  return null;
}

/** A4, landscape, one page wide, the heading rows on every page: a sheet that prints and forwards as it is. */
export function printableSheet(
  sheet: Worksheet,
  headingRows: string,
  orientation: 'landscape' | 'portrait' = 'landscape',
) {
  sheet.pageSetup = {
    paperSize: 9,
    orientation,
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: headingRows,
    margins: { left: 0.5, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { oddFooter: '&C&P/&N' };
}

/**
 * A row tall enough for its wrapped text: spreadsheet programs do not grow a row for wrapped text
 * written by a library. About one line per `width` characters of a column (its width in characters).
 */
export function fitWrappedRow(row: Row, cells: { column: number; text: string }[], lineHeight = 15) {
  const lines = cells.map(({ column, text }) => {
    const width = Math.max(1, (row.worksheet.getColumn(column).width ?? 10) - 1);
    return text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / width)), 0);
  });
  row.height = lineHeight * Math.max(1, ...lines);
}

/**
 * Top-aligns every column of the heading row's width and wraps `wrapped` (and the heading row): long
 * texts print whole on narrow columns, and the cells of a tall row line up on its first line.
 */
export function wrapColumns(sheet: Worksheet, wrapped: number[], headingRow: number) {
  const heading = sheet.getRow(headingRow);
  for (let column = 1; column <= heading.cellCount; column++)
    sheet.getColumn(column).alignment = { wrapText: wrapped.includes(column), vertical: 'top' };
  heading.alignment = { wrapText: true, vertical: 'middle' };
  heading.height = 30;
}
