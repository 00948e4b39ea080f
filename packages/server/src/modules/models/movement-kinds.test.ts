import type { MovementKind, MovementSummary, ReportView, RoundSummary } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inScope } from '../../db/scope.js';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';
import { reportOf } from '../../test/reports.js';
import { computedIndicators } from '../../reporting/indicator-providers.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
const wards = Array.from({ length: 8 }, (_, i) => `AS-SH-P${i + 1}`);
const period = { start: '2025-12-15', end: '2026-06-14' };

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'thanhpho.lanhdao', 'phuong1.dv']) cookies[user] = await t.login(user);
  for (const code of ['AS', 'AS-SH', 'AS-SH-MT', 'AS-DD', 'AS-DD-TH', ...wards]) ids[code] = await t.unitId(code);
});
afterAll(() => t.close());

async function launch(cookie: string, body: Record<string, unknown>): Promise<MovementSummary> {
  const response = await t.call({
    method: 'POST',
    url: '/api/movements',
    cookie,
    body: { startOn: '2026-01-01', ...body },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

async function register(movementId: number, unitCode: string) {
  const response = await t.call({
    method: 'POST',
    url: '/api/models',
    cookie: cookies.admin,
    body: {
      movementId,
      unitId: ids[unitCode],
      name: `Mô hình của ${unitCode}`,
      field: 'culture_society',
      registeredOn: '2026-02-10',
    },
  });
  expect(response.statusCode, response.body).toBe(201);
}

const listOf = async (cookie: string, query = '') => {
  const response = await t.call({ method: 'GET', url: `/api/movements${query}`, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as MovementSummary[];
};

describe('kinds of movement', () => {
  it('are listed for the movement form to every signed-in account, in their order', async () => {
    const response = await t.call({ method: 'GET', url: '/api/movement-kinds', cookie: cookies['phuong1.dv'] });
    expect(response.statusCode).toBe(200);
    expect(response.json() as MovementKind[]).toEqual([
      { code: 'dan_van_kheo', nameVi: 'Dân vận khéo', nameEn: 'Skilled mass mobilization' },
      {
        code: 'chinh_quyen_than_thien',
        nameVi: 'Chính quyền thân thiện, vì Nhân dân phục vụ',
        nameEn: 'Friendly government, serving the people',
      },
      { code: 'other', nameVi: 'Phong trào khác', nameEn: 'Other movement' },
    ]);
    expect((await t.call({ method: 'GET', url: '/api/movement-kinds' })).statusCode).toBe(401);
  });

  it('are given when a movement is launched or edited (Dân vận khéo by default), and an unknown one is refused at body.kind', async () => {
    const plain = await launch(cookies['thanhpho.lanhdao'], {
      ownerUnitId: ids['AS-SH'],
      name: 'Phong trào không nói loại',
    });
    expect(plain).toMatchObject({
      kind: 'dan_van_kheo',
      kindName: { vi: 'Dân vận khéo', en: 'Skilled mass mobilization' },
    });

    const unknown = await t.call({
      method: 'POST',
      url: '/api/movements',
      cookie: cookies['thanhpho.lanhdao'],
      body: {
        ownerUnitId: ids['AS-SH'],
        kind: 'thi_dua_yeu_nuoc',
        name: 'X',
        startOn: '2026-01-01',
      },
    });
    expect(unknown.statusCode).toBe(400);
    const error = errorBody(unknown);
    expect(error.code).toBe('invalid_input');
    expect(error.fields?.[0]).toMatchObject({
      path: 'body.kind',
      vi: expect.stringContaining('thi_dua_yeu_nuoc'),
      en: expect.stringContaining('thi_dua_yeu_nuoc'),
    });
    const notText = await t.call({
      method: 'POST',
      url: '/api/movements',
      cookie: cookies['thanhpho.lanhdao'],
      body: { ownerUnitId: ids['AS-SH'], kind: 3, name: 'X', startOn: '2026-01-01' },
    });
    expect(errorBody(notText).fields?.[0].path).toBe('body.kind');

    const edit = { ownerUnitId: ids['AS-SH'], name: 'Phong trào đổi loại', startOn: '2026-01-01' };
    const badEdit = await t.call({
      method: 'PUT',
      url: `/api/movements/${plain.id}`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { ...edit, kind: 'khong_co' },
    });
    expect(badEdit.statusCode).toBe(400);
    expect(errorBody(badEdit).fields?.[0].path).toBe('body.kind');
    const edited = await t.call({
      method: 'PUT',
      url: `/api/movements/${plain.id}`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { ...edit, kind: 'other' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ kind: 'other', kindName: { vi: 'Phong trào khác' } });
    const [audit] = await t.ownerQuery<{ after: { kind: string } }>(
      `SELECT after FROM audit_log WHERE entity_type = 'movement' AND entity_id = $1 AND action = 'movement.update'`,
      [String(plain.id)],
    );
    expect(audit.after.kind).toBe('other');
  });

  it('are refused to a role that may not launch (403) and on a movement out of scope (404)', async () => {
    const ward = await t.call({
      method: 'POST',
      url: '/api/movements',
      cookie: cookies['phuong1.dv'],
      body: {
        ownerUnitId: ids['AS-SH-P1'],
        kind: 'chinh_quyen_than_thien',
        name: 'X',
        startOn: '2026-01-01',
      },
    });
    expect(ward.statusCode).toBe(403);
    const district = await launch(cookies.admin, {
      ownerUnitId: ids['AS-DD'],
      kind: 'chinh_quyen_than_thien',
      name: 'Phong trào của huyện',
      participantUnitIds: [ids['AS-DD-TH']],
    });
    const outside = await t.call({
      method: 'PUT',
      url: `/api/movements/${district.id}`,
      cookie: cookies['thanhpho.lanhdao'],
      body: {
        ownerUnitId: ids['AS-SH'],
        kind: 'dan_van_kheo',
        name: 'Chiếm phong trào của huyện',
        startOn: '2026-01-01',
      },
    });
    expect(outside.statusCode).toBe(404);
    expect((await listOf(cookies['thanhpho.lanhdao'])).map((m) => m.id)).not.toContain(district.id);
  });

  it('filter the movements list, an unknown kind being a 400 at query.kind', async () => {
    const friendly = await launch(cookies['thanhpho.lanhdao'], {
      ownerUnitId: ids['AS-SH'],
      kind: 'chinh_quyen_than_thien',
      name: 'Chính quyền thân thiện của thành phố',
    });
    const onlyFriendly = await listOf(cookies['thanhpho.lanhdao'], '?kind=chinh_quyen_than_thien');
    expect(onlyFriendly.map((m) => m.id)).toContain(friendly.id);
    expect(onlyFriendly.every((m) => m.kind === 'chinh_quyen_than_thien')).toBe(true);
    expect((await listOf(cookies['thanhpho.lanhdao'], '?kind=dan_van_kheo')).map((m) => m.id)).not.toContain(
      friendly.id,
    );
    expect((await listOf(cookies['thanhpho.lanhdao'])).map((m) => m.id)).toContain(friendly.id);
    const unknown = await t.call({
      method: 'GET',
      url: '/api/movements?kind=khong_co',
      cookie: cookies['thanhpho.lanhdao'],
    });
    expect(unknown.statusCode).toBe(400);
    expect(errorBody(unknown).fields?.[0].path).toBe('query.kind');
  });
});

describe('coverage of a kind of movement in the reports', () => {
  let round: RoundSummary;
  const row = (view: ReportView, code: string) => view.rows.find((r) => r.indicator.code === code);

  beforeAll(async () => {
    // The city's "Dân vận khéo" movement expects its 8 wards, and every ward registers a model under it.
    const city = await launch(cookies['thanhpho.lanhdao'], {
      ownerUnitId: ids['AS-SH'],
      kind: 'dan_van_kheo',
      name: 'Dân vận khéo 2026',
      participantUnitIds: wards.map((w) => ids[w]),
    });
    for (const ward of wards) await register(city.id, ward);
    // The province's "Dân vận khéo" movement expects the city and the district, and ward 1 again.
    await launch(cookies.admin, {
      ownerUnitId: ids.AS,
      kind: 'dan_van_kheo',
      name: 'Dân vận khéo của tỉnh',
      participantUnitIds: [ids['AS-SH'], ids['AS-DD'], ids['AS-SH-P1']],
    });
    // Movements of the city outside the period expect its Fatherland Front: they do not count.
    await launch(cookies['thanhpho.lanhdao'], {
      ownerUnitId: ids['AS-SH'],
      name: 'Đã kết thúc',
      startOn: '2025-01-01',
      endOn: '2025-12-14',
      participantUnitIds: [ids['AS-SH-MT']],
    });
    await launch(cookies['thanhpho.lanhdao'], {
      ownerUnitId: ids['AS-SH'],
      name: 'Chưa bắt đầu',
      startOn: '2026-06-15',
      participantUnitIds: [ids['AS-SH-MT']],
    });
    // The province's friendly-government movement expects wards 1 and 2; only ward 1 takes part in it.
    const friendly = await launch(cookies.admin, {
      ownerUnitId: ids.AS,
      kind: 'chinh_quyen_than_thien',
      name: 'Chính quyền thân thiện, vì Nhân dân phục vụ',
      participantUnitIds: [ids['AS-SH-P1'], ids['AS-SH-P2']],
    });
    await register(friendly.id, 'AS-SH-P1');

    const opened = await t.call({
      method: 'POST',
      url: '/api/rounds',
      cookie: cookies.admin,
      body: {
        openerUnitId: ids.AS,
        template: 'six_month',
        year: 2026,
        periodStart: period.start,
        periodEnd: period.end,
        deadline: '2026-06-25',
        reportingUnitTypes: ['provincial_city', 'district', 'ward'],
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    round = opened.json();
  });

  it("counts the city's 8 wards as 8/8, not the city itself although the province's movement expects it, and a ward reporting for itself has no figure", async () => {
    const city = await reportOf(t, cookies['thanhpho.lanhdao'], round.id, ids['AS-SH']);
    expect(row(city, 'DV_THAM_GIA_DVK')?.indicator.computedKey).toBe('movements.participation.dan_van_kheo');
    expect(row(city, 'DV_THAM_GIA_DVK')?.own).toMatchObject({ value: 8, denominator: 8, source: 'computed' });
    const ward = await reportOf(t, cookies['phuong1.dv'], round.id, ids['AS-SH-P1']);
    expect(row(ward, 'DV_THAM_GIA_DVK')?.own.value).toBeNull();
    expect(row(ward, 'DV_THAM_GIA_CQTT')?.own.value).toBeNull();
    // The province counts the units just below it that the movements expect: the city and the district, neither with a model.
    expect(row(await reportOf(t, cookies.admin, round.id, ids['AS']), 'DV_THAM_GIA_DVK')?.own).toMatchObject({
      value: 0,
      denominator: 2,
    });
  });

  it('counts the friendly-government movement in DV_THAM_GIA_CQTT only', async () => {
    const city = await reportOf(t, cookies['thanhpho.lanhdao'], round.id, ids['AS-SH']);
    expect(row(city, 'DV_THAM_GIA_CQTT')?.indicator).toMatchObject({
      aggregation: 'coverage',
      computedKey: 'movements.participation.chinh_quyen_than_thien',
    });
    expect(row(city, 'DV_THAM_GIA_CQTT')?.own).toMatchObject({ value: 1, denominator: 2 });
    expect(row(city, 'DV_THAM_GIA_DVK')?.own).toMatchObject({ value: 8, denominator: 8 });
    const order = city.rows.map((r) => r.indicator.code);
    expect(order.indexOf('DV_THAM_GIA_CQTT')).toBe(order.indexOf('DV_THAM_GIA_DVK') + 1);
    // Ward 1's model under the friendly-government movement is not a "Dân vận khéo" model.
    expect(row(await reportOf(t, cookies['phuong1.dv'], round.id, ids['AS-SH-P1']), 'MH_DANG_KY')?.own.value).toBe(1);
    // Nothing of the kind in the province's own area: wards 1 and 2 are the city's to count.
    expect(row(await reportOf(t, cookies.admin, round.id, ids['AS']), 'DV_THAM_GIA_CQTT')?.own.value).toBeNull();
  });

  it("keeps the ward's approved report from adding to the city's total, so it stays 8/8", async () => {
    const ward = await reportOf(t, cookies['phuong1.dv'], round.id, ids['AS-SH-P1']);
    expect(
      (
        await t.call({
          method: 'PUT',
          url: `/api/reports/${ward.id}`,
          cookie: cookies['phuong1.dv'],
          body: { values: [] },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${ward.id}/submit`, cookie: cookies['phuong1.dv'] }))
        .statusCode,
    ).toBe(200);
    const approved = await t.call({
      method: 'POST',
      url: `/api/reports/${ward.id}/approve`,
      cookie: cookies['thanhpho.lanhdao'],
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const city = await reportOf(t, cookies['thanhpho.lanhdao'], round.id, ids['AS-SH']);
    expect(row(city, 'DV_THAM_GIA_DVK')?.total).toEqual({ value: 8, denominator: 8 });
  });

  it("still computes a round opened with the old key 'movements.participation', as Dân vận khéo", async () => {
    await t.ownerQuery(
      `UPDATE reporting_rounds SET indicator_snapshot = (
         SELECT jsonb_agg(CASE WHEN e->>'code' = 'DV_THAM_GIA_DVK' THEN jsonb_set(e, '{computedKey}', '"movements.participation"') ELSE e END ORDER BY n)
           FROM jsonb_array_elements(indicator_snapshot) WITH ORDINALITY AS a(e, n))
        WHERE id = $1`,
      [round.id],
    );
    const city = await reportOf(t, cookies['thanhpho.lanhdao'], round.id, ids['AS-SH']);
    expect(row(city, 'DV_THAM_GIA_DVK')?.indicator.computedKey).toBe('movements.participation');
    expect(row(city, 'DV_THAM_GIA_DVK')?.own).toMatchObject({ value: 8, denominator: 8 });
    const cityPath = city.unit.path;
    const compute = (key: string) =>
      inScope(t.db, cityPath, async (sql) =>
        computedIndicators
          .get(key)
          ?.compute(sql, { unitPath: cityPath, excludedPaths: [], periodStart: period.start, periodEnd: period.end }),
      );
    expect(await compute('movements.participation')).toEqual(await compute('movements.participation.dan_van_kheo'));
    expect(await compute('movements.participation.other')).toEqual({ value: null });
  });
});
