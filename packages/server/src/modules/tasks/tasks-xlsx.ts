import { taskBuckets, taskPriorities, type TaskSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { printableSheet, safeCellText } from '../../files/xlsx.js';

const date = (iso: string | null) => {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

/** The filtered list as a worksheet, overdue rows in red; user text can never become a formula. */
export async function renderTasksXlsx(items: TaskSummary[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Nhiệm vụ');
  sheet.addRow([safeCellText(title)]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const header = sheet.addRow([
    'TT',
    'Nhiệm vụ',
    'Đơn vị giao',
    'Đơn vị thực hiện',
    'Người thực hiện',
    'Mức độ',
    'Ngày giao',
    'Hạn hoàn thành',
    'Hạn (kể cả gia hạn)',
    'Ngày hoàn thành',
    'Tình trạng',
    'Tiến độ',
  ]);
  header.font = { bold: true };
  header.height = 30;
  header.alignment = { wrapText: true, vertical: 'middle' };
  items.forEach((item, index) => {
    const row = sheet.addRow([
      index + 1,
      safeCellText(item.title),
      safeCellText(item.assignerName),
      safeCellText(item.ownerUnitName),
      safeCellText(item.ownerPerson),
      taskPriorities[item.priority].vi,
      date(item.assignedOn),
      date(item.deadline),
      date(item.dueOn),
      date(item.completedOn),
      item.status === 'cancelled' ? `Đã hủy: ${safeCellText(item.cancelReason)}` : taskBuckets[item.bucket].vi,
      item.childCount > 0
        ? `${item.childrenDone}/${item.childCount} hoàn thành`
        : item.percent === null
          ? ''
          : `${item.percent}%`,
    ]);
    if (item.bucket === 'overdue' && item.status !== 'cancelled') row.font = { color: { argb: 'FFB00020' } };
    // Spreadsheet programs do not grow a row for wrapped text written by a library: about 45 characters a line
    // in the task's column, 16 in the person's.
    const lines = Math.max(1, Math.ceil(item.title.length / 45), Math.ceil(item.ownerPerson.length / 16));
    row.height = 15 * lines;
  });
  for (const column of [7, 8, 9, 10]) sheet.getColumn(column).numFmt = 'dd/mm/yyyy';
  [5, 50, 24, 24, 18, 12, 12, 12, 12, 12, 26, 16].forEach((width, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = width;
    column.alignment = { wrapText: true, vertical: 'top' };
  });
  sheet.mergeCells('A1:L1');
  sheet.getCell('A1').alignment = { vertical: 'middle' };
  printableSheet(sheet, '3:3');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
