import type { Indicator, ReportView } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';

let t: TestApp;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'tinh.dv', 'thanhpho.lanhdao', 'phuong1.dv']) cookies[user] = await t.login(user);
});
afterAll(() => t.close());

const base = {
  nameVi: 'Lớp bồi dưỡng kỹ năng dân vận',
  nameEn: 'Mass-mobilization skills courses',
  unitVi: 'lớp',
  section: 'leadership',
  aggregation: 'sum',
};

describe('indicator catalogue', () => {
  it('is readable by everyone, with the default catalogue of mass-mobilization work', async () => {
    const response = await t.call({ method: 'GET', url: '/api/indicators/2026', cookie: cookies['phuong1.dv'] });
    expect(response.statusCode).toBe(200);
    const { years, indicators } = response.json();
    expect(years).toEqual(expect.arrayContaining([2025, 2026]));
    expect(indicators.length).toBeGreaterThanOrEqual(40);
    expect(indicators.find((i: { code: string }) => i.code === 'DON_TYLE_GQ')).toMatchObject({
      aggregation: 'ratio',
      numeratorCode: 'DON_GQ',
      unitVi: '%',
    });
  });

  it('is changed only by admins, with checked references', async () => {
    const body = { ...base, code: 'LOP_BD' };
    expect(
      (await t.call({ method: 'POST', url: '/api/indicators/2026', cookie: cookies['thanhpho.lanhdao'], body }))
        .statusCode,
    ).toBe(403);
    expect(
      (await t.call({ method: 'POST', url: '/api/indicators/2026', cookie: cookies.admin, body })).statusCode,
    ).toBe(201);
    const duplicate = await t.call({ method: 'POST', url: '/api/indicators/2026', cookie: cookies.admin, body });
    expect(errorBody(duplicate).fields?.[0].path).toBe('body.code');
    const badRatio = await t.call({
      method: 'POST',
      url: '/api/indicators/2026',
      cookie: cookies.admin,
      body: { ...base, code: 'TYLE_X', aggregation: 'ratio', numeratorCode: 'LOP_BD', denominatorCode: 'KHONG_CO' },
    });
    expect(badRatio.statusCode).toBe(400);
    expect(errorBody(badRatio).fields?.[0].path).toBe('body.denominatorCode');
    const badCode = await t.call({
      method: 'POST',
      url: '/api/indicators/2026',
      cookie: cookies.admin,
      body: { ...base, code: 'có dấu' },
    });
    expect(errorBody(badCode).fields?.[0].path).toBe('body.code');
    const copy = await t.call({
      method: 'POST',
      url: '/api/indicators/2028/copy',
      cookie: cookies.admin,
      body: { fromYear: 2026 },
    });
    expect(copy.json().copied).toBeGreaterThanOrEqual(74);
    expect(
      (
        await t.call({
          method: 'POST',
          url: '/api/indicators/2028/copy',
          cookie: cookies.admin,
          body: { fromYear: 2026 },
        })
      ).statusCode,
    ).toBe(409);
  });

  it('never rewrites figures of a round already opened when a rule changes', async () => {
    const city = await t.unitId('AS-SH');
    const round = (
      await t.call({
        method: 'POST',
        url: '/api/rounds',
        cookie: cookies['thanhpho.lanhdao'],
        body: {
          openerUnitId: city,
          template: 'six_month',
          year: 2026,
          periodStart: '2025-12-15',
          periodEnd: '2026-06-14',
          deadline: '2026-06-20',
          reportingUnitTypes: ['ward'],
        },
      })
    ).json();
    const ward = await t.unitId('AS-SH-P1');
    const report = (
      await t.call({ method: 'GET', url: `/api/rounds/${round.id}/units/${ward}/report`, cookie: cookies.admin })
    ).json() as ReportView;
    await t.call({
      method: 'PUT',
      url: `/api/reports/${report.id}`,
      cookie: cookies.admin,
      body: { values: [{ code: 'HV_TONG', value: 1500 }] },
    });
    await t.call({ method: 'POST', url: `/api/reports/${report.id}/submit`, cookie: cookies.admin });
    await t.call({ method: 'POST', url: `/api/reports/${report.id}/approve`, cookie: cookies['thanhpho.lanhdao'] });

    const change = await t.call({
      method: 'PUT',
      url: '/api/indicators/2026/HV_TONG',
      cookie: cookies.admin,
      body: { ...base, nameVi: 'Tổng số hội viên (đổi)', unitVi: 'người', section: 'front', aggregation: 'max' },
    });
    expect(change.statusCode).toBe(200);
    const after = (
      await t.call({
        method: 'GET',
        url: `/api/rounds/${round.id}/units/${city}/report`,
        cookie: cookies['thanhpho.lanhdao'],
      })
    ).json() as ReportView;
    const row = after.rows.find((r) => r.indicator.code === 'HV_TONG');
    expect(row?.indicator).toMatchObject({ aggregation: 'latest', nameVi: 'Tổng số đoàn viên, hội viên' });
    expect(row?.total.value).toBe(1500);
  });

  it('links the default counts of the records (documents, models, members, democracy) to registered providers in 2025–2027', async () => {
    const providers = (
      await t.call({ method: 'GET', url: '/api/indicator-providers', cookie: cookies.admin })
    ).json() as { key: string; description: string }[];
    const keys = new Set(providers.map((p) => p.key));
    const expected: Record<string, string> = {
      VB_TONG: 'documents.all',
      VB_NQ: 'documents.type.NQ',
      VB_CTR: 'documents.type.CTr',
      VB_QD: 'documents.type.QĐ',
      VB_TB: 'documents.type.TB',
      MH_DANG_KY: 'models.registered',
      MH_CONG_NHAN: 'models.recognised',
      MH_KINH_TE: 'models.field.economy',
      MH_XDHTCT: 'models.field.political_system',
      DV_THAM_GIA_DVK: 'movements.participation.dan_van_kheo',
      DV_THAM_GIA_CQTT: 'movements.participation.chinh_quyen_than_thien',
      DV_KHU_DAN_CU: 'units.residential_areas',
      HV_MOI: 'members.admitted',
      HV_RA: 'members.left',
      DC_CONG_KHAI: 'democracy.disclosed',
      DC_HOP: 'democracy.meetings',
      DC_XL_TOT: 'democracy.rated.good',
      NV_DUNG_HAN: 'tasks.on_time',
      NV_QUA_HAN: 'tasks.overdue',
      KT_KNC: 'commendations.medals',
      HN_TONG: 'conferences.held',
      HN_SO_KET_9: 'conferences.kind.so_ket_9',
      HN_DIEM_CAU: 'conferences.bridgePoints',
      KT_KNC_DAN_VAN: 'commendations.medals.dan_van',
      KT_KNC_DDK: 'commendations.medals.dai_doan_ket',
    };
    for (const year of [2025, 2026, 2027]) {
      const { indicators } = (
        await t.call({ method: 'GET', url: `/api/indicators/${year}`, cookie: cookies['phuong1.dv'] })
      ).json() as { indicators: Indicator[] };
      for (const [code, key] of Object.entries(expected))
        expect(indicators.find((i) => i.code === code)?.computedKey, `${year} ${code}`).toBe(key);
      // The two medals right after all the medals awarded.
      const codes = indicators.map((i) => i.code);
      expect(codes.slice(codes.indexOf('KT_KNC'), codes.indexOf('KT_KNC') + 3)).toEqual([
        'KT_KNC',
        'KT_KNC_DAN_VAN',
        'KT_KNC_DDK',
      ]);
      const linked = indicators.filter((i) => i.computedKey !== null);
      // The 11 document counts and 6 by topic, 8 of models and movements, 2 of units, 4 of members, 8 of
      // democracy, 4 of tasks, 3 of commendations, 7 of conferences (2026 less HV_TONG, which the test
      // above turned into a hand-entered figure).
      expect(linked.length).toBe(year === 2026 ? 52 : 53);
      for (const indicator of linked)
        expect(keys.has(indicator.computedKey as string), indicator.computedKey as string).toBe(true);
      expect(indicators.find((i) => i.code === 'DT_CUOC')?.computedKey).toBeNull();
    }
  });

  it('offers the computed-indicator registry to admins only', async () => {
    const response = await t.call({ method: 'GET', url: '/api/indicator-providers', cookie: cookies.admin });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toContainEqual({ key: 'documents.type.KH', description: 'Văn bản loại KH trong kỳ' });
    for (const user of ['tinh.dv', 'thanhpho.lanhdao', 'phuong1.dv']) {
      expect(
        (await t.call({ method: 'GET', url: '/api/indicator-providers', cookie: cookies[user] })).statusCode,
        user,
      ).toBe(403);
    }
    expect((await t.call({ method: 'GET', url: '/api/indicator-providers' })).statusCode).toBe(401);
  });

  it('sets and clears the computed provider of an indicator, refusing unknown providers and computed rates', async () => {
    const body = {
      ...base,
      code: 'VB_TTR',
      nameVi: 'Tờ trình',
      nameEn: 'Submissions',
      unitVi: 'văn bản',
      computedKey: 'documents.type.TTr',
    };
    const created = await t.call({ method: 'POST', url: '/api/indicators/2027', cookie: cookies.admin, body });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ code: 'VB_TTR', computedKey: 'documents.type.TTr' });
    const unknown = await t.call({
      method: 'POST',
      url: '/api/indicators/2027',
      cookie: cookies.admin,
      body: { ...body, code: 'VB_X', computedKey: 'documents.khong_co' },
    });
    expect(unknown.statusCode).toBe(400);
    expect(errorBody(unknown).fields?.[0]).toMatchObject({
      path: 'body.computedKey',
      vi: expect.stringContaining('documents.khong_co'),
    });
    const rate = await t.call({
      method: 'POST',
      url: '/api/indicators/2027',
      cookie: cookies.admin,
      body: {
        ...body,
        code: 'VB_TYLE',
        aggregation: 'ratio',
        numeratorCode: 'VB_KH',
        denominatorCode: 'VB_TONG',
      },
    });
    expect(errorBody(rate).fields?.[0].path).toBe('body.computedKey');
    const { code: _code, ...edit } = body;
    const cleared = await t.call({
      method: 'PUT',
      url: '/api/indicators/2027/VB_TTR',
      cookie: cookies.admin,
      body: { ...edit, computedKey: null },
    });
    expect(cleared.json()).toMatchObject({ code: 'VB_TTR', computedKey: null });
    expect(
      (
        await t.call({
          method: 'PUT',
          url: '/api/indicators/2027/VB_TTR',
          cookie: cookies['thanhpho.lanhdao'],
          body: edit,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (await t.call({ method: 'PUT', url: '/api/indicators/2027/KHONG_CO', cookie: cookies.admin, body: edit }))
        .statusCode,
    ).toBe(404);
    const audit = await t.ownerQuery<{ action: string; after: { computedKey: string | null } }>(
      `SELECT action, after FROM audit_log WHERE entity_type = 'indicator' AND entity_id = '2027/VB_TTR' ORDER BY id`,
    );
    expect(audit.map((a) => [a.action, a.after.computedKey])).toEqual([
      ['indicator.create', 'documents.type.TTr'],
      ['indicator.update', null],
    ]);
  });
});
