import type { ReportView, RoundSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';
import { reportOf } from '../../test/reports.js';
import { safeCellText, XLSX_MIME } from '../../files/xlsx.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
let round2025: RoundSummary;
let round2026: RoundSummary;
/** Report ids: P1 of 2025 and 2026, P2 of 2026, the city's of 2026. */
const reports: Record<'p1_2025' | 'p1' | 'p2' | 'city', number> = { p1_2025: 0, p1: 0, p2: 0, city: 0 };

const nineMonths = (year: number) => ({
  openerUnitId: ids['AS-SH'],
  template: 'nine_month',
  year,
  periodStart: `${year - 1}-12-15`,
  periodEnd: `${year}-09-14`,
  deadline: `${year}-09-25`,
  reportingUnitTypes: ['ward'],
});

const figure = (view: ReportView, code: string) => view.rows.find((row) => row.indicator.code === code);

async function download(cookie: string, url: string) {
  const response = await t.app.inject({ method: 'GET', url, headers: { cookie } });
  return { response, body: response.rawPayload };
}

const upload = (cookie: string, reportId: number, body: Buffer, contentType = XLSX_MIME) =>
  t.app.inject({
    method: 'POST',
    url: `/api/reports/${reportId}/import.xlsx`,
    headers: { cookie, 'content-type': contentType },
    payload: body,
  });

async function loadWorkbook(buffer: Buffer): Promise<Workbook> {
  const workbook = new ExcelJS.Workbook();
  // exceljs types its Buffer as an ArrayBuffer; at run time it takes Node's Buffer.
  await workbook.xlsx.load(buffer as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  return workbook;
}

async function formOf(cookie: string, reportId: number): Promise<Workbook> {
  const { response, body } = await download(cookie, `/api/reports/${reportId}/form.xlsx`);
  expect(response.statusCode, response.body).toBe(200);
  return loadWorkbook(body);
}

/** The row number of an indicator code in a column of a sheet: the summary's last, the form's first. */
function rowOf(sheet: Worksheet, code: string, column = 1): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, column).value === code) return r;
  throw new Error(`no row for ${code}`);
}

const toBuffer = async (workbook: Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

/** The text of each paragraph of word/document.xml, entities decoded. */
function paragraphs(xml: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    decode([...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')),
  );
}

/** The cell texts of each table row. */
function tableRows(xml: string): string[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => paragraphs(cell[0]).join('\n')),
  );
}

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv']) cookies[user] = await t.login(user);
  for (const code of ['AS-SH', 'AS-SH-P1', 'AS-SH-P2']) ids[code] = await t.unitId(code);
  const opened = [];
  for (const year of [2025, 2026]) {
    const response = await t.call({
      method: 'POST',
      url: '/api/rounds',
      cookie: cookies['thanhpho.lanhdao'],
      body: nineMonths(year),
    });
    expect(response.statusCode, response.body).toBe(201);
    opened.push(response.json() as RoundSummary);
  }
  [round2025, round2026] = opened;
  reports.p1_2025 = (await reportOf(t, cookies.admin, round2025.id, ids['AS-SH-P1'])).id;
  reports.p1 = (await reportOf(t, cookies.admin, round2026.id, ids['AS-SH-P1'])).id;
  reports.p2 = (await reportOf(t, cookies.admin, round2026.id, ids['AS-SH-P2'])).id;
  reports.city = (await reportOf(t, cookies.admin, round2026.id, ids['AS-SH'])).id;

  // Last year's figures, for the comparison columns.
  const saved = await t.call({
    method: 'PUT',
    url: `/api/reports/${reports.p1_2025}`,
    cookie: cookies.admin,
    body: {
      // Document counts are computed from the (empty) register: stated by hand, they need a reason.
      values: [
        { code: 'VB_TONG', value: 1000, adjustReason: 'Văn bản giấy' },
        { code: 'VB_KH', value: 5, adjustReason: 'Văn bản giấy' },
      ],
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  expect(
    (await t.call({ method: 'POST', url: `/api/reports/${reports.p1_2025}/submit`, cookie: cookies.admin })).statusCode,
  ).toBe(200);
  expect(
    (
      await t.call({
        method: 'POST',
        url: `/api/reports/${reports.p1_2025}/approve`,
        cookie: cookies['thanhpho.lanhdao'],
      })
    ).statusCode,
  ).toBe(200);
});
afterAll(() => t.close());

describe('safeCellText', () => {
  it('neutralises text a spreadsheet would run as a formula', () => {
    for (const text of ['=HYPERLINK("http://x")', '+84912345678', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(safeCellText(text)).toBe(`'${text}`);
    expect(safeCellText('Phường 1')).toBe('Phường 1');
    expect(safeCellText('Tổng = 5')).toBe('Tổng = 5');
    expect(safeCellText('')).toBe('');
  });

  it('stores NFC and drops characters XML cannot carry', () => {
    expect(safeCellText('Phu\u031Bo\u031B\u0300ng')).toBe('Phường');
    expect(safeCellText('a\u0001b\u000Bc\nd')).toBe('abc\nd');
  });
});

describe('Excel form: download, fill offline, upload', () => {
  it('gives the unit a form pre-filled with its figures, rates left out, tied to the report by a hidden sheet', async () => {
    const { response, body } = await download(cookies['phuong1.dv'], `/api/reports/${reports.p1}/form.xlsx`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(XLSX_MIME);
    expect(response.headers['content-disposition']).toContain('filename="bieu-mau-phuong-1-nine-month-2026.xlsx"');
    expect(response.headers['content-disposition']).toContain("filename*=UTF-8''Bi%E1%BB%83u%20nh%E1%BA%ADp");
    const workbook = await loadWorkbook(body);
    const meta = workbook.getWorksheet('_meta');
    expect(meta?.state).toBe('veryHidden');
    const metaValues = Object.fromEntries(
      (meta?.getSheetValues() ?? []).filter(Boolean).map((row) => (row as unknown[]).slice(1, 3)),
    );
    expect(metaValues).toMatchObject({
      reportId: reports.p1,
      roundId: round2026.id,
      unitId: ids['AS-SH-P1'],
      version: 1,
    });

    const sheet = workbook.getWorksheet('Số liệu') as Worksheet;
    expect(sheet.getRow(6).values).toEqual([
      undefined,
      'Mã',
      'Chỉ tiêu',
      'Đơn vị tính',
      'Giá trị',
      'Tổng số',
      'Ghi chú/lý do điều chỉnh',
    ]);
    expect(() => rowOf(sheet, 'DT_TYLE_GQ')).toThrow();
    const computed = rowOf(sheet, 'DV_DOAN_THE');
    expect(typeof sheet.getCell(computed, 4).value).toBe('number');
    expect(sheet.getCell(computed, 1).protection?.locked).not.toBe(false);
    expect(sheet.getCell(computed, 4).protection?.locked).toBe(false);
  });

  it('saves the figures of a filled form, numbers typed as Vietnamese text included', async () => {
    const workbook = await formOf(cookies['phuong1.dv'], reports.p1);
    const sheet = workbook.getWorksheet('Số liệu') as Worksheet;
    sheet.getCell(rowOf(sheet, 'VB_TONG'), 4).value = 1234;
    sheet.getCell(rowOf(sheet, 'VB_KH'), 4).value = 7;
    sheet.getCell(rowOf(sheet, 'DV_THAM_GIA_DVK'), 4).value = 7;
    sheet.getCell(rowOf(sheet, 'DV_THAM_GIA_DVK'), 5).value = 8;
    for (const code of ['VB_TONG', 'VB_KH', 'DV_THAM_GIA_DVK'])
      sheet.getCell(rowOf(sheet, code), 6).value = 'Văn bản, mô hình chưa vào sổ';
    sheet.getCell(rowOf(sheet, 'HO_VAN_HOA'), 4).value = '1.500';
    sheet.getCell(rowOf(sheet, 'HO_VAN_HOA'), 5).value = { formula: '1000*2', result: 2000 };
    sheet.getCell(rowOf(sheet, 'QUY_VNN'), 4).value = '12,5';

    const response = await upload(cookies['phuong1.dv'], reports.p1, await toBuffer(workbook));
    expect(response.statusCode, response.body).toBe(200);
    const view = response.json() as ReportView;
    expect(figure(view, 'VB_TONG')?.own.value).toBe(1234);
    expect(figure(view, 'VB_KH')?.own.value).toBe(7);
    expect(figure(view, 'DV_THAM_GIA_DVK')?.own).toMatchObject({ value: 7, denominator: 8 });
    expect(figure(view, 'HO_VAN_HOA')?.own).toMatchObject({ value: 1500, denominator: 2000 });
    expect(figure(view, 'QUY_VNN')?.own.value).toBe(12.5);
    expect(figure(view, 'DV_DOAN_THE')?.own.source).toBe('computed');
    const audit = await t.ownerQuery<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_type = 'report' AND entity_id = $1`,
      [String(reports.p1)],
    );
    expect(audit.map((a) => a.action)).toEqual(['report.save']);
  });

  it('refuses a form with bad cells, naming each cell, and saves nothing', async () => {
    const workbook = await formOf(cookies['phuong1.dv'], reports.p1);
    const sheet = workbook.getWorksheet('Số liệu') as Worksheet;
    const rows = {
      text: rowOf(sheet, 'VB_TONG'),
      negative: rowOf(sheet, 'VB_KH'),
      coverage: rowOf(sheet, 'DV_THAM_GIA_DVK'),
      computed: rowOf(sheet, 'DV_DOAN_THE'),
      total: rowOf(sheet, 'VB_CT'),
      tooLarge: rowOf(sheet, 'VB_QD'),
    };
    sheet.getCell(rows.text, 4).value = 'nhiều';
    sheet.getCell(rows.negative, 4).value = -3;
    sheet.getCell(rows.coverage, 4).value = 9;
    sheet.getCell(rows.total, 5).value = 4;
    sheet.getCell(rows.tooLarge, 4).value = 2e12;
    sheet.getCell(rows.computed, 4).value = Number(sheet.getCell(rows.computed, 4).value) + 1;
    const unknown = sheet.rowCount + 1;
    sheet.getCell(unknown, 1).value = 'KHONG_CO';
    sheet.getCell(unknown, 4).value = 1;
    sheet.getCell(unknown + 1, 1).value = 'DT_TYLE_GQ';
    sheet.getCell(unknown + 1, 4).value = 50;

    const response = await upload(cookies['phuong1.dv'], reports.p1, await toBuffer(workbook));
    expect(response.statusCode, response.body).toBe(422);
    const error = errorBody(response);
    expect(error.code).toBe('invalid_cells');
    expect(error.fields?.map((f) => f.path).sort()).toEqual(
      [
        `Số liệu!D${rows.text}`,
        `Số liệu!D${rows.negative}`,
        `Số liệu!E${rows.coverage}`,
        `Số liệu!F${rows.computed}`,
        `Số liệu!E${rows.total}`,
        `Số liệu!D${rows.tooLarge}`,
        `Số liệu!A${unknown}`,
        `Số liệu!A${unknown + 1}`,
      ].sort(),
    );
    const textError = error.fields?.find((f) => f.path === `Số liệu!D${rows.text}`);
    expect(textError).toMatchObject({ vi: '"nhiều" không phải là số', en: '"nhiều" is not a number' });
    for (const field of error.fields ?? []) expect(field.vi && field.en).toBeTruthy();

    const view = await reportOf(t, cookies['phuong1.dv'], round2026.id, ids['AS-SH-P1']);
    expect(figure(view, 'VB_TONG')?.own.value).toBe(1234);
    expect(figure(view, 'VB_KH')?.own.value).toBe(7);
    const saves = await t.ownerQuery(`SELECT 1 FROM audit_log WHERE entity_type = 'report' AND entity_id = $1`, [
      String(reports.p1),
    ]);
    expect(saves).toHaveLength(1);
  });

  it("applies the catalogue's rules per cell: more within jurisdiction than received, a rate over 100 %", async () => {
    const workbook = await formOf(cookies['phuong1.dv'], reports.p1);
    const sheet = workbook.getWorksheet('Số liệu') as Worksheet;
    const [received, resolved, raised, answered] = ['DON_NHAN', 'DON_THAM_QUYEN', 'DT_YKIEN', 'DT_YKIEN_GQ'].map(
      (code) => rowOf(sheet, code),
    );
    sheet.getCell(received, 4).value = 5;
    sheet.getCell(resolved, 4).value = 9;
    sheet.getCell(raised, 4).value = 10;
    sheet.getCell(answered, 4).value = 12;
    const response = await upload(cookies['phuong1.dv'], reports.p1, await toBuffer(workbook));
    expect(response.statusCode, response.body).toBe(422);
    const error = errorBody(response);
    expect(error.code, response.body).toBe('figures_fail_rules');
    // The rate of answers (computed, not in the form) is named by its indicator.
    expect(error.fields?.map((f) => f.path).sort()).toEqual(
      [`Số liệu!D${resolved}`, `Số liệu!D${answered}`, 'values.DT_TYLE_GQ'].sort(),
    );
    expect(error.fields?.find((f) => f.path === `Số liệu!D${resolved}`)?.vi).toBe(
      'Đơn thuộc thẩm quyền: 9 lớn hơn "Đơn thư tiếp nhận" (5)',
    );
    expect(
      figure(await reportOf(t, cookies['phuong1.dv'], round2026.id, ids['AS-SH-P1']), 'DON_NHAN')?.own.value,
    ).toBeNull();
  });

  it('refuses the form of another unit or another round, and files that are not forms', async () => {
    const otherUnit = await formOf(cookies['phuong2.dv'], reports.p2);
    const wrongUnit = await upload(cookies['phuong1.dv'], reports.p1, await toBuffer(otherUnit));
    expect(wrongUnit.statusCode).toBe(422);
    expect(errorBody(wrongUnit).fields).toEqual([
      expect.objectContaining({ path: 'file', vi: expect.stringContaining('đơn vị khác') }),
    ]);

    const lastYear = await formOf(cookies['phuong1.dv'], reports.p1_2025);
    const wrongRound = await upload(cookies['phuong1.dv'], reports.p1, await toBuffer(lastYear));
    expect(wrongRound.statusCode).toBe(422);
    expect(errorBody(wrongRound).fields).toEqual([
      expect.objectContaining({ path: 'file', vi: expect.stringContaining('kỳ báo cáo khác') }),
    ]);

    const notExcel = await upload(cookies['phuong1.dv'], reports.p1, Buffer.from('xin chào, đây không phải tệp Excel'));
    expect(notExcel.statusCode).toBe(422);
    expect(errorBody(notExcel).fields?.[0].path).toBe('file');

    const plainWorkbook = new ExcelJS.Workbook();
    plainWorkbook.addWorksheet('Sheet1').getCell('A1').value = 'VB_TONG';
    const notForm = await upload(cookies['phuong1.dv'], reports.p1, await toBuffer(plainWorkbook));
    expect(notForm.statusCode).toBe(422);
    expect(errorBody(notForm).fields?.[0].path).toBe('file');

    // 40 MB of zeros packs into a few kilobytes: refused before it is unpacked in full.
    const bomb = new JSZip();
    bomb.file('xl/worksheets/sheet1.xml', Buffer.alloc(40 * 1024 * 1024));
    const bombed = await upload(
      cookies['phuong1.dv'],
      reports.p1,
      await bomb.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }),
    );
    expect(bombed.statusCode).toBe(422);

    const tooLarge = await upload(cookies['phuong1.dv'], reports.p1, Buffer.alloc(6 * 1024 * 1024));
    expect(tooLarge.statusCode).toBe(413);

    const json = await upload(cookies['phuong1.dv'], reports.p1, Buffer.from('{"values":[]}'), 'application/json');
    expect(json.statusCode).toBe(415);
  });

  it("keeps forms to the unit's own people and its reports in scope", async () => {
    expect(
      (await download(cookies['thanhpho.lanhdao'], `/api/reports/${reports.p1}/form.xlsx`)).response.statusCode,
    ).toBe(403);
    const form = await toBuffer(await formOf(cookies['phuong1.dv'], reports.p1));
    expect((await upload(cookies['thanhpho.lanhdao'], reports.p1, form)).statusCode).toBe(403);
    expect((await upload(cookies['phuong2.dv'], reports.p1, form)).statusCode).toBe(404);
    for (const file of ['export.docx', 'export.xlsx', 'form.xlsx']) {
      expect((await download(cookies['phuong2.dv'], `/api/reports/${reports.p1}/${file}`)).response.statusCode).toBe(
        404,
      );
    }
    expect((await download(cookies['phuong1.dv'], `/api/reports/999999/export.docx`)).response.statusCode).toBe(404);
  });

  it('refuses an upload into a submitted report with 409', async () => {
    const form = await toBuffer(await formOf(cookies['phuong1.dv'], reports.p1));
    const narrative = await t.call({
      method: 'PUT',
      url: `/api/reports/${reports.p1}`,
      cookie: cookies['phuong1.dv'],
      body: {
        values: [],
        narrative: {
          situation: 'Tình hình nhân dân trên địa bàn phường ổn định.\n\nCác tổ dân phố thực hiện tốt quy chế dân chủ.',
          results: '=HYPERLINK("http://example.com","bấm vào đây")',
          shortcomings: '-2 tổ dân phố nộp báo cáo chậm.',
        },
      },
    });
    expect(narrative.statusCode, narrative.body).toBe(200);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${reports.p1}/submit`, cookie: cookies['phuong1.dv'] }))
        .statusCode,
    ).toBe(200);
    const response = await upload(cookies['phuong1.dv'], reports.p1, form);
    expect(response.statusCode).toBe(409);
    expect(errorBody(response).code).toBe('illegal_transition');
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${reports.p1}/approve`, cookie: cookies['thanhpho.lanhdao'] }))
        .statusCode,
    ).toBe(200);
  });
});

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
    const documents = sheet.getRow(rowOf(sheet, 'VB_TONG', 11));
    expect([4, 5, 6, 7, 8, 9].map((c) => documents.getCell(c).value)).toEqual([1234, 1000, 1234, 1000, 234, 23.4]);
    expect(documents.getCell(4).numFmt).toBe('#,##0');
    const households = sheet.getRow(rowOf(sheet, 'HO_VAN_HOA', 11));
    expect(households.getCell(4).value).toBe(1500);
    expect(households.getCell(4).numFmt).toBe('#,##0"/2000"');
    // Rows empty in both years are left out, as in the Word annex.
    expect(() => rowOf(sheet, 'DON_NHAN', 11)).toThrow();

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
