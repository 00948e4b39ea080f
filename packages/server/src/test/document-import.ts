// Factories for the tests of the document register's Excel import: a register workbook as officials
// keep it, the upload that carries it, and the rows of a register that imports cleanly.
import ExcelJS from 'exceljs';
import type { TestApp } from './harness.js';

/** A register as officials keep it: title lines, then a header written their way (accents, capitals, notes). */
export async function workbook(
  rows: unknown[][],
  header = [
    'STT',
    'SỐ, KÝ HIỆU',
    'ngay ban hanh (dd/mm/yyyy)',
    'Trích yếu nội dung',
    'Người ký',
    'Loại văn bản',
    'Chủ đề',
    'Vai trò',
  ],
) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Sổ đi 2026');
  sheet.addRow(['SỔ ĐĂNG KÝ VĂN BẢN ĐI']);
  sheet.addRow(['Khối dân vận Phường 1']);
  sheet.addRow(header);
  rows.forEach((row, index) => sheet.addRow([index + 1, ...row]));
  return Buffer.from(await book.xlsx.writeBuffer());
}

export function multipart(content: Buffer, fileName = 'so-van-ban-di.xlsx') {
  const boundary = '----danvan-import-boundary';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n`,
  );
  return {
    payload: Buffer.concat([head, content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

export async function importFile(t: TestApp, cookie: string, unitId: number, content: Buffer, dryRun: boolean) {
  const { payload, contentType } = multipart(content);
  return t.app.inject({
    method: 'POST',
    url: `/api/documents/import?unitId=${unitId}&dryRun=${dryRun}`,
    headers: { cookie, 'content-type': contentType },
    payload,
  });
}

/** Three rows of Phường 1's register (a plan of 01/04 on land clearance, a report of 15/04 on religion, a decision) that import cleanly. */
export const goodRows: unknown[][] = [
  [
    '11-KH/KDVP1X',
    new Date(Date.UTC(2026, 3, 1)),
    'Kế hoạch vận động hiến đất làm đường',
    'Lê Thị Hồng Nhung',
    'KH',
    'GPMB, Nông thôn mới',
    '',
  ],
  [
    '12-BC/KDVP1X',
    '15/04/2026',
    'Báo cáo tình hình tôn giáo quý I',
    'Hoàng Minh Tuấn',
    'Báo cáo',
    'Công tác tôn giáo',
    'Tham mưu',
  ],
  [
    // The type as a hurried hand types it: stored as the catalogue writes it, 13-QĐ/KDVP1X.
    '13-qđ/KDVP1X',
    '20/04/2026',
    'Quyết định kiện toàn tổ dân vận',
    'Hoàng Minh Tuấn',
    'Quyết định, quy định',
    'Xây dựng Đảng, hệ thống chính trị',
    'Ban hành',
  ],
];
