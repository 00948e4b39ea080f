import type { DocumentImportResult, DocumentSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile as importFileOf, multipart, workbook, goodRows } from '../../test/document-import.js';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
const nextYear = new Date().getUTCFullYear() + 2;

const importFile = (cookie: string, unitId: number, content: Buffer, dryRun: boolean) =>
  importFileOf(t, cookie, unitId, content, dryRun);

const documentsOf = async (unitId: number) =>
  (await t.ownerQuery<{ n: number }>(`SELECT count(*)::int AS n FROM documents WHERE unit_id = $1`, [unitId]))[0].n;

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'tinh.dv', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv'])
    cookies[user] = await t.login(user);
  for (const code of ['AS-SH', 'AS-SH-P1', 'AS-SH-P1-KDV', 'AS-SH-P2-KDV']) ids[code] = await t.unitId(code);
});
afterAll(() => t.close());

describe('importing the outgoing-document register from Excel', () => {
  it('checks every row in a dry run, naming row, column and cell, and writes nothing', async () => {
    const registered = await t.call({
      method: 'POST',
      url: '/api/documents',
      cookie: cookies['phuong1.dv'],
      body: {
        unitId: ids['AS-SH-P1-KDV'],
        type: 'BC',
        symbol: '7-BC/KDVP1X',
        issuedOn: '2026-03-02',
        signer: 'Lê Thị Hồng Nhung',
        title: 'Báo cáo đã vào sổ',
      },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const before = await documentsOf(ids['AS-SH-P1-KDV']);
    const file = await workbook([
      [
        '1-KH/KDVP1X',
        new Date(Date.UTC(2026, 0, 5)),
        'Kế hoạch công tác dân vận năm 2026',
        'Lê Thị Hồng Nhung',
        '',
        'Dân vận khéo',
        'Ban hành',
      ],
      [
        '2 - kh/kdvp1x',
        '04/02/2026',
        'Kế hoạch đối thoại',
        'Lê Thị Hồng Nhung',
        'Kế hoạch',
        'Công tác tôn giáo; Tiếp dân, đơn thư',
        'Tham mưu',
      ],
      ['KH 3', '05/02/2026', 'Số sai', 'A', '', '', ''],
      ['1-KH/KDVP1X', '06/02/2026', 'Trùng dòng trên', 'A', '', '', ''],
      ['4-TM/KDVP1X', '07/02/2026', 'Thư mời', 'A', '', '', ''],
      ['5-KH/KDVP1X', '07/02/2026', 'Loại lạ', 'A', 'Thư mời', '', ''],
      ['6-CV/KDVP1X', '01/01/1900', 'Quá sớm', 'A', '', '', ''],
      ['7-CV/KDVP1X', `01/01/${nextYear}`, 'Quá muộn', 'A', '', '', ''],
      ['8-CV/KDVP1X', '31/02/2026', 'Ngày không có', 'A', '', 'Thời tiết', 'constructor'],
      ['7-BC/KDVP1X', '09/03/2026', 'Đã có trong sổ', 'A', 'BC', '', ''],
      ['9-CV/KDVP1X', '10/03/2026', '', '', 'KH', '', ''],
    ]);
    const response = await importFile(cookies['phuong1.dv'], ids['AS-SH-P1-KDV'], file, true);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json() as DocumentImportResult;
    expect(result).toMatchObject({
      total: 11,
      valid: 2,
      rejected: 9,
      imported: 0,
      applied: false,
      unitId: ids['AS-SH-P1-KDV'],
    });
    const problems = (row: number) =>
      result.rows.find((r) => r.row === row)?.problems.map((p) => [p.code, p.column, p.cell]);
    // Data starts under the header on row 3: the first document is row 4.
    expect(result.rows.slice(0, 2)).toMatchObject([
      { row: 4, ok: true, symbol: '1-KH/KDVP1X', type: 'KH', issuedOn: '2026-01-05' },
      { row: 5, ok: true, symbol: '2-KH/KDVP1X', type: 'KH', issuedOn: '2026-02-04' },
    ]);
    expect(problems(6)).toEqual([['invalid_symbol', 'SỐ, KÝ HIỆU', 'B6']]);
    expect(problems(7)).toEqual([['duplicate_in_file', 'SỐ, KÝ HIỆU', 'B7']]);
    expect(result.rows.find((r) => r.row === 7)?.problems[0].vi).toContain('dòng 4');
    expect(problems(8)).toEqual([['unknown_type', 'SỐ, KÝ HIỆU', 'B8']]);
    expect(problems(9)).toEqual([['unknown_type', 'Loại văn bản', 'F9']]);
    expect(problems(10)).toEqual([['date_out_of_range', 'ngay ban hanh (dd/mm/yyyy)', 'C10']]);
    expect(problems(11)).toEqual([['date_out_of_range', 'ngay ban hanh (dd/mm/yyyy)', 'C11']]);
    expect(problems(12)).toEqual([
      ['invalid_date', 'ngay ban hanh (dd/mm/yyyy)', 'C12'],
      ['unknown_topic', 'Chủ đề', 'G12'],
      ['unknown_role', 'Vai trò', 'H12'],
    ]);
    expect(problems(13)).toEqual([['already_registered', 'SỐ, KÝ HIỆU', 'B13']]);
    expect(problems(14)).toEqual([
      ['type_mismatch', 'SỐ, KÝ HIỆU', 'B14'],
      ['missing', 'Trích yếu nội dung', 'D14'],
      ['missing', 'Người ký', 'E14'],
    ]);
    expect(result.rows.find((r) => r.row === 14)?.problems[1].vi).toBe('Thiếu trích yếu nội dung');
    expect(await documentsOf(ids['AS-SH-P1-KDV'])).toBe(before);
  });

  it('imports all rows in one transaction, or none when any row is rejected', async () => {
    const unit = ids['AS-SH-P1-KDV'];
    const before = await documentsOf(unit);
    const good = goodRows;
    const rejected = await importFile(
      cookies['phuong1.dv'],
      unit,
      await workbook([...good, ['14-CV/KDVP1X', '31/02/2026', 'Ngày sai', 'A', '', '', '']]),
      false,
    );
    expect(rejected.statusCode, rejected.body).toBe(422);
    expect(errorBody(rejected)).toMatchObject({
      code: 'import_rejected',
      fields: [{ path: 'rows.7.issuedOn', vi: expect.stringContaining('C7') }],
    });
    expect(await documentsOf(unit)).toBe(before);

    const applied = await importFile(cookies['phuong1.dv'], unit, await workbook(good), false);
    expect(applied.statusCode, applied.body).toBe(200);
    expect(applied.json()).toMatchObject({ total: 3, valid: 3, rejected: 0, imported: 3, applied: true });
    expect(await documentsOf(unit)).toBe(before + 3);
    const found = (
      await t.call({
        method: 'GET',
        url: `/api/documents?unitId=${unit}&from=2026-04-01&to=2026-04-30&sort=issuedOn`,
        cookie: cookies['phuong1.dv'],
      })
    ).json().items as DocumentSummary[];
    expect(found.map((d) => [d.symbol, d.type, d.issuedOn, d.topics, d.role])).toEqual([
      ['11-KH/KDVP1X', 'KH', '2026-04-01', ['land_clearance', 'new_rural'], 'issued'],
      ['12-BC/KDVP1X', 'BC', '2026-04-15', ['religion'], 'advised'],
      ['13-QĐ/KDVP1X', 'QĐ', '2026-04-20', ['party_building'], 'issued'],
    ]);
    const audit = await t.ownerQuery<{ action: string; entity_id: string; actor_username: string }>(
      `SELECT action, entity_id, actor_username FROM audit_log WHERE action = 'document.import' ORDER BY id`,
    );
    expect(audit.map((a) => a.entity_id)).toEqual(found.map((d) => String(d.id)));
    expect(audit.every((a) => a.actor_username === 'phuong1.dv')).toBe(true);

    const again = await importFile(cookies['phuong1.dv'], unit, await workbook(good), false);
    expect(again.statusCode).toBe(422);
    expect(errorBody(again).fields?.map((f) => f.path)).toEqual(['rows.4.symbol', 'rows.5.symbol', 'rows.6.symbol']);
  });

  it('refuses the whole file when another branch holds a number/symbol the importer cannot see', async () => {
    const elsewhere = await t.call({
      method: 'POST',
      url: '/api/documents',
      cookie: cookies['phuong2.dv'],
      body: {
        unitId: ids['AS-SH-P2-KDV'],
        type: 'CV',
        symbol: '42-CV/KDVP1X',
        issuedOn: '2026-05-02',
        signer: 'B',
        title: 'Cùng ký hiệu, nhánh khác',
      },
    });
    expect(elsewhere.statusCode, elsewhere.body).toBe(201);
    const unit = ids['AS-SH-P1-KDV'];
    const before = await documentsOf(unit);
    const file = await workbook([
      ['41-CV/KDVP1X', '01/05/2026', 'Công văn', 'A', '', '', ''],
      ['42-CV/KDVP1X', '02/05/2026', 'Công văn', 'A', '', '', ''],
    ]);
    expect((await importFile(cookies['phuong1.dv'], unit, file, true)).json()).toMatchObject({ valid: 2, rejected: 0 });
    const applied = await importFile(cookies['phuong1.dv'], unit, file, false);
    expect(applied.statusCode, applied.body).toBe(422);
    expect(errorBody(applied).fields).toEqual([
      {
        path: 'rows.5.symbol',
        vi: 'B5: Số, ký hiệu đã được dùng trong năm',
        en: 'B5: This number/symbol is already used this year',
      },
    ]);
    expect(await documentsOf(unit)).toBe(before);
  });

  it('registers only for a unit in scope (404) that the account may write to (403 for viewers)', async () => {
    const file = await workbook([['21-KH/KDVP1X', '01/05/2026', 'Kế hoạch', 'A', '', '', '']]);
    const outside = await importFile(cookies['phuong2.dv'], ids['AS-SH-P1-KDV'], file, true);
    expect(outside.statusCode).toBe(404);
    expect(errorBody(outside).fields?.[0].path).toBe('query.unitId');
    expect(
      (
        await t.call({
          method: 'GET',
          url: `/api/documents/register.xlsx?unitId=${ids['AS-SH-P1-KDV']}`,
          cookie: cookies['phuong2.dv'],
        })
      ).statusCode,
    ).toBe(404);

    await t.call({
      method: 'POST',
      url: '/api/users',
      cookie: cookies.admin,
      body: {
        username: 'p1.xem',
        fullName: 'Người xem',
        password: 'mat-khau-xem-1',
        role: 'viewer',
        unitId: ids['AS-SH-P1'],
      },
    });
    const viewer = await t.login('p1.xem', 'mat-khau-xem-1');
    const denied = await importFile(viewer, ids['AS-SH-P1-KDV'], file, true);
    expect(denied.statusCode).toBe(403);
    errorBody(denied);
    expect(
      (
        await t.call({
          method: 'GET',
          url: `/api/documents/register.xlsx?unitId=${ids['AS-SH-P1-KDV']}`,
          cookie: viewer,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: `/api/documents/import?unitId=${ids['AS-SH-P1-KDV']}`,
          payload: multipart(file).payload,
          headers: { 'content-type': multipart(file).contentType },
        })
      ).statusCode,
    ).toBe(401);
  });

  it('answers a malformed upload with a 4xx naming the field, never a 500', async () => {
    const unit = ids['AS-SH-P1-KDV'];
    const cookie = cookies['phuong1.dv'];
    const send = (payload: Buffer | string, contentType: string, query = `unitId=${unit}`) =>
      t.app.inject({
        method: 'POST',
        url: `/api/documents/import?${query}`,
        headers: { cookie, 'content-type': contentType },
        payload,
      });
    const expectField = (response: Awaited<ReturnType<typeof send>>, status: number, path: string) => {
      expect(response.statusCode, response.body).toBe(status);
      expect(errorBody(response).fields?.[0].path).toBe(path);
    };
    expectField(await send('{"file":"x"}', 'application/json'), 415, 'file');
    expectField(
      await send(
        '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.xlsx"\r\n\r\nPK\u0003\u0004',
        'multipart/form-data; boundary=abc',
      ),
      400,
      'file',
    );
    expectField(await send('garbage', 'multipart/form-data'), 400, 'file');
    expectField(await send('--abc--\r\n', 'multipart/form-data; boundary=abc'), 400, 'file');
    const notXlsx = multipart(Buffer.from('MZ not a workbook at all'));
    expectField(await send(notXlsx.payload, notXlsx.contentType), 422, 'file');
    const empty = multipart(Buffer.alloc(0));
    expectField(await send(empty.payload, empty.contentType), 400, 'file');
    const noHeader = multipart(
      await workbook([['1-KH/X', '01/01/2026', 'a', 'b', '', '', '']], ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']),
    );
    expectField(await send(noHeader.payload, noHeader.contentType), 422, 'file');
    const noSigner = multipart(await workbook([], ['TT', 'Số, ký hiệu', 'Ngày ban hành', 'Trích yếu']));
    const missingColumn = await send(noSigner.payload, noSigner.contentType);
    expectField(missingColumn, 422, 'file');
    expect(errorBody(missingColumn).message.vi).toContain('Người ký');
    const good = multipart(await workbook([]));
    expectField(await send(good.payload, good.contentType, 'dryRun=true'), 400, 'query.unitId');
    expectField(await send(good.payload, good.contentType, `unitId=${unit}&dryRun=maybe`), 400, 'query.dryRun');
  });

  it('exports the register in the layout the import reads: re-importing it reports every row as a duplicate', async () => {
    const unit = ids['AS-SH-P1-KDV'];
    const exported = await t.call({
      method: 'GET',
      url: `/api/documents/register.xlsx?unitId=${unit}&from=2026-01-01&to=2026-12-31`,
      cookie: cookies['phuong1.dv'],
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('so-van-ban-di-AS-SH-P1-KDV-2026-01-01_2026-12-31.xlsx');
    const content = exported.rawPayload;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(content as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      'TT',
      'Số, ký hiệu',
      'Ngày ban hành',
      'Trích yếu',
      'Người ký',
      'Loại',
      'Chủ đề',
      'Vai trò',
    ]);
    const registered = (
      await t.ownerQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM documents WHERE unit_id = $1 AND issued_on BETWEEN '2026-01-01' AND '2026-12-31'`,
        [unit],
      )
    )[0].n;

    const response = await importFile(cookies['phuong1.dv'], unit, content, true);
    expect(response.statusCode, response.body).toBe(200);
    const result = response.json() as DocumentImportResult;
    expect(result.total).toBe(registered);
    expect(result.rows.length).toBeGreaterThan(0);
    expect(result.rows.every((row) => row.problems.length === 1 && row.problems[0].code === 'already_registered')).toBe(
      true,
    );
    const imported = result.rows.find((row) => row.symbol === '13-QĐ/KDVP1X');
    expect(imported).toMatchObject({ type: 'QĐ', issuedOn: '2026-04-20', title: 'Quyết định kiện toàn tổ dân vận' });
  });
});
