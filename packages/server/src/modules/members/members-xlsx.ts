import { memberPeriodLabel, organisationKinds, type MemberCountSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { fitWrappedRow, printableSheet, safeCellText, wrapColumns } from '../../files/xlsx.js';

/** The filtered list as a worksheet; user text can never become a formula. */
export async function renderMemberCountsXlsx(items: MemberCountSummary[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đoàn viên, hội viên');
  sheet.addRow([safeCellText(title)]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const header = sheet.addRow([
    'TT',
    'Tổ chức',
    'Loại tổ chức',
    'Thuộc',
    'Kỳ',
    'Từ ngày',
    'Đến ngày',
    'Đoàn viên, hội viên cuối kỳ',
    'Kết nạp mới',
    'Ra khỏi tổ chức',
    'Giới thiệu cho Đảng',
    'Số cuối kỳ trước',
    'Cân đối (trước + mới − ra)',
    'Ghi chú',
  ]);
  header.font = { bold: true };
  [5, 30, 18, 20, 13, 11, 11, 12, 10, 10, 11, 11, 13, 30].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  wrapColumns(sheet, [2, 3, 4, 5, 14], 3);
  sheet.getRow(3).height = 45;
  const date = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d));
  };
  items.forEach((item, index) => {
    const row = sheet.addRow([
      index + 1,
      safeCellText(item.unitName),
      organisationKinds[item.kind].vi,
      safeCellText(item.parentName ?? ''),
      memberPeriodLabel(item.periodKind, item.year, item.periodIndex),
      date(item.periodStart),
      date(item.periodEnd),
      item.members,
      item.admitted,
      item.left,
      item.referredToParty,
      item.previousMembers,
      item.expectedMembers,
      safeCellText(item.note),
    ]);
    fitWrappedRow(row, [
      { column: 2, text: item.unitName },
      { column: 4, text: item.parentName ?? '' },
      { column: 14, text: item.note },
    ]);
    // Figures that do not add up stand out on paper too.
    if (item.expectedMembers !== null && item.expectedMembers !== item.members) {
      row.getCell(13).font = { color: { argb: 'FFC00000' }, bold: true };
    }
  });
  sheet.getColumn(6).numFmt = 'dd/mm/yyyy';
  sheet.getColumn(7).numFmt = 'dd/mm/yyyy';
  for (const column of [8, 9, 10, 11, 12, 13]) sheet.getColumn(column).numFmt = '#,##0';
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + items.length, column: 14 } };
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  printableSheet(sheet, '3:3');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
