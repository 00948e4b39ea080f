import { memberPeriodLabel, organisationKinds, type MemberCountSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { safeCellText } from '../../files/xlsx.js';

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
  header.alignment = { wrapText: true, vertical: 'middle' };
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
    // Figures that do not add up stand out on paper too.
    if (item.expectedMembers !== null && item.expectedMembers !== item.members) {
      row.getCell(13).font = { color: { argb: 'FFC00000' }, bold: true };
    }
  });
  sheet.getColumn(6).numFmt = 'dd/mm/yyyy';
  sheet.getColumn(7).numFmt = 'dd/mm/yyyy';
  for (const column of [8, 9, 10, 11, 12, 13]) sheet.getColumn(column).numFmt = '#,##0';
  [5, 36, 20, 20, 14, 12, 12, 14, 12, 12, 12, 12, 14, 40].forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  sheet.autoFilter = { from: { row: 3, column: 1 }, to: { row: 3 + items.length, column: 14 } };
  sheet.views = [{ state: 'frozen', ySplit: 3 }];
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
