import { childFigure, outlineSections, reportStatusNames, type ReportView } from '@danvan/shared';
import type { Workbook, Worksheet } from 'exceljs';
import { printableSheet, safeCellText } from '../../files/xlsx.js';
import { lastYearHeading, reportTableLines, tableNotes } from './report-table.js';
import {
  bold,
  boxed,
  newWorkbook,
  numberFormat,
  periodText,
  sectionFill,
  setFigure,
  setNumber,
  styleHeaderRow,
  toBuffer,
} from './report-xlsx-style.js';

export const SUMMARY_SHEET = 'Tổng hợp';
export const CHILDREN_SHEET = 'Chi tiết đơn vị';
export const NARRATIVE_SHEET = 'Phần nhận định';
/** Excel keeps at most this many characters in a cell. */
const MAX_CELL_TEXT = 32_000;

function titleRows(sheet: Worksheet, view: ReportView, title: string) {
  sheet.getCell('A1').value = safeCellText(title);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  sheet.getCell('A2').value = safeCellText(`${view.body.name} — ${view.round.title}`);
  sheet.getCell('A2').font = bold;
  sheet.getCell('A3').value =
    `${periodText(view)}. Trạng thái: ${reportStatusNames[view.status].vi}; báo cáo đã duyệt trong địa bàn: ${view.included.approved}/${view.included.expected}.`;
}

const SUMMARY_HEADING_ROW = 5;

/** The figures as the Word document's annex states them: the same lines, with numbers in number cells. */
function summarySheet(workbook: Workbook, view: ReportView) {
  const sheet = workbook.addWorksheet(SUMMARY_SHEET, { views: [{ state: 'frozen', ySplit: SUMMARY_HEADING_ROW }] });
  sheet.columns = [6, 60, 12, 15, 15, 15, 15, 12, 12, 30, 16].map((width) => ({ width }));
  titleRows(sheet, view, `SỐ LIỆU ${view.round.title.replace(/^báo cáo\s+/iu, '').toLocaleUpperCase('vi')}`);
  const header = sheet.getRow(SUMMARY_HEADING_ROW);
  const last = lastYearHeading(view);
  header.values = [
    'TT',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Kỳ này',
    last,
    'Kỳ này (cùng đơn vị)',
    `${last} (cùng đơn vị)`,
    'Tăng/giảm',
    'Tỷ lệ %',
    'Ghi chú',
    'Mã chỉ tiêu',
  ];
  styleHeaderRow(header, 11);
  header.height = 45;

  const notesOf = new Map(
    view.rows.map((row) => [
      row.indicator.code,
      [
        row.indicator.aggregation === 'ratio' ? 'Tính tự động' : null,
        row.own.source === 'adjusted' && row.own.adjustReason ? `Điều chỉnh số tự động: ${row.own.adjustReason}` : null,
        row.lastYearSource === 'registers' ? 'Cùng kỳ tính lại từ sổ sách' : null,
      ]
        .filter((note): note is string => note !== null)
        .join('; '),
    ]),
  );
  const lines = reportTableLines(view, { keyOnly: false });
  let counter = 0;
  let r = SUMMARY_HEADING_ROW + 1;
  for (const line of lines) {
    const row = sheet.getRow(r++);
    if (line.kind === 'section' || !line.numbers) {
      row.getCell(2).value = safeCellText(line.label);
      for (let c = 1; c <= 11; c++) Object.assign(row.getCell(c), { fill: sectionFill, font: bold, border: boxed });
      continue;
    }
    const { numbers } = line;
    if (!line.indented) row.getCell(1).value = counter += 1;
    row.getCell(2).value = safeCellText(line.label);
    row.getCell(2).alignment = { wrapText: true, vertical: 'top', indent: line.indented ? 2 : 0 };
    // Excel does not grow a row for wrapped text written by a program: about 62 characters a line at this width.
    row.height = Math.max(1, Math.ceil(line.label.length / 62)) * 15;
    row.getCell(3).value = safeCellText(line.unit);
    setFigure(row.getCell(4), numbers.total, numbers.coverage);
    setFigure(row.getCell(5), numbers.lastYear, numbers.coverage);
    setFigure(row.getCell(6), numbers.comparableNow, numbers.coverage);
    setFigure(row.getCell(7), numbers.comparableLast, numbers.coverage);
    setNumber(row.getCell(8), numbers.difference);
    setNumber(row.getCell(9), numbers.percent);
    if (numbers.coverage && numbers.percent != null) row.getCell(9).numFmt = `${numberFormat(numbers.percent)}" điểm"`;
    const note = line.indented ? '' : (notesOf.get(line.code) ?? '');
    if (note) row.getCell(10).value = safeCellText(note);
    row.getCell(10).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(11).value = line.code;
    for (let c = 1; c <= 11; c++) row.getCell(c).border = boxed;
  }
  r++;
  for (const note of tableNotes(view, lines)) {
    sheet.getCell(r, 2).value = safeCellText(note);
    sheet.getCell(r++, 2).font = { italic: true };
  }
  printableSheet(sheet, `${SUMMARY_HEADING_ROW}:${SUMMARY_HEADING_ROW}`);
}

const CHILDREN_HEADING_ROW = 5;

/** One row a unit: the reporting unit's own figures, each unit below, and the area's total. */
function childrenSheet(workbook: Workbook, view: ReportView) {
  const sheet = workbook.addWorksheet(CHILDREN_SHEET, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: CHILDREN_HEADING_ROW }],
  });
  titleRows(sheet, view, 'SỐ LIỆU CÁC ĐƠN VỊ');
  sheet.getCell('A4').value = 'Ô trống: chưa có số liệu được duyệt.';
  const names = sheet.getRow(CHILDREN_HEADING_ROW);
  names.getCell(1).value = 'Đơn vị';
  names.getCell(2).value = 'Trạng thái';
  view.rows.forEach((row, i) => {
    names.getCell(i + 3).value = safeCellText(`${row.indicator.nameVi} (${row.indicator.unitVi})`);
  });
  styleHeaderRow(names, view.rows.length + 2);
  names.height = 75;
  // The codes, for formulas and scripts, in a hidden row under the names.
  const codes = sheet.getRow(CHILDREN_HEADING_ROW + 1);
  codes.getCell(1).value = 'Mã chỉ tiêu';
  view.rows.forEach((row, i) => {
    codes.getCell(i + 3).value = row.indicator.code;
  });
  codes.hidden = true;
  sheet.getColumn(1).width = 32;
  sheet.getColumn(2).width = 14;
  for (let c = 3; c <= view.rows.length + 2; c++) sheet.getColumn(c).width = 14;

  const coverage = (i: number) => view.rows[i].indicator.aggregation === 'coverage';
  let r = CHILDREN_HEADING_ROW + 2;
  const own = sheet.getRow(r++);
  own.getCell(1).value = safeCellText(`${view.unit.name} (số liệu của đơn vị)`);
  own.getCell(2).value = reportStatusNames[view.status].vi;
  view.rows.forEach((row, i) => setFigure(own.getCell(i + 3), row.own, coverage(i)));
  for (const child of view.children) {
    const line = sheet.getRow(r++);
    line.getCell(1).value = safeCellText(child.unitName);
    line.getCell(2).value = reportStatusNames[child.status].vi;
    view.rows.forEach((_, i) => setFigure(line.getCell(i + 3), childFigure(child, i), coverage(i)));
  }
  const total = sheet.getRow(r++);
  total.getCell(1).value = 'Toàn địa bàn';
  total.font = bold;
  view.rows.forEach((row, i) => setFigure(total.getCell(i + 3), row.total, coverage(i)));
  for (let row = CHILDREN_HEADING_ROW + 2; row < r; row++) {
    for (let c = 1; c <= view.rows.length + 2; c++) sheet.getCell(row, c).border = boxed;
  }
  printableSheet(sheet, `${CHILDREN_HEADING_ROW}:${CHILDREN_HEADING_ROW}`);
}

/** Paragraphs as Excel can hold them: one a row, cut at Excel's cell limit. */
function narrativeRows(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
    .flatMap((p) =>
      Array.from({ length: Math.ceil(p.length / MAX_CELL_TEXT) }, (_, i) =>
        p.slice(i * MAX_CELL_TEXT, (i + 1) * MAX_CELL_TEXT),
      ),
    );
}

/** The narrative on a sheet of its own, one wrapped paragraph a row, tall enough to read; left out when empty. */
function narrativeSheet(workbook: Workbook, view: ReportView) {
  const sections = outlineSections(view.round.outline).filter((section) => view.narrative[section.key]?.trim());
  if (sections.length === 0 && !view.returnComment) return;
  const sheet = workbook.addWorksheet(NARRATIVE_SHEET);
  sheet.getColumn(1).width = 110;
  let r = 1;
  const put = (text: string, font: Partial<{ bold: boolean; italic: boolean; size: number }> = {}) => {
    const cell = sheet.getCell(r, 1);
    cell.value = safeCellText(text);
    cell.font = font;
    cell.alignment = { wrapText: true, vertical: 'top' };
    // About 115 characters a line at this width; Excel does not grow rows for wrapped text by itself.
    sheet.getRow(r).height = Math.max(1, Math.ceil(text.length / 115)) * 15.5;
    r += 1;
  };
  put(view.round.title, { bold: true, size: 13 });
  put(view.body.name, { italic: true });
  r += 1;
  if (view.returnComment) put(`Ý kiến trả lại: ${view.returnComment}`, { italic: true });
  sections.forEach((section, i) => {
    put(`${['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][i]}. ${section.vi}`, { bold: true });
    for (const paragraph of narrativeRows(view.narrative[section.key] ?? ''))
      put(paragraph, /^\d+\.\s/.test(paragraph) ? { bold: true } : {});
    r += 1;
  });
  printableSheet(sheet, '1:1', 'portrait');
}

/** The report as a workbook: its figures as the Word annex states them, one row a unit, and the narrative. */
export async function renderReportXlsx(view: ReportView): Promise<Buffer> {
  const workbook = newWorkbook(view);
  summarySheet(workbook, view);
  childrenSheet(workbook, view);
  narrativeSheet(workbook, view);
  return toBuffer(workbook);
}
