import type { RoundSummary } from '@danvan/shared';
import type { Worksheet } from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBody, type TestApp } from '../../test/harness.js';
import {
  download as downloadFrom,
  loadWorkbook,
  openExportApp,
  paragraphs,
  sheetRow,
  tableRows,
} from '../../test/report-export.js';
import { fillReport } from '../../test/reports.js';

// The Word document in the Party's format and the Excel workbook of a report state its figures.
let t: TestApp;
let cookies: Record<string, string>;
let ids: Record<string, number>;
let round2026: RoundSummary;
let reports: Awaited<ReturnType<typeof openExportApp>>['reports'];

beforeAll(async () => {
  ({ t, cookies, ids, round2026, reports } = await openExportApp());
  // Phường 1's 2026 report as the form tests (report-form.test.ts) leave it: figures uploaded, a narrative, approved.
  const paper = 'Văn bản, mô hình chưa vào sổ';
  await fillReport(
    t,
    { roundId: round2026.id, unitId: ids['AS-SH-P1'] },
    [
      { code: 'VB_TONG', value: 1234, adjustReason: paper },
      { code: 'VB_KH', value: 7, adjustReason: paper },
      { code: 'DV_THAM_GIA_DVK', value: 7, denominator: 8, adjustReason: paper },
      { code: 'HO_VAN_HOA', value: 1500, denominator: 2000 },
      { code: 'QUY_VNN', value: 12.5 },
    ],
    {
      author: cookies['phuong1.dv'],
      approver: cookies['thanhpho.lanhdao'],
      narrative: {
        situation: 'Tình hình nhân dân trên địa bàn phường ổn định.\n\nCác tổ dân phố thực hiện tốt quy chế dân chủ.',
        results: '=HYPERLINK("http://example.com","bấm vào đây")',
        shortcomings: '-2 tổ dân phố nộp báo cáo chậm.',
      },
    },
  );
});
afterAll(() => t.close());

const download = (cookie: string, url: string) => downloadFrom(t, cookie, url);

describe('Word export in the Party format', () => {
  let xml = '';
  let headerXml = '';
  let text: string[] = [];

  beforeAll(async () => {
    const query = new URLSearchParams({ number: '03', signerName: 'Lê Thị Hồng Nhung', signerTitle: 'Trưởng khối' });
    const { response, body } = await download(cookies['phuong1.dv'], `/api/reports/${reports.p1}/export.docx?${query}`);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const disposition = String(response.headers['content-disposition']);
    expect(disposition).toContain('attachment; filename="bao-cao-phuong-1-nine-month-2026.docx"');
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1])).toBe(
      'Báo cáo kết quả công tác dân vận 9 tháng đầu năm 2026 - Phường 1.docx',
    );
    const zip = await JSZip.loadAsync(body);
    xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    headerXml = (await Promise.all(zip.file(/word\/header\d+\.xml/).map((file) => file.async('string')))).join('');
    text = paragraphs(xml);
  });

  it("has the Party header, title, subject, page numbers from the second page and the signature block of the bloc's head", () => {
    expect(xml).toBe(xml.normalize('NFC'));
    expect(text).toEqual(
      expect.arrayContaining([
        'ĐẢNG ỦY PHƯỜNG 1',
        'KHỐI DÂN VẬN',
        '*',
        'Số 03-BC/KDVP1',
        'ĐẢNG CỘNG SẢN VIỆT NAM',
        'BÁO CÁO',
        'Kết quả công tác dân vận 9 tháng đầu năm 2026, phương hướng, nhiệm vụ quý IV năm 2026',
        'Nơi nhận:',
        '- Ban Dân vận Thành ủy Sơn Hà (b/c),',
        '- Thường trực Đảng ủy Phường 1 (b/c),',
        '- Lưu VP.',
        'TRƯỞNG KHỐI',
        'Lê Thị Hồng Nhung',
      ]),
    );
    // A bloc signs as its head; T/M is for collective bodies.
    expect(text.some((p) => p.startsWith('T/M '))).toBe(false);
    expect(text.some((p) => /^Sơn Hà, ngày \d{2} tháng \d{1,2} năm \d{4}$/.test(p))).toBe(true);
    expect(text.indexOf('ĐẢNG CỘNG SẢN VIỆT NAM')).toBeLessThan(text.indexOf('BÁO CÁO'));
    expect(text).not.toContain('DỰ THẢO');
    // An approved report leaves out the sections nobody wrote, and numbers the rest in order.
    const headings = text.filter((p) => /^[IVX]+\. /.test(p));
    expect(headings).toEqual(['I. Tình hình chung', 'II. Kết quả đạt được', 'III. Hạn chế, nguyên nhân']);
    expect(text.indexOf('Nơi nhận:')).toBeGreaterThan(text.indexOf('III. Hạn chế, nguyên nhân'));
    expect(xml).toContain('<w:titlePg/>');
    expect(headerXml).toContain('PAGE');
  });

  it('splits the narrative into paragraphs', () => {
    const first = text.indexOf('Tình hình nhân dân trên địa bàn phường ổn định.');
    expect(first).toBeGreaterThan(text.indexOf('I. Tình hình chung'));
    expect(text[first + 1]).toBe('Các tổ dân phố thực hiện tốt quy chế dân chủ.');
    expect(text).toContain('-2 tổ dân phố nộp báo cáo chậm.');
  });

  it('tables the indicators in Vietnamese number format, coverage as x/y and missing as —', () => {
    const rows = tableRows(xml).map((row) => row.map((cell) => cell.replace(/\u200B/g, '')));
    expect(rows).toContainEqual([
      'TT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Kỳ này',
      'Cùng kỳ năm 2025',
      'Tăng/giảm',
      'Tỷ lệ %',
    ]);
    expect(rows).toContainEqual([
      '1',
      'Văn bản lãnh đạo, chỉ đạo đã ban hành, tham mưu',
      'văn bản',
      '1.234',
      '1.000',
      '+234',
      '+23,4',
    ]);
    // Entered by hand this year; last year had no figure, which is missing, never 0.
    expect(rows.find((row) => row[1] === 'Đơn vị tham gia phong trào "Dân vận khéo"')?.slice(3)).toEqual([
      '7/8',
      '—',
      '—',
      '—',
    ]);
    // From a base of 10 up, a coverage states its rate.
    expect(rows.find((row) => row[1] === 'Hộ đạt danh hiệu "Gia đình văn hóa"')?.[3]).toBe('1.500/2.000 (75%)');
    // Rows empty in both years go nowhere; the annex holds every figure, the body only the key ones.
    expect(rows.find((row) => row[1] === 'Đơn thư tiếp nhận')).toBeUndefined();
    expect(text).toContain('PHỤ LỤC');
    expect(text.indexOf('PHỤ LỤC')).toBeGreaterThan(text.indexOf('Nơi nhận:'));
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
  });

  it('sets A4, margins 25/25/35/15 mm and Times New Roman 14 pt', async () => {
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margins = Object.fromEntries(
      [...(/<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? '').matchAll(/w:(\w+)="(\d+)"/g)].map((m) => [m[1], Number(m[2])]),
    );
    expect(margins).toMatchObject({ top: 1417, bottom: 1417, left: 1984, right: 850 });
    expect(xml).toContain('w:ascii="Times New Roman"');
    expect(xml).not.toMatch(/w:ascii="(?!Times New Roman")/);
    // Body runs: 28 half-points; the title 16 pt, the Party line 15 pt.
    const bodyRun = /<w:r><w:rPr>([\s\S]*?)<\/w:rPr><w:t[^>]*>Tình hình nhân dân/.exec(xml)?.[1] ?? '';
    expect(bodyRun).toContain('<w:sz w:val="28"/>');
    expect(/<w:rPr>((?:(?!<\/w:rPr>).)*)<\/w:rPr><w:t[^>]*>BÁO CÁO</.exec(xml)?.[1]).toMatch(
      /<w:b\/>[\s\S]*<w:sz w:val="32"\/>/,
    );
    expect(/<w:rPr>((?:(?!<\/w:rPr>).)*)<\/w:rPr><w:t[^>]*>ĐẢNG CỘNG SẢN VIỆT NAM</.exec(xml)?.[1]).toContain(
      '<w:sz w:val="30"/>',
    );
  });

  it("heads the city's report with its mass-mobilization board under the city party committee, its own figures counted before approval", async () => {
    const saved = await t.call({
      method: 'PUT',
      url: `/api/reports/${reports.city}`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { values: [{ code: 'KT_GS', value: 12 }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const { response, body } = await download(cookies['thanhpho.lanhdao'], `/api/reports/${reports.city}/export.docx`);
    expect(response.statusCode).toBe(200);
    const cityXml = (await (await JSZip.loadAsync(body)).file('word/document.xml')?.async('string')) ?? '';
    const cityText = paragraphs(cityXml);
    expect(cityText).toEqual(
      expect.arrayContaining([
        'THÀNH ỦY SƠN HÀ',
        'BAN DÂN VẬN',
        'Số       -BC/BDVTU',
        '- Thường trực Thành ủy (b/c),',
        '- Các phường trực thuộc,',
        '- Lưu VP.',
      ]),
    );
    // The board's own inspections, and the area's total beside them.
    const cityRows = tableRows(cityXml);
    const own = cityRows.findIndex(
      (row) => row[1] === 'Cuộc kiểm tra, giám sát công tác dân vận (Ban Dân vận Thành ủy)',
    );
    expect(cityRows[own]?.[3]).toBe('12');
    expect(cityRows[own + 1]?.slice(1, 4)).toEqual(['Toàn địa bàn', 'cuộc', '12']);
    expect(cityText.some((p) => p.startsWith('Sơn Hà, ngày '))).toBe(true);
    const query = await download(
      cookies['thanhpho.lanhdao'],
      `/api/reports/${reports.city}/export.docx?number=${encodeURIComponent('<script>')}`,
    );
    expect(query.response.statusCode).toBe(400);
    expect(cityText[0]).toBe('DỰ THẢO');
    expect(cityText).toContain(
      'Số liệu tổng hợp từ báo cáo của Thành phố Sơn Hà và 1/8 báo cáo của đơn vị cấp dưới đã được duyệt; chưa có báo cáo được duyệt của: Phường 2, Phường 3, Phường 4, Phường 5, Phường 6, Phường 7, Phường 8.',
    );
    expect(cityText).toContain(
      'Tăng/giảm so sánh trên 1/9 đơn vị có báo cáo cả hai kỳ (chưa so sánh được: Thành phố Sơn Hà, Phường 2, Phường 3, Phường 4, Phường 5, Phường 6, Phường 7, Phường 8); số liệu kỳ này và cùng kỳ gồm mọi báo cáo đã có.',
    );
    expect(text.some((p) => p.startsWith('Số liệu tổng hợp từ'))).toBe(false);
  });

  it('signs as the head, a deputy for the head or for the collective, on the date of issue asked for', async () => {
    const options = new URLSearchParams({
      signing: 'deputy',
      headTitle: 'Trưởng ban',
      signerTitle: 'Phó Trưởng ban',
      signerName: 'Nguyễn Văn An',
      date: '2026-09-29',
    });
    const { response, body } = await download(
      cookies['thanhpho.lanhdao'],
      `/api/reports/${reports.city}/export.docx?${options}`,
    );
    expect(response.statusCode, response.body).toBe(200);
    const deputy = paragraphs((await (await JSZip.loadAsync(body)).file('word/document.xml')?.async('string')) ?? '');
    expect(deputy).toEqual(
      expect.arrayContaining(['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', 'Nguyễn Văn An', 'Sơn Hà, ngày 29 tháng 9 năm 2026']),
    );
    expect(deputy.some((p) => p.startsWith('T/M '))).toBe(false);
    const head = await download(
      cookies['thanhpho.lanhdao'],
      `/api/reports/${reports.city}/export.docx?signing=direct&signerTitle=${encodeURIComponent('Trưởng ban')}`,
    );
    const headText = paragraphs(
      (await (await JSZip.loadAsync(head.body)).file('word/document.xml')?.async('string')) ?? '',
    );
    expect(headText).toContain('TRƯỞNG BAN');
    expect(headText.some((p) => /^(T\/M|K\/T) /.test(p))).toBe(false);
    for (const bad of ['signing=president', 'date=29/09/2026']) {
      const refused = await t.call({
        method: 'GET',
        url: `/api/reports/${reports.city}/export.docx?${bad}`,
        cookie: cookies['thanhpho.lanhdao'],
      });
      expect(refused.statusCode, bad).toBe(400);
      expect(errorBody(refused).fields?.[0].path).toBe(`query.${bad.split('=')[0]}`);
    }
  });
});

describe('Excel export', () => {
  it('writes figures as numbers, and user text that looks like a formula as text', async () => {
    const { response, body } = await download(cookies['phuong1.dv'], `/api/reports/${reports.p1}/export.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('filename="bao-cao-phuong-1-nine-month-2026.xlsx"');
    const workbook = await loadWorkbook(body);
    const sheet = workbook.getWorksheet('Tổng hợp') as Worksheet;
    expect(sheet.getCell('A1').value).toBe('SỐ LIỆU KẾT QUẢ CÔNG TÁC DÂN VẬN 9 THÁNG ĐẦU NĂM 2026');
    expect(sheet.getCell('A2').value).toBe(`Khối dân vận Phường 1 — ${round2026.title}`);
    expect(String(sheet.getCell('A3').value)).toMatch(
      /^Kỳ số liệu: 15\/12\/2025 – 14\/09\/2026\. Trạng thái: Đã duyệt/,
    );
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      'TT',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Kỳ này',
      'Cùng kỳ năm 2025',
      'Kỳ này (cùng đơn vị)',
      'Cùng kỳ năm 2025 (cùng đơn vị)',
      'Tăng/giảm',
      'Tỷ lệ %',
      'Ghi chú',
      'Mã chỉ tiêu',
    ]);
    // Printable as it is: A4 landscape, one page wide, the heading row on every page.
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToWidth: 1,
      printTitlesRow: '5:5',
    });
    const documents = sheet.getRow(sheetRow(sheet, 'VB_TONG', 11));
    expect([4, 5, 6, 7, 8, 9].map((c) => documents.getCell(c).value)).toEqual([1234, 1000, 1234, 1000, 234, 23.4]);
    expect(documents.getCell(4).numFmt).toBe('#,##0');
    const households = sheet.getRow(sheetRow(sheet, 'HO_VAN_HOA', 11));
    expect(households.getCell(4).value).toBe(1500);
    expect(households.getCell(4).numFmt).toBe('#,##0"/2000"');
    // Rows empty in both years are left out, as in the Word annex.
    expect(() => sheetRow(sheet, 'DON_NHAN', 11)).toThrow();

    // The narrative has a sheet of its own, one wrapped paragraph a row.
    const narrative = workbook.getWorksheet('Phần nhận định') as Worksheet;
    expect(narrative.getCell('A5').alignment).toMatchObject({ wrapText: true });
    const texts: string[] = [];
    for (const each of [sheet, narrative]) {
      each.eachRow((row) =>
        row.eachCell((cell) => {
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      );
    }
    expect(texts).toContain(`'=HYPERLINK("http://example.com","bấm vào đây")`);
    expect(texts).toContain("'-2 tổ dân phố nộp báo cáo chậm.");
    expect(texts.filter((s) => /^[=+\-@]/.test(s))).toEqual([]);
  });

  it('lists the reporting units with their status, figures of unapproved ones left empty', async () => {
    const { response, body } = await download(cookies['thanhpho.lanhdao'], `/api/reports/${reports.city}/export.xlsx`);
    expect(response.statusCode).toBe(200);
    const sheet = (await loadWorkbook(body)).getWorksheet('Chi tiết đơn vị') as Worksheet;
    // Readable names head the columns; the codes are in a hidden row under them.
    expect(sheet.getRow(6).hidden).toBe(true);
    const column = (sheet.getRow(6).values as unknown[]).indexOf('VB_TONG');
    expect(column).toBeGreaterThan(2);
    expect(sheet.getCell(5, column).value).toBe('Văn bản lãnh đạo, chỉ đạo đã ban hành, tham mưu (văn bản)');
    const unitRow = (name: string) => {
      for (let r = 7; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === name) return sheet.getRow(r);
      throw new Error(`no row for ${name}`);
    };
    expect(unitRow('Thành phố Sơn Hà (số liệu của đơn vị)').getCell(2).value).toBe('Đang soạn');
    expect(unitRow('Toàn địa bàn').getCell(column).value).toBe(1234);
    expect(unitRow('Phường 1').getCell(2).value).toBe('Đã duyệt');
    expect(unitRow('Phường 1').getCell(column).value).toBe(1234);
    expect(unitRow('Phường 2').getCell(2).value).toBe('Đang soạn');
    expect(unitRow('Phường 2').getCell(column).value).toBeNull();
  });
});
