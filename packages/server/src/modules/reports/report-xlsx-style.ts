import { formatDateVi, type Figure, type ReportView } from '@danvan/shared';
import ExcelJS from 'exceljs';
import type { Cell, Row, Workbook } from 'exceljs';
import { safeCellText } from '../../files/xlsx.js';

/** The look shared by a report's workbook and its offline form. */

/** '#,##0' for whole numbers, two decimals at most otherwise; Excel shows the reader's own separators (1.234,5 in Vietnamese). */
export const numberFormat = (value: number) => (Number.isInteger(value) ? '#,##0' : '#,##0.##');

/** A figure as a number cell; a coverage figure keeps its count as the value and shows "7/8". Missing stays empty. */
export function setFigure(cell: Cell, figure: Figure | null | undefined, coverage: boolean) {
  if (figure?.value == null) return;
  cell.value = figure.value;
  cell.numFmt =
    coverage && figure.denominator != null
      ? `${numberFormat(figure.value)}"/${String(figure.denominator)}"`
      : numberFormat(figure.value);
}

export function setNumber(cell: Cell, value: number | null) {
  if (value == null) return;
  cell.value = value;
  cell.numFmt = numberFormat(value);
}

export const bold = { bold: true } as const;
export const thin = { style: 'thin' } as const;
export const boxed = { top: thin, left: thin, bottom: thin, right: thin } as const;
export const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } } as const;
export const sectionFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF4F4F4' } } as const;

export function styleHeaderRow(row: Row, columns: number) {
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.font = bold;
    cell.fill = headerFill;
    cell.border = boxed;
    cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  }
}

export const periodText = (view: ReportView) =>
  `Kỳ số liệu: ${formatDateVi(view.round.periodStart)} – ${formatDateVi(view.round.periodEnd)}`;

export function newWorkbook(view: ReportView): Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'danvan';
  workbook.title = safeCellText(view.round.title);
  workbook.created = new Date();
  return workbook;
}

export async function toBuffer(workbook: Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
