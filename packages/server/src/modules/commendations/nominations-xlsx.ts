import { checkOutcomes, commendationRuleKinds, nominationStatuses, type CampaignDetail } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { printableSheet, safeCellText } from '../../files/xlsx.js';

/** A campaign's nominations as the reader sees them, with the check criterion by criterion and the vote. */
export async function renderNominationsXlsx(campaign: CampaignDetail): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hồ sơ đề nghị');
  sheet.addRow([safeCellText(campaign.title)]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  const header = sheet.addRow([
    'TT',
    'Người / tập thể được đề nghị',
    'Năm sinh',
    'Chức vụ',
    'Đơn vị đề nghị',
    'Hình thức',
    'Kiểm tra tiêu chuẩn',
    'Chi tiết',
    'Trạng thái',
    'Hội đồng (đồng ý/thành viên)',
  ]);
  header.font = { bold: true };
  header.height = 45;
  campaign.nominations.forEach((n, index) => {
    // Without criteria the cell says why, as the screen does, rather than staying blank.
    const details =
      n.check.criteria.length === 0
        ? n.collectiveUnitId !== null
          ? 'Khen tập thể: không áp dụng tiêu chuẩn cá nhân'
          : 'Chưa có tiêu chuẩn có hiệu lực vào ngày xét'
        : n.check.criteria
            .map(
              (c) => `${commendationRuleKinds[c.kind].vi}: ${checkOutcomes[c.outcome].vi} — ${c.figures}. ${c.reason}`,
            )
            .join('\n');
    const row = sheet.addRow([
      index + 1,
      safeCellText(n.nomineeName),
      n.birthYear,
      safeCellText(n.position),
      safeCellText(n.unitName),
      safeCellText(n.awardName),
      checkOutcomes[n.checkOutcome].vi,
      safeCellText(details),
      nominationStatuses[n.status].vi,
      n.votes ? `${n.votes.inFavour}/${n.votes.members}` : '',
    ]);
    row.height = 15 * Math.max(2, n.check.criteria.length * 2);
  });
  [5, 24, 9, 24, 16, 24, 14, 60, 18, 14].forEach((width, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = width;
    column.alignment = { wrapText: true, vertical: 'top', horizontal: index === 0 || index === 2 ? 'center' : 'left' };
  });
  // Printed for the council's meeting: every cell of the table ruled, the heading centred.
  const thin = { style: 'thin' as const };
  for (let r = 3; r <= sheet.rowCount; r++)
    sheet.getRow(r).eachCell({ includeEmpty: true }, (cell) => {
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    });
  header.eachCell((cell) => {
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  });
  sheet.mergeCells('A1:J1');
  sheet.getRow(1).height = 34;
  sheet.getCell('A1').alignment = { wrapText: true, vertical: 'middle' };
  printableSheet(sheet, '3:3');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
