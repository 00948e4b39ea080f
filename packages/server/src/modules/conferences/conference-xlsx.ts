import {
  attendanceCategories,
  attendanceCategoryCodes,
  conferenceStatuses,
  type ConferenceDetail,
  type ConferenceSummary,
} from '@danvan/shared';
import ExcelJS from 'exceljs';
import { printableSheet, safeCellText } from '../../files/xlsx.js';

const date = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
};

const widths = (sheet: ExcelJS.Worksheet, values: number[]) =>
  values.forEach((width, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = width;
    column.alignment = { wrapText: true, vertical: 'top' };
  });

function titled(sheet: ExcelJS.Worksheet, title: string, columns: string[]) {
  sheet.addRow([safeCellText(title)]).font = { bold: true, size: 14 };
  sheet.addRow([]);
  const header = sheet.addRow(columns);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.height = 30;
  sheet.mergeCells(1, 1, 1, columns.length);
}

/**
 * The conference's roster: the bridge points (unit, room, host, technical contact, the test, who
 * attended by category, connected) on one sheet, the named attendees on another. Printable on A4.
 */
export async function renderRosterXlsx(c: ConferenceDetail): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const points = workbook.addWorksheet('Điểm cầu');
  const categories = attendanceCategoryCodes.map((k) => attendanceCategories[k].vi);
  titled(points, `Danh sách điểm cầu — ${c.title}`, [
    'TT',
    'Điểm cầu (đơn vị)',
    'Phòng họp, địa chỉ',
    'Chủ trì điểm cầu',
    'Kỹ thuật (điện thoại)',
    'Kiểm tra kết nối',
    ...categories,
    'Tổng số',
    'Kết nối',
  ]);
  c.bridgePoints.forEach((p, index) => {
    const counts = attendanceCategoryCodes.map((k) => p[k]);
    const row = points.addRow([
      index + 1,
      safeCellText(p.unitName),
      safeCellText([p.room, p.address].filter(Boolean).join(', ')),
      safeCellText(p.host),
      safeCellText(p.techName + (p.techPhone ? ` (${p.techPhone})` : '')),
      p.testAt ? new Date(p.testAt) : null,
      ...counts,
      counts.reduce<number>((sum, n) => sum + (n ?? 0), 0),
      p.connected === null ? '' : p.connected ? 'Có' : 'Không',
    ]);
    // Spreadsheet programs do not grow a row for text a library wrapped: about 26 characters a line in the room's column.
    const place = [p.room, p.address].filter(Boolean).join(', ');
    row.height = 15 * Math.max(1, Math.ceil(place.length / 26), Math.ceil(p.host.length / 18));
  });
  points.getColumn(6).numFmt = 'dd/mm/yyyy hh:mm';
  widths(points, [5, 24, 28, 20, 22, 16, 10, 10, 10, 10, 10, 9]);
  printableSheet(points, '3:3');

  const people = workbook.addWorksheet('Đại biểu dự');
  titled(people, `Danh sách đại biểu dự — ${c.title}`, ['TT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thành phần']);
  c.attendees.forEach((a, index) =>
    people.addRow([
      index + 1,
      safeCellText(a.fullName),
      safeCellText(a.position),
      safeCellText(a.unitName),
      attendanceCategories[a.category].vi,
    ]),
  );
  widths(people, [5, 28, 30, 30, 20]);
  printableSheet(people, '3:3', 'portrait');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The filtered list of conferences. */
export async function renderConferencesXlsx(items: ConferenceSummary[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Hội nghị');
  titled(sheet, 'Danh sách hội nghị', [
    'TT',
    'Hội nghị',
    'Loại',
    'Đơn vị tổ chức',
    'Ngày',
    'Địa điểm',
    'Số điểm cầu',
    'Số người dự',
    'Trạng thái',
  ]);
  items.forEach((c, index) =>
    sheet.addRow([
      index + 1,
      safeCellText(c.title),
      c.kindName,
      safeCellText(c.organiserName),
      date(c.heldOn),
      safeCellText(c.place),
      c.bridgePointCount,
      c.attending,
      conferenceStatuses[c.status].vi,
    ]),
  );
  sheet.getColumn(5).numFmt = 'dd/mm/yyyy';
  widths(sheet, [5, 50, 16, 24, 12, 24, 10, 10, 18]);
  printableSheet(sheet, '3:3');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
