import {
  documentRegisterColumns,
  documentTopics,
  documentTypes,
  foldVi,
  type DocumentRegisterField,
  type DocumentSummary,
} from '@danvan/shared';
import ExcelJS from 'exceljs';
import type { CellValue, Worksheet } from 'exceljs';
import {
  cellText,
  fitWrappedRow,
  loadWorkbook,
  printableSheet,
  safeCellText,
  unquoteCellText,
  wrapColumns,
  xlsxFileError,
} from '../../files/xlsx.js';

/** A refusal of the whole file (not of a row): 422 at the field "file". */
export const registerFileError = xlsxFileError;

/** One cell of a data row: where it is, its text, and the day when Excel stores it as a date or a serial number. */
export interface RegisterCell {
  ref: string;
  text: string | null;
  day: string | null;
}

export interface RegisterRow {
  row: number;
  cells: Partial<Record<DocumentRegisterField, RegisterCell>>;
}

export interface RegisterSheet {
  /** The header of each column found, as the file writes it ("Ngày ban hành (dd/mm/yyyy)"). */
  headers: Partial<Record<DocumentRegisterField, string>>;
  rows: RegisterRow[];
}

/** Headers as officials write them, accents, case, punctuation and "(dd/mm/yyyy)" notes folded away. */
const headerAliases: Record<DocumentRegisterField, string[]> = {
  symbol: [
    'so ky hieu',
    'so va ky hieu',
    'so ky hieu van ban',
    'so hieu',
    'so hieu van ban',
    'ky hieu',
    'so ky hieu vb',
    'symbol',
    'number symbol',
  ],
  issuedOn: [
    'ngay ban hanh',
    'ngay thang',
    'ngay thang nam',
    'ngay van ban',
    'ngay thang van ban',
    'ngay ky',
    'ngay',
    'ngay ban hanh van ban',
    'issued on',
    'date',
  ],
  title: [
    'trich yeu',
    'trich yeu noi dung',
    'ten loai va trich yeu noi dung',
    'trich yeu van ban',
    'ten van ban',
    'noi dung',
    'title',
  ],
  signer: ['nguoi ky', 'nguoi ky van ban', 'signer', 'signed by'],
  type: ['loai', 'loai van ban', 'the loai', 'hinh thuc van ban', 'type'],
  topics: ['chu de', 'chu de linh vuc', 'linh vuc', 'topics', 'topic'],
  role: ['vai tro', 'vai tro cua don vi', 'ban hanh tham muu', 'role'],
};
const fieldByHeader = new Map(
  (Object.entries(headerAliases) as [DocumentRegisterField, string[]][]).flatMap(([field, aliases]) =>
    aliases.map((alias) => [alias, field] as const),
  ),
);

export function normalizeHeader(text: string): string {
  return foldVi(text.replace(/\([^)]*\)/g, ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A cell's text with an export's `'=…` read back as `=…`. */
const registerCellText = (value: CellValue): string | null => {
  const text = cellText(value);
  return text === null ? null : unquoteCellText(text);
};

const DAY_MS = 86_400_000;
/** Excel's day 0 (its serial numbers count from 30/12/1899, 1900 leap-year bug included). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The day a date cell or a day serial number stands for; exceljs reads date cells as UTC midnight, give or take a rounding. */
function cellDay(value: CellValue): string | null {
  if (value instanceof Date) {
    const time = value.getTime();
    return Number.isNaN(time) ? null : new Date(Math.round(time / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  }
  if (typeof value === 'number' && value >= 1 && value < 2_958_466)
    return new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS).toISOString().slice(0, 10);
  if (value && typeof value === 'object' && 'result' in value) return cellDay(value.result as CellValue);
  return null;
}

const HEADER_SEARCH_ROWS = 20;
/** Characters a cell may hold that no register entry means (and PostgreSQL text refuses: NUL). */
// eslint-disable-next-line no-control-regex -- control characters are what this removes
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** The first row of a sheet whose cells name the symbol, date and title columns, with every column it names. */
function findHeader(
  sheet: Worksheet,
): { row: number; columns: Map<number, DocumentRegisterField>; headers: RegisterSheet['headers'] } | null {
  for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
    const columns = new Map<number, DocumentRegisterField>();
    const headers: RegisterSheet['headers'] = {};
    sheet.getRow(r).eachCell((cell, column) => {
      const text = registerCellText(cell.value);
      const field = text ? fieldByHeader.get(normalizeHeader(text)) : undefined;
      if (text && field && !headers[field]) {
        columns.set(column, field);
        headers[field] = text.normalize('NFC').replace(/\s+/g, ' ').trim();
      }
    });
    if (headers.symbol && headers.issuedOn && headers.title) return { row: r, columns, headers };
  }
  return null;
}

/**
 * Reads the register from an .xlsx: the first sheet with a header row, then every non-empty row
 * under it. The file as a whole is refused (422 at "file") when it is no workbook, has no header,
 * lacks a required column, or has more than `maxRows` rows.
 */
export async function readRegisterXlsx(buffer: Buffer, maxRows: number): Promise<RegisterSheet> {
  const workbook = await loadWorkbook(buffer, {
    vi: 'Không đọc được tệp Excel (.xlsx)',
    en: 'The Excel (.xlsx) file could not be read',
  });
  const found = workbook.worksheets
    .map((sheet) => ({ sheet, header: findHeader(sheet) }))
    .find((candidate) => candidate.header);
  if (!found?.header) {
    throw registerFileError(
      'Không tìm thấy dòng tiêu đề có các cột "Số, ký hiệu", "Ngày ban hành", "Trích yếu"',
      'No header row with the columns "Số, ký hiệu", "Ngày ban hành", "Trích yếu" was found',
    );
  }
  const { sheet, header } = found;
  const missing = documentRegisterColumns
    .filter((column) => column.required && !header.headers[column.field])
    .map((column) => `"${column.header}"`);
  if (missing.length)
    throw registerFileError(`Thiếu cột ${missing.join(', ')}`, `Missing column ${missing.join(', ')}`);

  const rows: RegisterRow[] = [];
  for (let r = header.row + 1; r <= sheet.rowCount; r++) {
    const line = sheet.getRow(r);
    const cells: RegisterRow['cells'] = {};
    let filled = false;
    for (const [column, field] of header.columns) {
      const value = line.getCell(column).value;
      const text =
        registerCellText(value)?.normalize('NFC').replace(CONTROL_CHARACTERS, '').replace(/\s+/g, ' ').trim() || null;
      const day = field === 'issuedOn' ? cellDay(value) : null;
      if (text !== null || day !== null) filled = true;
      cells[field] = { ref: `${columnLetter(column)}${r}`, text, day };
    }
    if (!filled) continue;
    if (rows.length >= maxRows) {
      throw registerFileError(
        `Tệp có hơn ${maxRows.toLocaleString('vi-VN')} dòng văn bản; hãy chia thành nhiều tệp`,
        `The file has more than ${maxRows} document rows; split it`,
        413,
      );
    }
    rows.push({ row: r, cells });
  }
  return { headers: header.headers, rows };
}

const roleNames = { issued: 'Ban hành', advised: 'Tham mưu' } as const;

/** What a row of the register shows of a document. */
export type RegisterEntry = Pick<
  DocumentSummary,
  'symbol' | 'issuedOn' | 'title' | 'signer' | 'type' | 'topics' | 'role'
>;

const dayFormat = (iso: string) => iso.split('-').reverse().join('/');

/**
 * One unit's register in the layout the import reads (title lines, then the header row and a row
 * per document), so an export comes back in as duplicates. User text never becomes a formula.
 */
export async function renderRegisterXlsx(options: {
  unitName: string;
  from?: string;
  to?: string;
  documents: RegisterEntry[];
}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sổ văn bản đi');
  sheet.addRow(['SỔ VĂN BẢN ĐI']).font = { bold: true, size: 14 };
  const period = [
    options.from && `từ ngày ${dayFormat(options.from)}`,
    options.to && `đến ngày ${dayFormat(options.to)}`,
  ]
    .filter(Boolean)
    .join(' ');
  sheet.addRow([safeCellText(period ? `${options.unitName}, ${period}` : options.unitName)]).font = { italic: true };
  sheet.addRow([]);
  const header = sheet.addRow(['TT', ...documentRegisterColumns.map((column) => column.header)]);
  header.font = { bold: true };
  [5, 18, 12, 56, 22, 16, 28, 11].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  wrapColumns(sheet, [2, 4, 5, 7], 4);
  options.documents.forEach((doc, index) => {
    const [y, m, d] = doc.issuedOn.split('-').map(Number);
    const row = sheet.addRow([
      index + 1,
      safeCellText(doc.symbol),
      new Date(Date.UTC(y, m - 1, d)),
      safeCellText(doc.title),
      safeCellText(doc.signer),
      documentTypes[doc.type].vi,
      doc.topics.map((topic) => documentTopics[topic].vi).join('; '),
      roleNames[doc.role],
    ]);
    fitWrappedRow(row, [
      { column: 4, text: doc.title },
      { column: 7, text: doc.topics.map((topic) => documentTopics[topic].vi).join('; ') },
    ]);
  });
  sheet.getColumn(3).numFmt = 'dd/mm/yyyy';
  sheet.views = [{ state: 'frozen', ySplit: 4 }];
  printableSheet(sheet, '4:4');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
