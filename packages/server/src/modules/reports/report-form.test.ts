import type { ReportView, RoundSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import type { Workbook, Worksheet } from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { safeCellText, XLSX_MIME } from '../../files/xlsx.js';
import { errorBody, type TestApp } from '../../test/harness.js';
import { download as downloadFrom, loadWorkbook, openExportApp, sheetRow } from '../../test/report-export.js';
import { reportOf } from '../../test/reports.js';

// The Excel form of a report: downloaded pre-filled, filled offline and uploaded, checked cell by cell.
let t: TestApp;
let cookies: Record<string, string>;
let ids: Record<string, number>;
let round2026: RoundSummary;
let reports: Awaited<ReturnType<typeof openExportApp>>['reports'];

beforeAll(async () => {
  ({ t, cookies, ids, round2026, reports } = await openExportApp());
});
afterAll(() => t.close());

const figure = (view: ReportView, code: string) => view.rows.find((row) => row.indicator.code === code);
const download = (cookie: string, url: string) => downloadFrom(t, cookie, url);
const upload = (cookie: string, reportId: number, body: Buffer, contentType = XLSX_MIME) =>
  t.app.inject({
    method: 'POST',
    url: `/api/reports/${reportId}/import.xlsx`,
    headers: { cookie, 'content-type': contentType },
    payload: body,
  });

async function formOf(cookie: string, reportId: number): Promise<Workbook> {
  const { response, body } = await download(cookie, `/api/reports/${reportId}/form.xlsx`);
  expect(response.statusCode, response.body).toBe(200);
  return loadWorkbook(body);
}

const toBuffer = async (workbook: Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

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
    expect(() => sheetRow(sheet, 'DT_TYLE_GQ')).toThrow();
    const computed = sheetRow(sheet, 'DV_DOAN_THE');
    expect(typeof sheet.getCell(computed, 4).value).toBe('number');
    expect(sheet.getCell(computed, 1).protection?.locked).not.toBe(false);
    expect(sheet.getCell(computed, 4).protection?.locked).toBe(false);
  });

  it('saves the figures of a filled form, numbers typed as Vietnamese text included', async () => {
    const workbook = await formOf(cookies['phuong1.dv'], reports.p1);
    const sheet = workbook.getWorksheet('Số liệu') as Worksheet;
    sheet.getCell(sheetRow(sheet, 'VB_TONG'), 4).value = 1234;
    sheet.getCell(sheetRow(sheet, 'VB_KH'), 4).value = 7;
    sheet.getCell(sheetRow(sheet, 'DV_THAM_GIA_DVK'), 4).value = 7;
    sheet.getCell(sheetRow(sheet, 'DV_THAM_GIA_DVK'), 5).value = 8;
    for (const code of ['VB_TONG', 'VB_KH', 'DV_THAM_GIA_DVK'])
      sheet.getCell(sheetRow(sheet, code), 6).value = 'Văn bản, mô hình chưa vào sổ';
    sheet.getCell(sheetRow(sheet, 'HO_VAN_HOA'), 4).value = '1.500';
    sheet.getCell(sheetRow(sheet, 'HO_VAN_HOA'), 5).value = { formula: '1000*2', result: 2000 };
    sheet.getCell(sheetRow(sheet, 'QUY_VNN'), 4).value = '12,5';

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
      text: sheetRow(sheet, 'VB_TONG'),
      negative: sheetRow(sheet, 'VB_KH'),
      coverage: sheetRow(sheet, 'DV_THAM_GIA_DVK'),
      computed: sheetRow(sheet, 'DV_DOAN_THE'),
      total: sheetRow(sheet, 'VB_CT'),
      tooLarge: sheetRow(sheet, 'VB_QD'),
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
      (code) => sheetRow(sheet, code),
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
