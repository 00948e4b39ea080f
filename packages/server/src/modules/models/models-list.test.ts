import type { MovementDetail, ModelSummary } from '@danvan/shared';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
let movementId: number;
let otherMovementId: number;

const list = async (cookie: string, params: string) => {
  const response = await t.call({ method: 'GET', url: `/api/models?${params}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as ModelSummary[]).map((m) => m.name);
};

const register = async (cookie: string, body: Record<string, unknown>) => {
  const response = await t.call({ method: 'POST', url: '/api/models', cookie, body: { movementId, ...body } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as ModelSummary;
};

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv', 'tinh.dv'])
    cookies[user] = await t.login(user);
  for (const code of ['AS-SH', 'AS-SH-P1', 'AS-SH-P2', 'AS-SH-P3']) ids[code] = await t.unitId(code);
  const movement = await t.call({
    method: 'POST',
    url: '/api/movements',
    cookie: cookies['thanhpho.lanhdao'],
    body: {
      ownerUnitId: ids['AS-SH'],
      name: 'Phong trào thi đua "Dân vận khéo"',
      startOn: '2025-01-01',
      participantUnitIds: [ids['AS-SH-P1'], ids['AS-SH-P2'], ids['AS-SH-P3']],
    },
  });
  movementId = movement.json().id;
  // A movement of Phường 2 alone: Phường 1 must not see it.
  otherMovementId = (
    await t.call({
      method: 'POST',
      url: '/api/movements',
      cookie: cookies.admin,
      body: {
        ownerUnitId: ids['AS-SH-P2'],
        name: 'Khu phố văn minh',
        startOn: '2026-01-01',
        participantUnitIds: [ids['AS-SH-P2']],
      },
    })
  ).json().id;

  const cows = await register(cookies['phuong1.dv'], {
    unitId: ids['AS-SH-P1'],
    name: 'Tổ hợp tác nuôi bò sinh sản',
    field: 'economy',
    registeredOn: '2026-03-02',
  });
  await register(cookies['phuong1.dv'], {
    unitId: ids['AS-SH-P1'],
    name: '=HYPERLINK("http://x","Bấm vào")',
    field: 'culture_society',
    registeredOn: '2025-06-10',
    ownerPeople: '+Chi đoàn khu phố 3',
    results: 'Giúp 5 hộ',
    resultFigures: [{ label: 'Hộ được giúp', value: 5, unit: 'hộ' }],
  });
  const camera = await register(cookies['phuong2.dv'], {
    unitId: ids['AS-SH-P2'],
    name: 'Camera an ninh – "Mắt thần" khu phố',
    field: 'defense_security',
    registeredOn: '2026-04-01',
  });
  await register(cookies['phuong2.dv'], {
    unitId: ids['AS-SH-P2'],
    name: 'Ánh sáng đường quê',
    field: 'economy',
    registeredOn: '2026-05-01',
  });
  const lead = cookies['thanhpho.lanhdao'];
  await t.call({
    method: 'POST',
    url: `/api/models/${cows.id}/evaluations`,
    cookie: lead,
    body: { score: 92, evaluatedOn: '2026-09-01' },
  });
  await t.call({
    method: 'POST',
    url: `/api/models/${cows.id}/decision`,
    cookie: lead,
    body: { recognised: true, level: 'district', decidedOn: '2026-10-01' },
  });
  await t.call({
    method: 'POST',
    url: `/api/models/${camera.id}/evaluations`,
    cookie: lead,
    body: { score: 70, evaluatedOn: '2026-09-02' },
  });
});
afterAll(() => t.close());

describe('the models list: search, filters, order', () => {
  it('searches names without accents and filters by movement, field, status, level, subtree and year', async () => {
    const lead = cookies['thanhpho.lanhdao'];
    expect(await list(lead, 'q=nuoi%20bo')).toEqual(['Tổ hợp tác nuôi bò sinh sản']);
    expect(await list(lead, `q=${encodeURIComponent('MẮT THẦN')}`)).toEqual(['Camera an ninh – "Mắt thần" khu phố']);
    expect(await list(lead, 'q=anh%20sang%20duong')).toEqual(['Ánh sáng đường quê']);
    expect(await list(lead, 'field=economy&sort=name')).toEqual(['Ánh sáng đường quê', 'Tổ hợp tác nuôi bò sinh sản']);
    expect(await list(lead, 'status=evaluated')).toEqual(['Camera an ninh – "Mắt thần" khu phố']);
    expect(await list(lead, 'level=district')).toEqual(['Tổ hợp tác nuôi bò sinh sản']);
    expect(await list(lead, 'level=province')).toEqual([]);
    expect(await list(lead, 'year=2025')).toEqual(['=HYPERLINK("http://x","Bấm vào")']);
    expect(await list(lead, `unitId=${ids['AS-SH-P2']}&sort=registeredOn`)).toEqual([
      'Camera an ninh – "Mắt thần" khu phố',
      'Ánh sáng đường quê',
    ]);
    expect(await list(lead, `movementId=${movementId}&year=2026`)).toHaveLength(3);
    expect(await list(lead, `movementId=${otherMovementId}`)).toEqual([]);
  });

  it('orders by name (Vietnamese letters folded), date, unit, status and score', async () => {
    const lead = cookies['thanhpho.lanhdao'];
    // Punctuation sorts before letters; "Ánh" sorts as "anh", not after "Z".
    expect(await list(lead, 'sort=name')).toEqual([
      '=HYPERLINK("http://x","Bấm vào")',
      'Ánh sáng đường quê',
      'Camera an ninh – "Mắt thần" khu phố',
      'Tổ hợp tác nuôi bò sinh sản',
    ]);
    expect(await list(lead, '')).toEqual([
      'Ánh sáng đường quê',
      'Camera an ninh – "Mắt thần" khu phố',
      'Tổ hợp tác nuôi bò sinh sản',
      '=HYPERLINK("http://x","Bấm vào")',
    ]);
    expect((await list(lead, 'sort=-score')).slice(0, 2)).toEqual([
      'Tổ hợp tác nuôi bò sinh sản',
      'Camera an ninh – "Mắt thần" khu phố',
    ]);
    expect((await list(lead, 'sort=status'))[3]).toBe('Tổ hợp tác nuôi bò sinh sản');
    const byUnit = await list(lead, 'sort=unit');
    expect(byUnit.slice(0, 2).sort()).toEqual(['=HYPERLINK("http://x","Bấm vào")', 'Tổ hợp tác nuôi bò sinh sản']);
    const scored = (
      await t.call({ method: 'GET', url: '/api/models?sort=-score', cookie: lead })
    ).json() as ModelSummary[];
    expect(scored.map((m) => m.score)).toEqual([92, 70, null, null]);
  });

  it('keeps each ward to its own models, whatever the filter asks', async () => {
    expect(await list(cookies['phuong1.dv'], `unitId=${ids['AS-SH-P2']}`)).toEqual([]);
    expect(await list(cookies['phuong1.dv'], 'q=camera')).toEqual([]);
    expect(await list(cookies['phuong2.dv'], 'sort=name')).toEqual([
      'Ánh sáng đường quê',
      'Camera an ninh – "Mắt thần" khu phố',
    ]);
  });

  it('answers bad filters with the field in both languages', async () => {
    for (const [params, field] of [
      ['year=abc', 'query.year'],
      ['year=1800', 'query.year'],
      ['sort=price', 'query.sort'],
      ['level=world', 'query.level'],
      ['unitId=-1', 'query.unitId'],
    ]) {
      const response = await t.call({ method: 'GET', url: `/api/models?${params}`, cookie: cookies['phuong1.dv'] });
      expect(response.statusCode, params).toBe(400);
      expect(errorBody(response).fields?.[0].path).toBe(field);
    }
    expect(
      (await t.call({ method: 'GET', url: '/api/models/export.xlsx?year=x', cookie: cookies['phuong1.dv'] }))
        .statusCode,
    ).toBe(400);
  });
});

describe('Excel export of the filtered list', () => {
  const open = async (cookie: string | undefined, params: string) => {
    const response = await t.call({ method: 'GET', url: `/api/models/export.xlsx?${params}`, cookie });
    return {
      response,
      workbook:
        response.statusCode === 200
          ? await new ExcelJS.Workbook().xlsx.load(response.rawPayload as unknown as ArrayBuffer)
          : null,
    };
  };

  it('writes the filtered models with dates, levels and scores, and user text never runs as a formula', async () => {
    const { response, workbook } = await open(
      cookies['thanhpho.lanhdao'],
      `movementId=${movementId}&sort=registeredOn`,
    );
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain('danh-sach-mo-hinh.xlsx');
    const sheet = workbook?.getWorksheet('Mô hình');
    if (!sheet) throw new Error('no sheet');
    expect(sheet.getRow(3).getCell(2).value).toBe('Tên mô hình');
    expect(sheet.rowCount).toBe(7);
    const first = sheet.getRow(4);
    expect(first.getCell(2).value).toBe('\'=HYPERLINK("http://x","Bấm vào")');
    expect(first.getCell(2).formula).toBeUndefined();
    expect(first.getCell(4).value).toBe('Văn hóa – xã hội');
    expect(first.getCell(6).value).toBe("'+Chi đoàn khu phố 3");
    expect(first.getCell(7).value).toEqual(new Date(Date.UTC(2025, 5, 10)));
    expect(first.getCell(7).numFmt).toBe('dd/mm/yyyy');
    expect(first.getCell(13).value).toBe('Hộ được giúp: 5 hộ\nGiúp 5 hộ');
    const cows = sheet.getRow(5);
    expect(cows.getCell(2).value).toBe('Tổ hợp tác nuôi bò sinh sản');
    expect(cows.getCell(9).value).toBe('Được công nhận');
    expect(cows.getCell(10).value).toBe('Cấp huyện');
    expect(cows.getCell(11).value).toEqual(new Date(Date.UTC(2026, 9, 1)));
    expect(cows.getCell(12).value).toBe(92);
  });

  it('exports only what the reader may see and what the filter keeps', async () => {
    const ward = await open(cookies['phuong2.dv'], '');
    const names = ward.workbook?.getWorksheet('Mô hình')?.getColumn(2).values.slice(4);
    expect(names).toEqual(['Ánh sáng đường quê', 'Camera an ninh – "Mắt thần" khu phố']);
    const recognised = await open(cookies['tinh.dv'], 'status=recognised');
    expect(recognised.workbook?.getWorksheet('Mô hình')?.rowCount).toBe(4);
    expect((await open(undefined, '')).response.statusCode).toBe(401);
  });
});

describe('a movement with its participants', () => {
  it('lists the expected units with their models, as far as the reader sees', async () => {
    const city = await t.call({
      method: 'GET',
      url: `/api/movements/${movementId}`,
      cookie: cookies['thanhpho.lanhdao'],
    });
    expect(city.statusCode, city.body).toBe(200);
    const detail = city.json() as MovementDetail;
    expect(detail.participants).toEqual([
      { unitId: ids['AS-SH-P1'], unitName: 'Phường 1', models: 2 },
      { unitId: ids['AS-SH-P2'], unitName: 'Phường 2', models: 2 },
      { unitId: ids['AS-SH-P3'], unitName: 'Phường 3', models: 0 },
    ]);
    expect(detail).toMatchObject({
      participation: { taking: 2, expected: 3 },
      models: { registered: 4, recognised: 1 },
      abilities: { update: true },
    });
    const ward = (
      await t.call({ method: 'GET', url: `/api/movements/${movementId}`, cookie: cookies['phuong1.dv'] })
    ).json() as MovementDetail;
    expect(ward.participants.map((p) => p.unitName)).toEqual(['Phường 1']);
    expect(ward.abilities.update).toBe(false);
  });

  it("hides another branch's movement (404) and refuses a bad id (400)", async () => {
    expect(
      (await t.call({ method: 'GET', url: `/api/movements/${otherMovementId}`, cookie: cookies['phuong1.dv'] }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.call({ method: 'GET', url: `/api/movements/${otherMovementId}`, cookie: cookies['phuong2.dv'] }))
        .statusCode,
    ).toBe(200);
    expect(
      (await t.call({ method: 'GET', url: '/api/movements/999999', cookie: cookies['thanhpho.lanhdao'] })).statusCode,
    ).toBe(404);
    const bad = await t.call({ method: 'GET', url: '/api/movements/abc', cookie: cookies['thanhpho.lanhdao'] });
    expect(bad.statusCode).toBe(400);
    expect(errorBody(bad).fields?.[0].path).toBe('params.id');
    expect((await t.call({ method: 'GET', url: `/api/movements/${movementId}` })).statusCode).toBe(401);
  });
});
