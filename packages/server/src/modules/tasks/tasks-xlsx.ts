import { taskBuckets, taskPriorities, type TaskSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { safeCellText } from '../../files/xlsx.js';

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
      taskBuckets[item.bucket].vi,
      item.childCount > 0
        ? `${item.childrenDone}/${item.childCount} hoàn thành`
        : item.percent === null
          ? ''
          : `${item.percent}%`,
    ]);
    if (item.bucket === 'overdue') row.font = { color: { argb: 'FFB00020' } };
  });
  for (const column of [7, 8, 9, 10]) sheet.getColumn(column).numFmt = 'dd/mm/yyyy';
  sheet.getColumn(2).width = 50;
  sheet.getColumn(3).width = 28;
  sheet.getColumn(4).width = 28;
  sheet.getColumn(11).width = 26;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
