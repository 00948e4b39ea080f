import { existsSync } from 'node:fs';
import type { ImportJob, Unit } from '@danvan/shared';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';
import { ImportFormatError, parseCsv, parseImportFile, typeFromFullName } from './unit-import.parse.js';
import { runningImports } from './unit-import.service.js';

let t: TestApp;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const username of ['admin', 'thanhpho.lanhdao', 'phuong1.lanhdao', 'phuong1.dv'])
    cookies[username] = await t.login(username);
});
afterAll(async () => {
  await Promise.allSettled([...runningImports]);
  await t.close();
});

const startImport = (actor: string, body: Record<string, unknown>) =>
  t.call({
    method: 'POST',
    url: '/api/units/import',
    cookie: cookies[actor],
    body: { source: 'file', fileName: 'don-vi.csv', dryRun: false, ...body },
  });

async function finished(actor: string, started: LightMyRequestResponse): Promise<ImportJob> {
  if (started.statusCode !== 202) throw new Error(`import: ${started.statusCode} ${started.body}`);
  let job = started.json() as ImportJob;
  for (let i = 0; job.status === 'running'; i++) {
    if (i > 3000) throw new Error('import did not finish');
    await new Promise((resolve) => setTimeout(resolve, 10));
    const response = await t.call({ method: 'GET', url: `/api/units/import/${job.id}`, cookie: cookies[actor] });
    expect(response.statusCode).toBe(200);
    job = response.json() as ImportJob;
  }
  return job;
}

const importCsv = async (actor: string, parentCode: string, content: string, dryRun = false) =>
  finished(actor, await startImport(actor, { parentId: await t.unitId(parentCode), content, dryRun }));

const unitCount = async () => (await t.ownerQuery<{ n: number }>('SELECT count(*)::int AS n FROM units'))[0].n;

async function unitByCode(code: string) {
  const [row] = await t.ownerQuery<{ id: number; name: string; type: string; parent_id: number; path: string }>(
    'SELECT id, name, type, parent_id, path::text AS path FROM units WHERE code = $1',
    [code],
  );
  return row;
}

const goodCsv = [
  'code,name,type,parent_code',
  'P5-TDP1-PN,Chi hội Phụ nữ Tổ dân phố 1,womens_union,P5-TDP1',
  'P5-TDP1,Tổ dân phố 1,residential_area,',
  'P5-TDP2,"Tổ dân phố 2, khu ""Bắc""",residential_area,',
  'P5-TDP2-CCB,Chi hội Cựu chiến binh Tổ dân phố 2,veterans_association,P5-TDP2',
].join('\n');

describe('importing a CSV file', () => {
  it('creates the units of the file as a tree under the chosen parent, audited once', async () => {
    const before = await unitCount();
    const job = await importCsv('thanhpho.lanhdao', 'AS-SH-P5', goodCsv);
    expect(job).toMatchObject({
      status: 'done',
      error: null,
      summary: { total: 4, created: 4, updated: 0, unchanged: 0, rejected: [], applied: true },
    });
    expect(await unitCount()).toBe(before + 4);

    const ward = await unitByCode('AS-SH-P5');
    const tdp1 = await unitByCode('P5-TDP1');
    const tdp2 = await unitByCode('P5-TDP2');
    expect(tdp1).toMatchObject({
      name: 'Tổ dân phố 1',
      type: 'residential_area',
      parent_id: ward.id,
      path: `${ward.path}.u${tdp1.id}`,
    });
    expect(tdp2.name).toBe('Tổ dân phố 2, khu "Bắc"');
    expect(await unitByCode('P5-TDP1-PN')).toMatchObject({
      type: 'womens_union',
      parent_id: tdp1.id,
      path: `${tdp1.path}.u${(await unitByCode('P5-TDP1-PN')).id}`,
    });
    expect((await unitByCode('P5-TDP2-CCB')).parent_id).toBe(tdp2.id);

    const events = await t.ownerQuery(`SELECT 1 FROM unit_events WHERE kind = 'imported' AND unit_id = $1`, [tdp1.id]);
    expect(events).toHaveLength(1);
    const audit = await t.ownerQuery<{ actor_username: string; unit_id: number; after: Record<string, unknown> }>(
      `SELECT actor_username, unit_id, after FROM audit_log WHERE action = 'unit.import' AND actor_username <> 'admin'`,
    );
    expect(audit).toEqual([
      {
        actor_username: 'thanhpho.lanhdao',
        unit_id: ward.id,
        after: { source: 'don-vi.csv', total: 4, created: 4, updated: 0, unchanged: 0 },
      },
    ]);
  });

  it('leaves an identical re-import unchanged and updates a changed name', async () => {
    const before = await unitCount();
    const again = await importCsv('thanhpho.lanhdao', 'AS-SH-P5', goodCsv);
    expect(again.summary).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    const renamed = await importCsv(
      'thanhpho.lanhdao',
      'AS-SH-P5',
      goodCsv.replace('\nP5-TDP1,Tổ dân phố 1,', '\nP5-TDP1,Tổ dân phố Một,'),
    );
    expect(renamed.summary).toMatchObject({ created: 0, updated: 1, unchanged: 3 });
    expect(await unitCount()).toBe(before);
    expect((await unitByCode('P5-TDP1')).name).toBe('Tổ dân phố Một');
  });

  it('reads Vietnamese headers, semicolons, CRLF and a byte-order mark', async () => {
    const plain = await importCsv(
      'admin',
      'AS-SH-P7',
      'ma,ten,loai,ma_cap_tren\nP7-TDP1,Tổ dân phố 1,residential_area,\n',
    );
    expect(plain.summary).toMatchObject({ created: 1, rejected: [] });
    // The second file hangs its row under a unit created by the first (a parent code not in the file).
    const accented = await importCsv(
      'admin',
      'AS-SH-P7',
      '\uFEFFMã;Tên;Loại;Mã cấp trên\r\nP7-TDP1-DTN;Chi đoàn Tổ dân phố 1;youth_union;P7-TDP1\r\n',
    );
    expect(accented.summary).toMatchObject({ created: 1, unchanged: 0, rejected: [] });
    expect((await unitByCode('P7-TDP1-DTN')).parent_id).toBe((await unitByCode('P7-TDP1')).id);
  });
});

describe('rejected rows', () => {
  const badCsv = [
    'code,name,type,parent_code',
    'P6-A,Tổ dân phố A,residential_area,',
    'P6-A,Tổ dân phố A trùng,residential_area,',
    'P6-B,,residential_area,',
    'P6-C,Tổ dân phố C,hamlet,',
    'P6-D,Tổ dân phố D,residential_area,KHONG-CO',
    'P6-E,Chi hội Phụ nữ E,womens_union,P6-C',
    'P6-F,Chi hội Phụ nữ F,womens_union,P6-A',
  ].join('\n');
  const expected = [
    { row: 3, field: 'code', vi: 'Mã trùng với dòng 2' },
    { row: 4, field: 'name', en: 'Missing unit name' },
    { row: 5, field: 'type', en: 'Unknown unit type "hamlet"' },
    { row: 6, field: 'parentCode', en: 'Parent unit "KHONG-CO" not found' },
    { row: 7, field: 'parentCode', en: 'Parent row 5 was rejected' },
  ];

  it('lists each rejected row with its number, field and reason in a dry run, writing nothing', async () => {
    const before = await unitCount();
    const job = await importCsv('admin', 'AS-SH-P6', badCsv, true);
    expect(job.status).toBe('done');
    expect(job.summary).toMatchObject({ total: 7, created: 2, applied: false });
    expect(job.summary?.rejected).toMatchObject(expected);
    for (const rejection of job.summary?.rejected ?? []) expect(rejection.vi && rejection.en).toBeTruthy();
    expect(await unitCount()).toBe(before);
  });

  it('answers 422 with rows.<n>.<field> and writes nothing when applying', async () => {
    const before = await unitCount();
    const audits = await t.ownerQuery('SELECT 1 FROM audit_log');
    const response = await startImport('admin', { parentId: await t.unitId('AS-SH-P6'), content: badCsv });
    expect(response.statusCode).toBe(422);
    const error = errorBody(response);
    expect(error.code).toBe('import_rejected');
    expect(error.fields?.map((field) => field.path)).toEqual([
      'rows.3.code',
      'rows.4.name',
      'rows.5.type',
      'rows.6.parentCode',
      'rows.7.parentCode',
    ]);
    expect(await unitCount()).toBe(before);
    expect(await t.ownerQuery(`SELECT 1 FROM units WHERE code LIKE 'P6-%'`)).toHaveLength(0);
    expect(await t.ownerQuery('SELECT 1 FROM audit_log')).toHaveLength(audits.length);
  });

  it("refuses a code held by a unit outside the importer's scope", async () => {
    const csv = 'code,name,type,parent_code\nAS-DD-TX,Xã Thủy Xuân (giả),commune,\n';
    const dry = await importCsv('thanhpho.lanhdao', 'AS-SH', csv, true);
    expect(dry.summary?.rejected).toMatchObject([
      { row: 2, code: 'AS-DD-TX', field: 'code', en: 'The code belongs to a unit outside your scope' },
    ]);
    const applied = await startImport('thanhpho.lanhdao', { parentId: await t.unitId('AS-SH'), content: csv });
    expect(applied.statusCode).toBe(422);
    expect(errorBody(applied).fields?.map((field) => field.path)).toEqual(['rows.2.code']);
    expect((await unitByCode('AS-DD-TX')).name).toBe('Xã Thủy Xuân');

    const underOutside = await importCsv(
      'thanhpho.lanhdao',
      'AS-SH',
      'code,name,type,parent_code\nSH-X1,Chi hội thử,womens_union,AS-DD-TX\n',
      true,
    );
    expect(underOutside.summary?.rejected).toMatchObject([
      { row: 2, field: 'parentCode', en: 'Parent unit "AS-DD-TX" not found' },
    ]);
  });

  const badFiles: [string, string | undefined, string][] = [
    ['malformed JSON', '[{"code": "X1", "name": ', 'Tệp JSON không hợp lệ'],
    ['JSON that is not a list', '{"code": "X1"}', 'Tệp JSON phải là một danh sách đơn vị'],
    ['a CSV without a code column', 'ten,loai\nTổ 1,residential_area\n', 'Dòng tiêu đề CSV'],
    ['an unclosed quote', 'code,name\nX1,"Tổ 1\n', 'Tệp CSV có dấu ngoặc kép chưa đóng'],
    ['no file', undefined, 'Chưa chọn tệp'],
  ];

  for (const [name, content, vi] of badFiles) {
    it(`answers 400 on body.content for ${name}`, async () => {
      const response = await startImport('admin', { parentId: await t.unitId('AS-SH-P6'), content });
      expect(response.statusCode).toBe(400);
      const field = errorBody(response).fields?.[0];
      expect(field?.path).toBe('body.content');
      expect(field?.vi).toContain(vi);
    });
  }

  it('answers 400, not 500, to a NUL character in the file', async () => {
    const response = await startImport('admin', {
      parentId: await t.unitId('AS-SH-P6'),
      content: 'code,name,type\nX\u00001,Tổ 1,residential_area\n',
    });
    expect(response.statusCode).toBe(400);
    expect(errorBody(response).code).toBe('invalid_input');
  });
});

describe('who may import where', () => {
  const csv = 'code,name,type,parent_code\nSCOPE-1,Tổ dân phố thử,residential_area,\n';
  const cases: [string, string, number][] = [
    ['phuong1.dv', 'AS-SH-P1', 403],
    ['phuong1.lanhdao', 'AS-SH-P2', 404],
    ['phuong1.lanhdao', 'AS-SH', 404],
    ['thanhpho.lanhdao', 'AS-DD', 404],
  ];
  for (const [actor, parentCode, status] of cases) {
    it(`${actor} importing under ${parentCode} → ${status}`, async () => {
      for (const dryRun of [true, false]) {
        const response = await startImport(actor, { parentId: await t.unitId(parentCode), content: csv, dryRun });
        expect(response.statusCode).toBe(status);
        const error = errorBody(response);
        if (status === 404) expect(error.fields?.[0].path).toBe('body.parentId');
      }
      expect(await t.ownerQuery(`SELECT 1 FROM units WHERE code = 'SCOPE-1'`)).toHaveLength(0);
    });
  }

  it('refuses, per row, changes to units the importer may not rename or move', async () => {
    const csv = 'code,name,type,parent_code\nAS-SH-P1,Phường Một,ward,\n';
    const job = await importCsv('phuong1.lanhdao', 'AS-SH-P1', csv, true);
    expect(job.summary?.rejected).toEqual([
      expect.objectContaining({ row: 2, field: 'code', en: 'You may not change or move this unit' }),
    ]);
    expect((await unitByCode('AS-SH-P1')).name).toBe('Phường 1');
  });

  it('answers 400 to a file without units', async () => {
    const response = await startImport('admin', {
      parentId: await t.unitId('AS-SH-P6'),
      content: 'code,name,type,parent_code\n',
    });
    expect(response.statusCode).toBe(400);
    expect(errorBody(response).fields?.[0].path).toBe('body.content');
  });

  it('shows an import job only to the user who started it', async () => {
    const started = await startImport('admin', { parentId: await t.unitId('AS-SH-P8'), content: csv, dryRun: true });
    const { id } = started.json() as ImportJob;
    expect((await t.call({ method: 'GET', url: `/api/units/import/${id}`, cookie: cookies.admin })).statusCode).toBe(
      200,
    );
    const other = await t.call({ method: 'GET', url: `/api/units/import/${id}`, cookie: cookies['thanhpho.lanhdao'] });
    expect(other.statusCode).toBe(404);
    expect(errorBody(other).code).toBe('not_found');
    expect(
      (
        await t.call({
          method: 'GET',
          url: '/api/units/import/00000000-0000-4000-8000-000000000000',
          cookie: cookies.admin,
        })
      ).statusCode,
    ).toBe(404);
    const bad = await t.call({ method: 'GET', url: '/api/units/import/not-a-uuid', cookie: cookies.admin });
    expect(bad.statusCode).toBe(400);
    expect(errorBody(bad).fields?.[0].path).toBe('params.jobId');
  });
});

describe('the official list of 2025', () => {
  // The official lists live beside the repository (../shared/data), not in it: a checkout elsewhere skips this.
  it.skipIf(!existsSync(loadConfig().referenceDataDir))(
    'imports 34 provinces and 3321 communes under the root, searchable without accents',
    { timeout: 180_000 },
    async () => {
      const before = await unitCount();
      const job = await finished('admin', await startImport('admin', { parentId: 1, source: 'reference:post2025' }));
      expect(job.error).toBeNull();
      expect(job.summary).toMatchObject({
        total: 34 + 3321,
        created: 34 + 3321,
        updated: 0,
        unchanged: 0,
        rejected: [],
        applied: true,
      });
      expect(job.processed).toBe(job.total);
      expect(await unitCount()).toBe(before + 34 + 3321);

      const hanoi = await unitByCode('01');
      expect(hanoi).toMatchObject({ name: 'Thành phố Hà Nội', type: 'central_city', parent_id: 1 });
      expect(await unitByCode('00004')).toMatchObject({ name: 'Phường Ba Đình', type: 'ward', parent_id: hanoi.id });
      const types = await t.ownerQuery<{ type: string }>(
        `SELECT DISTINCT type FROM units WHERE code ~ '^[0-9]+$' ORDER BY type`,
      );
      expect(types.map((row) => row.type)).toEqual(['central_city', 'commune', 'province', 'special_zone', 'ward']);

      const search = await t.call({
        method: 'GET',
        url: `/api/units?q=${encodeURIComponent('ba dinh')}`,
        cookie: cookies.admin,
      });
      expect(search.statusCode).toBe(200);
      expect((search.json() as Unit[]).map((unit) => unit.name)).toContain('Phường Ba Đình');
    },
  );
});

describe('parser', () => {
  it('reads quoted fields, doubled quotes, commas and semicolons, CRLF and a BOM, skipping blank lines', () => {
    expect(parseCsv('\uFEFFa,b;c\r\n"x, y";"say ""hi""",\r\n\r\n"multi\nline",2,3')).toEqual([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', ''],
      ['multi\nline', '2', '3'],
    ]);
    expect(parseCsv('a,b\n1,2\n')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(() => parseCsv('a,"b\n1,2')).toThrow(ImportFormatError);
  });

  it('maps English and Vietnamese headers and numbers rows from the header line', () => {
    const rows = parseImportFile(
      'Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã cấp trên,Ghi chú\n  X1 , Tổ   dân phố 1 ,residential_area,,bỏ qua\n',
    );
    expect(rows).toEqual([{ row: 2, code: 'X1', name: 'Tổ dân phố 1', type: 'residential_area', parentCode: null }]);
    const json = parseImportFile('[{"code":"X1","name":"Tổ 1","type":"residential_area","parentCode":"X0"}]');
    expect(json).toEqual([{ row: 1, code: 'X1', name: 'Tổ 1', type: 'residential_area', parentCode: 'X0' }]);
    expect(() => parseImportFile('  \n ')).toThrow(ImportFormatError);
  });

  it('derives the unit type from an official full name', () => {
    const cases: [string, number, string | null][] = [
      ['Thành phố Hà Nội', 0, 'central_city'],
      ['Thành phố Thủ Đức', 1, 'provincial_city'],
      ['Tỉnh Cao Bằng', 0, 'province'],
      ['Quận Ba Đình', 1, 'urban_district'],
      ['Huyện Đông Anh', 1, 'district'],
      ['Thị xã Sơn Tây', 1, 'town'],
      ['Thị trấn Đông Anh', 2, 'township'],
      ['Phường Ba Đình', 1, 'ward'],
      ['xã Tân Hòa', 1, 'commune'],
      ['Đặc khu Phú Quốc', 1, 'special_zone'],
      ['Khu phố 3', 2, null],
      ['Xãhội', 1, null],
    ];
    for (const [name, depth, type] of cases) expect(typeFromFullName(name, depth), name).toBe(type);
  });
});
