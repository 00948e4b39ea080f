import type { PersonSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { printableSheet, safeCellText } from '../../files/xlsx.js';

/** The people register as filtered, with what the reader may see (no year of birth for viewers). */
export async function renderPeopleXlsx(items: PersonSummary[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Người xét khen thưởng');
  sheet.addRow(['Danh sách người xét khen thưởng']).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const header = sheet.addRow(['TT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Đơn vị', 'Ghi chú']);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  items.forEach((item, index) => {
    sheet.addRow([
      index + 1,
      safeCellText(item.fullName),
      item.birthYear,
      safeCellText(item.position),
      safeCellText(item.unitName),
      item.deceased ? 'Đã từ trần' : '',
    ]).height = 15 * Math.max(1, Math.ceil(item.position.length / 30));
  });
  [5, 28, 10, 32, 30, 14].forEach((width, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = width;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.mergeCells('A1:F1');
  printableSheet(sheet, '3:3', 'portrait');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
