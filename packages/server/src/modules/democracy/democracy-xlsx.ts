import { assessmentStatuses, democracyRatings, type AssessmentRow } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { fitWrappedRow, printableSheet, safeCellText, wrapColumns } from '../../files/xlsx.js';

/** The filtered units × year list as a worksheet; user text can never become a formula. */
export async function renderAssessmentsXlsx(rows: AssessmentRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Dân chủ ở cơ sở');
  sheet.addRow([safeCellText(title)]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const header = sheet.addRow([
    'TT',
    'Đơn vị',
    'Trực thuộc',
    'Năm',
    'Trạng thái',
    'Nội dung đã thực hiện',
    'Tổng số nội dung',
    'Nội dung đã công khai',
    'Cuộc họp',
    'Tự xếp loại',
    'Cấp trên xếp loại',
    'Đơn vị xếp loại',
  ]);
  header.font = { bold: true };
  [5, 28, 24, 7, 15, 11, 11, 11, 9, 13, 13, 26].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  wrapColumns(sheet, [2, 3, 5, 10, 11, 12], 3);
  sheet.getRow(3).height = 45;
  rows.forEach((row, index) => {
    const line = sheet.addRow([
      index + 1,
      safeCellText(row.unitName),
      safeCellText(row.parentName ?? ''),
      row.year,
      assessmentStatuses[row.status].vi,
      row.itemsDone,
      row.itemsTotal,
      row.disclosed,
      row.meetings,
      row.selfRating ? democracyRatings[row.selfRating].vi : '',
      row.rating ? democracyRatings[row.rating].vi : '',
      safeCellText(row.ratedByName ?? ''),
    ]);
    fitWrappedRow(line, [
      { column: 2, text: row.unitName },
      { column: 3, text: row.parentName ?? '' },
      { column: 12, text: row.ratedByName ?? '' },
    ]);
  });
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + rows.length, column: 12 } };
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  printableSheet(sheet, '3:3');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
