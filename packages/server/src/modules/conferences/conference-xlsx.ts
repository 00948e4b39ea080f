import {
  attendanceCategoryCodes,
  conferenceStatuses,
  type AttendanceCategory,
  type ConferenceDetail,
  type ConferenceSummary,
} from '@danvan/shared';
import ExcelJS from 'exceljs';
import { fitWrappedRow, printableSheet, safeCellText } from '../../files/xlsx.js';

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

/** The categories as a narrow column's heading can carry them. */
const shortCategories: Record<AttendanceCategory, string> = {
  leaders: 'Lãnh đạo',
  officials: 'Cán bộ',
  front: 'MTTQ, đoàn thể',
  citizens: 'Nhân dân',
};

const thin = { style: 'thin' } as const;
const boxed = { top: thin, left: thin, bottom: thin, right: thin } as const;
const headerFill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7EEF7' } } as const;

/** Rules every cell of the row from column 1 to `columns`, as a printed register is ruled. */
function ruled(row: ExcelJS.Row, columns: number) {
  for (let column = 1; column <= columns; column++) row.getCell(column).border = boxed;
}

/** The sheet's heading: its name in capitals, the conference and its day, centred over the table. */
function heading(sheet: ExcelJS.Worksheet, name: string, c: ConferenceDetail, columns: number) {
  const [y, m, d] = c.heldOn.split('-');
  const lines = [name, `${c.title}, ngày ${d}/${m}/${y}`];
  lines.forEach((text, index) => {
    const row = sheet.addRow([safeCellText(text)]);
    row.font = { bold: index === 0, size: index === 0 ? 14 : 12 };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    sheet.mergeCells(row.number, 1, row.number, columns);
  });
  sheet.addRow([]);
}

/** A header of two rows: `groups` span their columns under a common name; the others span both rows. */
function twoRowHeader(sheet: ExcelJS.Worksheet, columns: (string | { group: string; names: string[] })[]) {
  const top = sheet.addRow([]);
  const bottom = sheet.addRow([]);
  let at = 1;
  for (const column of columns) {
    if (typeof column === 'string') {
      top.getCell(at).value = column;
      sheet.mergeCells(top.number, at, bottom.number, at);
      at += 1;
    } else {
      top.getCell(at).value = column.group;
      sheet.mergeCells(top.number, at, top.number, at + column.names.length - 1);
      column.names.forEach((name, index) => (bottom.getCell(at + index).value = name));
      at += column.names.length;
    }
  }
  for (const row of [top, bottom]) {
    row.font = { bold: true };
    row.height = 32;
    for (let column = 1; column < at; column++) {
      const cell = row.getCell(column);
      cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      cell.fill = headerFill;
      cell.border = boxed;
    }
  }
}

/**
 * The conference's roster, as the organiser files it and prints it on A4 (landscape): the main hall
 * and each bridge point (unit, room, host, technical contact, the test, who attended by category
 * and in all, connected), ruled, with a totals row equal to the conference's "people attending";
 * the named attendees, present and absent, on a second sheet (portrait).
 */
export async function renderRosterXlsx(c: ConferenceDetail): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const points = workbook.addWorksheet('Điểm cầu');
  const categories = attendanceCategoryCodes.map((k) => shortCategories[k]);
  const width = 6 + categories.length + 2;
  // Columns first: a column's style set later would overwrite the header's.
  widths(points, [5, 20, 28, 24, 20, 17, 10, 10, 10, 10, 10, 9]);
  points.getColumn(6).numFmt = 'dd/mm/yyyy hh:mm';
  for (let column = 7; column <= 6 + categories.length + 1; column++) points.getColumn(column).numFmt = '#,##0';
  for (const column of [1, width]) points.getColumn(column).alignment = { horizontal: 'center', vertical: 'top' };
  heading(points, 'DANH SÁCH ĐIỂM CẦU VÀ SỐ ĐẠI BIỂU DỰ', c, width);
  twoRowHeader(points, [
    'TT',
    'Điểm cầu (đơn vị)',
    'Phòng họp, địa chỉ',
    'Chủ trì điểm cầu',
    'Kỹ thuật (điện thoại)',
    'Kiểm tra kết nối',
    { group: 'Số đại biểu dự (người)', names: [...categories, 'Tổng số'] },
    'Kết nối',
  ]);
  const sum = (counts: (number | null)[]) => counts.reduce<number>((total, n) => total + (n ?? 0), 0);
  const hall = attendanceCategoryCodes.map((k) => c[k]);
  // The main hall's own figures (typed on the attendance tab) are a line of their own when there are any.
  const lines = [
    ...(hall.some((n) => (n ?? 0) > 0)
      ? [{ unit: `Hội trường chính (${c.organiserName})`, place: c.place, counts: hall, rest: ['', '', null, ''] }]
      : []),
    ...c.bridgePoints.map((p) => ({
      unit: p.unitName,
      place: [p.room, p.address].filter(Boolean).join(', '),
      counts: attendanceCategoryCodes.map((k) => p[k]),
      rest: [
        p.host,
        p.techName + (p.techPhone ? ` (${p.techPhone})` : ''),
        p.testAt ? new Date(p.testAt) : null,
        p.connected === null ? '' : p.connected ? 'Có' : 'Không',
      ] as const,
    })),
  ];
  lines.forEach((line, index) => {
    const [host, tech, testAt, connected] = line.rest;
    const row = points.addRow([
      index + 1,
      safeCellText(line.unit),
      safeCellText(line.place),
      safeCellText(host ?? ''),
      safeCellText(tech ?? ''),
      testAt,
      ...line.counts,
      sum(line.counts),
      connected,
    ]);
    ruled(row, width);
    fitWrappedRow(row, [
      { column: 2, text: line.unit },
      { column: 3, text: line.place },
      { column: 4, text: host ?? '' },
      { column: 5, text: tech ?? '' },
    ]);
  });
  const totals = attendanceCategoryCodes.map((_, index) => sum(lines.map((line) => line.counts[index])));
  const total = points.addRow(['', 'Tổng cộng', '', '', '', '', ...totals, sum(totals), '']);
  total.font = { bold: true };
  points.mergeCells(total.number, 2, total.number, 6);
  ruled(total, width);
  printableSheet(points, '4:5');

  const people = workbook.addWorksheet('Đại biểu dự');
  widths(people, [5, 24, 24, 30, 17, 9]);
  people.getColumn(1).alignment = { horizontal: 'center', vertical: 'top' };
  heading(people, 'DANH SÁCH ĐẠI BIỂU', c, 6);
  const header = people.addRow(['TT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Thành phần', 'Có mặt']);
  header.font = { bold: true };
  header.height = 30;
  header.eachCell((cell) => {
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = headerFill;
  });
  ruled(header, 6);
  c.attendees.forEach((a, index) => {
    const row = people.addRow([
      index + 1,
      safeCellText(a.fullName),
      safeCellText(a.position),
      safeCellText(a.unitName),
      shortCategories[a.category],
      a.present ? 'Có mặt' : 'Vắng',
    ]);
    ruled(row, 6);
    fitWrappedRow(row, [
      { column: 2, text: a.fullName },
      { column: 3, text: a.position },
      { column: 4, text: a.unitName },
    ]);
  });
  const present = c.attendees.filter((a) => a.present).length;
  const footer = people.addRow(['', `Có mặt: ${present}; vắng: ${c.attendees.length - present}`]);
  footer.font = { italic: true };
  people.mergeCells(footer.number, 2, footer.number, 6);
  printableSheet(people, '4:4', 'portrait');
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
