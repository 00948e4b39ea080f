import {
  valueInput,
  type FieldError,
  type ReportIndicatorRow,
  type ReportView,
  type SaveReportInput,
} from '@danvan/shared';
import type { CellValue, DataValidation, Workbook } from 'exceljs';
import { cellText, loadWorkbook, safeCellText, unquoteCellText, xlsxFileError } from '../../files/xlsx.js';
import { AppError } from '../../http/errors.js';
import {
  bold,
  boxed,
  newWorkbook,
  periodText,
  sectionFill,
  setNumber,
  styleHeaderRow,
  toBuffer,
} from './report-xlsx-style.js';

export const FORM_SHEET = 'Số liệu';
export const META_SHEET = '_meta';
const FORM_KIND = 'danvan.report-form';
const FORM_FORMAT = 1;
/** The largest figure the API accepts (valueInput). */
const MAX_VALUE = 1e12;

const FORM_COLUMNS = { code: 1, name: 2, unit: 3, value: 4, denominator: 5, reason: 6 } as const;
const FORM_HEADER = ['Mã', 'Chỉ tiêu', 'Đơn vị tính', 'Giá trị', 'Tổng số', 'Ghi chú/lý do điều chỉnh'];

const enterable = (view: ReportView) => view.rows.filter((row) => row.indicator.aggregation !== 'ratio');

/**
 * A form for the unit to fill in offline: "Số liệu" pre-filled with its current figures (rates are
 * calculated, so left out), and a hidden "_meta" sheet naming the report it belongs to.
 */
export async function renderBlankFormXlsx(view: ReportView): Promise<Buffer> {
  const workbook = newWorkbook(view);
  const sheet = workbook.addWorksheet(FORM_SHEET, { views: [{ state: 'frozen', ySplit: 6 }] });
  sheet.columns = [{ width: 18 }, { width: 55 }, { width: 14 }, { width: 14 }, { width: 14 }, { width: 45 }];
  sheet.getCell('A1').value = 'BIỂU NHẬP SỐ LIỆU BÁO CÁO';
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = safeCellText(`${view.unit.name} — ${view.round.title}`);
  sheet.getCell('A2').font = bold;
  sheet.getCell('A3').value = periodText(view);
  sheet.getCell('A4').value =
    'Nhập số vào cột "Giá trị"; với chỉ tiêu dạng "đạt/tổng số" nhập cả "Tổng số". Để trống nếu không có số liệu. ' +
    'Sửa số tự động tổng hợp thì ghi lý do. Không sửa cột "Mã"; các tỷ lệ được tính tự động.';
  sheet.getCell('A4').font = { italic: true };
  const header = sheet.getRow(6);
  header.values = FORM_HEADER;
  styleHeaderRow(header, FORM_HEADER.length);

  const numberRule = (prompt: string): DataValidation => ({
    type: 'decimal',
    operator: 'between',
    formulae: [0, MAX_VALUE],
    allowBlank: true,
    showErrorMessage: true,
    errorTitle: 'Giá trị không hợp lệ',
    error: 'Nhập một số từ 0 trở lên',
    promptTitle: 'Nhập số',
    prompt,
    showInputMessage: false,
  });

  enterable(view).forEach((row, i) => {
    const line = sheet.getRow(7 + i);
    const coverage = row.indicator.aggregation === 'coverage';
    line.getCell(FORM_COLUMNS.code).value = row.indicator.code;
    line.getCell(FORM_COLUMNS.name).value = safeCellText(row.indicator.nameVi);
    line.getCell(FORM_COLUMNS.unit).value = safeCellText(row.indicator.unitVi);
    setNumber(line.getCell(FORM_COLUMNS.value), row.own.value);
    if (coverage) setNumber(line.getCell(FORM_COLUMNS.denominator), row.own.denominator);
    if (row.own.adjustReason) line.getCell(FORM_COLUMNS.reason).value = safeCellText(row.own.adjustReason);
    line.getCell(FORM_COLUMNS.name).alignment = { wrapText: true, vertical: 'top' };

    const editable = [FORM_COLUMNS.value, FORM_COLUMNS.reason, ...(coverage ? [FORM_COLUMNS.denominator] : [])];
    for (let c = 1; c <= FORM_HEADER.length; c++) {
      const cell = line.getCell(c);
      cell.border = boxed;
      if (editable.includes(c as 4 | 5 | 6)) {
        cell.protection = { locked: false };
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFDE7' } };
      } else if (c === FORM_COLUMNS.denominator) {
        cell.fill = sectionFill;
      }
    }
    line.getCell(FORM_COLUMNS.value).dataValidation = numberRule(row.indicator.unitVi);
    if (coverage) line.getCell(FORM_COLUMNS.denominator).dataValidation = numberRule('Tổng số');
    if (row.indicator.computedKey && row.own.computedValue != null) {
      line.getCell(FORM_COLUMNS.value).note =
        `Số tự động tổng hợp: ${row.own.computedValue}. Sửa số này thì ghi lý do ở cột F.`;
    }
  });
  // No password: the protection keeps codes from being changed by mistake, it is not a security boundary.
  await sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });

  const meta = workbook.addWorksheet(META_SHEET, { state: 'veryHidden' });
  const entries: [string, string | number][] = [
    ['kind', FORM_KIND],
    ['format', FORM_FORMAT],
    ['reportId', view.id],
    ['roundId', view.round.id],
    ['unitId', view.unit.id],
    ['version', view.version],
  ];
  entries.forEach(([key, value], i) => {
    meta.getCell(i + 1, 1).value = key;
    meta.getCell(i + 1, 2).value = value;
  });
  await meta.protect('', {});
  return toBuffer(workbook);
}

// ——— Reading a filled form back ———

const fileError = xlsxFileError;

type NumberCell = { ok: true; value: number | null } | { ok: false; shown: string };

/** Numbers as Excel stores them, or typed as text in Vietnamese (1.234,5) or plain (1234.5) notation. */
function cellNumber(value: CellValue): NumberCell {
  if (value == null) return { ok: true, value: null };
  if (typeof value === 'number')
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, shown: String(value) };
  if (typeof value === 'boolean' || value instanceof Date) return { ok: false, shown: cellText(value) ?? '' };
  if (typeof value === 'object' && 'error' in value) return { ok: false, shown: value.error };
  if (typeof value === 'object' && 'result' in value) {
    if (typeof value.result === 'number') return cellNumber(value.result);
    return { ok: false, shown: `=${'formula' in value ? (value.formula ?? '') : ''}` };
  }
  const text = cellText(value)?.replace(/[\s\u00a0]/g, '') ?? '';
  if (text === '') return { ok: true, value: null };
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.replace(/^[-+]/, '');
  let parsed: number | null = null;
  if (/^\d+$/.test(digits)) parsed = Number(digits);
  else if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(digits)) parsed = Number(digits.replace(/\./g, '').replace(',', '.'));
  else if (/^\d+,\d+$/.test(digits)) parsed = Number(digits.replace(',', '.'));
  else if (/^\d+\.\d+$/.test(digits)) parsed = Number(digits);
  return parsed == null || !Number.isFinite(parsed) ? { ok: false, shown: text } : { ok: true, value: sign * parsed };
}

function readMeta(workbook: Workbook, view: ReportView) {
  const meta = workbook.getWorksheet(META_SHEET);
  const sheet = workbook.getWorksheet(FORM_SHEET);
  const notForm = () =>
    fileError(
      'Tệp không phải biểu nhập số liệu tải từ hệ thống',
      'The file is not a data-entry form downloaded from the system',
    );
  if (!meta || !sheet) throw notForm();
  const values = new Map<string, string>();
  meta.eachRow((row) => {
    const key = cellText(row.getCell(1).value);
    const value = cellText(row.getCell(2).value);
    if (key && value != null) values.set(key, value);
  });
  if (values.get('kind') !== FORM_KIND) throw notForm();
  const id = (key: string) => Number(values.get(key));
  if (id('unitId') !== view.unit.id) {
    throw fileError(
      `Biểu mẫu này là của đơn vị khác, không phải ${view.unit.name}`,
      `This form belongs to another unit, not ${view.unit.name}`,
    );
  }
  if (id('roundId') !== view.round.id) {
    throw fileError(
      `Biểu mẫu này là của kỳ báo cáo khác, không phải "${view.round.title}"`,
      'This form belongs to another reporting round',
    );
  }
  if (id('reportId') !== view.id)
    throw fileError('Biểu mẫu này là của báo cáo khác', 'This form belongs to another report');
  return sheet;
}

/** The row of each value read from a form, so errors found later can point at its cells. */
export interface FormValues {
  values: SaveReportInput['values'];
  rows: number[];
}

/**
 * Reads a filled form back as the values of a save. Checks that it is this report's form, then
 * every cell; any problem fails the whole file (422) with one error per cell ("Số liệu!D12").
 */
/** Opens a filled form; done before the import's transaction, which should not wait for unzipping and parsing. */
export const openFilledForm = (buffer: Buffer): Promise<Workbook> =>
  loadWorkbook(buffer, { vi: 'Không đọc được tệp Excel', en: 'The Excel file could not be read' });

export function readFilledForm(workbook: Workbook, view: ReportView): FormValues {
  const sheet = readMeta(workbook, view);

  let headerRow = 0;
  for (let r = 1; r <= Math.min(sheet.rowCount, 30) && !headerRow; r++) {
    if (cellText(sheet.getCell(r, FORM_COLUMNS.code).value)?.trim() === FORM_HEADER[0]) headerRow = r;
  }
  if (!headerRow)
    throw fileError(
      'Không tìm thấy dòng tiêu đề "Mã" trong trang Số liệu',
      'The header row ("Mã") is missing from the data sheet',
    );

  const byCode = new Map(view.rows.map((row) => [row.indicator.code, row]));
  const fields: FieldError[] = [];
  const values: SaveReportInput['values'] = [];
  const rows: number[] = [];
  const seen = new Set<string>();
  const at = (row: number, column: number) => `${FORM_SHEET}!${String.fromCharCode(64 + column)}${row}`;
  const fail = (row: number, column: number, vi: string, en: string) => fields.push({ path: at(row, column), vi, en });

  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const line = sheet.getRow(r);
    const code = cellText(line.getCell(FORM_COLUMNS.code).value)?.trim() ?? '';
    const value = cellNumber(line.getCell(FORM_COLUMNS.value).value);
    const denominator = cellNumber(line.getCell(FORM_COLUMNS.denominator).value);
    const reasonText = cellText(line.getCell(FORM_COLUMNS.reason).value)?.trim();
    const reason = reasonText ? unquoteCellText(reasonText) : null;
    if (!code) {
      const filled = (value.ok ? value.value != null : true) || (denominator.ok ? denominator.value != null : true);
      if (filled) fail(r, FORM_COLUMNS.code, 'Thiếu mã chỉ tiêu', 'The indicator code is missing');
      continue;
    }
    const row: ReportIndicatorRow | undefined = byCode.get(code);
    if (!row) {
      fail(
        r,
        FORM_COLUMNS.code,
        `Mã chỉ tiêu "${code}" không có trong kỳ báo cáo`,
        `Indicator "${code}" is not in this round`,
      );
      continue;
    }
    if (seen.has(code)) {
      fail(r, FORM_COLUMNS.code, `Mã chỉ tiêu "${code}" bị lặp`, `Indicator "${code}" appears twice`);
      continue;
    }
    seen.add(code);
    const indicator = row.indicator;
    if (indicator.aggregation === 'ratio') {
      fail(
        r,
        FORM_COLUMNS.code,
        `"${indicator.nameVi}" là tỷ lệ, được tính tự động, không nhập tay`,
        `"${indicator.nameEn}" is a rate: it is calculated, not entered`,
      );
      continue;
    }
    const before = fields.length;
    const checkNumber = (cell: NumberCell, column: number): number | null => {
      if (!cell.ok) {
        fail(r, column, `"${cell.shown}" không phải là số`, `"${cell.shown}" is not a number`);
        return null;
      }
      if (cell.value == null) return null;
      if (cell.value < 0) fail(r, column, 'Số liệu không được âm', 'The figure must not be negative');
      else if (cell.value > MAX_VALUE)
        fail(r, column, 'Số quá lớn (tối đa 1.000.000.000.000)', 'The figure is too large (at most 1,000,000,000,000)');
      return cell.value;
    };
    const number = checkNumber(value, FORM_COLUMNS.value);
    let total: number | null = null;
    if (indicator.aggregation === 'coverage') {
      total = checkNumber(denominator, FORM_COLUMNS.denominator);
      if (number != null && fields.length === before && (total == null || total < number)) {
        fail(
          r,
          FORM_COLUMNS.denominator,
          'Tổng số phải lớn hơn hoặc bằng số đạt',
          'The total must be at least the count',
        );
      }
    } else if (!denominator.ok || denominator.value != null) {
      fail(
        r,
        FORM_COLUMNS.denominator,
        'Chỉ tiêu này không có tổng số, để trống ô này',
        'This indicator has no total: leave the cell empty',
      );
    }
    const computed = row.own.computedValue;
    if (indicator.computedKey && computed != null && number !== computed && !reason && fields.length === before) {
      fail(
        r,
        FORM_COLUMNS.reason,
        'Cần ghi lý do khi sửa số liệu tự động tổng hợp',
        'Give a reason for changing a computed figure',
      );
    }
    if (reason && reason.length > 500)
      fail(r, FORM_COLUMNS.reason, 'Lý do dài quá 500 ký tự', 'The reason is longer than 500 characters');
    if (fields.length > before) continue;

    const parsed = valueInput.safeParse({
      code,
      value: number,
      denominator: total,
      adjustReason: reason,
    });
    if (!parsed.success) {
      fail(r, FORM_COLUMNS.value, 'Giá trị không hợp lệ', 'Invalid value');
      continue;
    }
    values.push(parsed.data);
    rows.push(r);
  }
  if (fields.length) {
    throw new AppError(
      422,
      'invalid_cells',
      {
        vi: `Biểu mẫu có ${fields.length} ô chưa hợp lệ, chưa lưu số liệu nào`,
        en: `${fields.length} cells of the form are invalid; nothing was saved`,
      },
      fields,
    );
  }
  if (values.length > 500) throw fileError('Biểu mẫu có quá nhiều dòng', 'The form has too many rows');
  return { values, rows };
}

/** The cell of a save error ("body.values.3.adjustReason") in the form the values came from. */
export function formCellOfPath(path: string, form: FormValues): string | null {
  const match = /^body\.values\.(\d+)\.(\w+)$/.exec(path);
  const row = match ? form.rows[Number(match[1])] : undefined;
  if (!match || row === undefined) return null;
  const column =
    match[2] === 'denominator'
      ? FORM_COLUMNS.denominator
      : match[2] === 'adjustReason'
        ? FORM_COLUMNS.reason
        : match[2] === 'code'
          ? FORM_COLUMNS.code
          : FORM_COLUMNS.value;
  return `${FORM_SHEET}!${String.fromCharCode(64 + column)}${row}`;
}
