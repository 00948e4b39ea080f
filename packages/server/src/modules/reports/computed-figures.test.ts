import type { ReportView, RoundSummary } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';
import { reportOf } from '../../test/reports.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
let round: RoundSummary;
// A 6-month round whose period runs from 15/12 to 14/06, as many provinces set it.
const period = { start: '2025-12-15', end: '2026-06-14' };

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'thanhpho.lanhdao', 'phuong1.dv', 'phuong2.dv']) cookies[user] = await t.login(user);
  for (const code of ['AS-SH', 'AS-SH-P1', 'AS-SH-P1-KDV', 'AS-SH-P1-PN', 'AS-SH-P2', 'AS-SH-P2-KDV'])
    ids[code] = await t.unitId(code);
  const opened = await t.call({
    method: 'POST',
    url: '/api/rounds',
    cookie: cookies['thanhpho.lanhdao'],
    body: {
      openerUnitId: ids['AS-SH'],
      template: 'six_month',
      year: 2026,
      periodStart: period.start,
      periodEnd: period.end,
      deadline: '2026-06-25',
      reportingUnitTypes: ['ward'],
    },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  round = opened.json();
});
afterAll(() => t.close());

let documentNumber = 0;
async function registerDocument(cookie: string, unitCode: string, type: string, issuedOn: string) {
  documentNumber += 1;
  const response = await t.call({
    method: 'POST',
    url: '/api/documents',
    cookie,
    body: {
      unitId: ids[unitCode],
      type,
      symbol: `${documentNumber}-${type}/KDV${unitCode.slice(-2).replace('-', '')}`,
      issuedOn,
      signer: 'Lê Văn Bình',
      title: `Văn bản thử số ${documentNumber}`,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
}

const own = (view: ReportView, code: string) => view.rows.find((row) => row.indicator.code === code)?.own;
const stored = (reportId: number, code: string) =>
  t.ownerQuery<{ value: number | null; source: string; computed_value: number | null; adjust_reason: string | null }>(
    `SELECT value, source, computed_value, adjust_reason FROM report_values WHERE report_id = $1 AND indicator_code = $2`,
    [reportId, code],
  );
const auditActions = async (reportId: number) =>
  (
    await t.ownerQuery<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_type = 'report' AND entity_id = $1 ORDER BY id`,
      [String(reportId)],
    )
  ).map((a) => a.action);

describe('document and model counts in reports', () => {
  it('counts the documents of the unit and the bodies under it issued within the data period, boundaries included', async () => {
    await registerDocument(cookies['phuong1.dv'], 'AS-SH-P1-KDV', 'KH', period.start);
    await registerDocument(cookies['phuong1.dv'], 'AS-SH-P1-KDV', 'BC', period.end);
    await registerDocument(cookies['phuong1.dv'], 'AS-SH-P1-PN', 'QĐ', '2026-03-08');
    await registerDocument(cookies['phuong1.dv'], 'AS-SH-P1-KDV', 'KH', '2025-12-14');
    await registerDocument(cookies['phuong1.dv'], 'AS-SH-P1-KDV', 'KH', '2026-06-15');
    await registerDocument(cookies['phuong2.dv'], 'AS-SH-P2-KDV', 'KH', '2026-02-01');

    const ward1 = await reportOf(t, cookies['phuong1.dv'], round.id, ids['AS-SH-P1']);
    expect(own(ward1, 'VB_TONG')).toMatchObject({ value: 3, source: 'computed', computedValue: 3 });
    expect(own(ward1, 'VB_KH')?.value).toBe(1);
    expect(own(ward1, 'VB_BC')?.value).toBe(1);
    expect(own(ward1, 'VB_QD')?.value).toBe(1);
    expect(own(ward1, 'VB_NQ')?.value).toBe(0);
    expect(own(await reportOf(t, cookies['phuong2.dv'], round.id, ids['AS-SH-P2']), 'VB_TONG')?.value).toBe(1);
  });

  it('counts models registered and recognised in the period, by field, and units taking part', async () => {
    const movement = await t.call({
      method: 'POST',
      url: '/api/movements',
      cookie: cookies['thanhpho.lanhdao'],
      body: {
        ownerUnitId: ids['AS-SH'],
        name: 'Phong trào "Dân vận khéo" 2026',
        startOn: '2026-01-01',
        participantUnitIds: [ids['AS-SH-P1'], ids['AS-SH-P2']],
      },
    });
    expect(movement.statusCode, movement.body).toBe(201);
    const model = await t.call({
      method: 'POST',
      url: '/api/models',
      cookie: cookies['phuong1.dv'],
      body: {
        movementId: movement.json().id,
        unitId: ids['AS-SH-P1'],
        name: 'Mô hình "Chợ văn minh"',
        field: 'economy',
        registeredOn: '2026-02-10',
      },
    });
    expect(model.statusCode, model.body).toBe(201);
    const ward1 = await reportOf(t, cookies['phuong1.dv'], round.id, ids['AS-SH-P1']);
    expect(own(ward1, 'MH_DANG_KY')).toMatchObject({ value: 1, source: 'computed' });
    expect(own(ward1, 'MH_KINH_TE')?.value).toBe(1);
    expect(own(ward1, 'MH_VHXH')?.value).toBe(0);
    expect(own(ward1, 'MH_CONG_NHAN')?.value).toBe(0);
    // Coverage counts the units expected below the reporting unit: the city's wards, not a ward itself.
    expect(own(ward1, 'DV_THAM_GIA_DVK')?.value).toBeNull();
    expect(
      own(await reportOf(t, cookies['thanhpho.lanhdao'], round.id, ids['AS-SH']), 'DV_THAM_GIA_DVK'),
    ).toMatchObject({
      value: 1,
      denominator: 2,
    });
  });

  it('never writes when a report is read, yet the editor sees fresh counts', async () => {
    const ward1 = await reportOf(t, cookies['phuong1.dv'], round.id, ids['AS-SH-P1']);
    await reportOf(t, cookies['thanhpho.lanhdao'], round.id, ids['AS-SH-P1']);
    await reportOf(t, cookies['thanhpho.lanhdao'], round.id, ids['AS-SH']);
    await t.call({ method: 'GET', url: `/api/reports/${ward1.id}`, cookie: cookies['phuong1.dv'] });
    expect(await t.ownerQuery(`SELECT 1 FROM report_values WHERE report_id = $1`, [ward1.id])).toHaveLength(0);
    expect(await auditActions(ward1.id)).toEqual([]);

    await registerDocument(cookies['phuong1.dv'], 'AS-SH-P1-KDV', 'CV', '2026-04-01');
    expect(own(await reportOf(t, cookies['phuong1.dv'], round.id, ids['AS-SH-P1']), 'VB_TONG')?.value).toBe(4);
    expect(await t.ownerQuery(`SELECT 1 FROM report_values WHERE report_id = $1`, [ward1.id])).toHaveLength(0);
  });

  it('stores the computed figures when the form is saved, and refreshes them on request', async () => {
    const ward1 = await reportOf(t, cookies['phuong1.dv'], round.id, ids['AS-SH-P1']);
    const saved = await t.call({
      method: 'PUT',
      url: `/api/reports/${ward1.id}`,
      cookie: cookies['phuong1.dv'],
      body: {
        values: [
          { code: 'DT_CUOC', value: 2 },
          { code: 'VB_KH', value: 3, adjustReason: 'Hai kế hoạch giấy chưa vào sổ' },
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await stored(ward1.id, 'VB_TONG')).toEqual([
      { value: 4, source: 'computed', computed_value: 4, adjust_reason: null },
    ]);
    expect(await stored(ward1.id, 'VB_KH')).toEqual([
      { value: 3, source: 'adjusted', computed_value: 1, adjust_reason: 'Hai kế hoạch giấy chưa vào sổ' },
    ]);

    await registerDocument(cookies['phuong1.dv'], 'AS-SH-P1-KDV', 'KH', '2026-05-01');
    const fresh = await reportOf(t, cookies['phuong1.dv'], round.id, ids['AS-SH-P1']);
    expect(own(fresh, 'VB_TONG')?.value).toBe(5);
    expect(own(fresh, 'VB_KH')).toMatchObject({ value: 3, source: 'adjusted', computedValue: 2 });
    expect((await stored(ward1.id, 'VB_TONG'))[0].value).toBe(4);

    const refreshed = await t.call({
      method: 'POST',
      url: `/api/reports/${ward1.id}/refresh-computed`,
      cookie: cookies['phuong1.dv'],
    });
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(own(refreshed.json(), 'VB_TONG')?.value).toBe(5);
    expect(await stored(ward1.id, 'VB_TONG')).toEqual([
      { value: 5, source: 'computed', computed_value: 5, adjust_reason: null },
    ]);
    expect(await stored(ward1.id, 'VB_KH')).toEqual([
      { value: 3, source: 'adjusted', computed_value: 2, adjust_reason: 'Hai kế hoạch giấy chưa vào sổ' },
    ]);
    const [audit] = await t.ownerQuery<{ after: { computed: Record<string, { before: number; after: number }> } }>(
      `SELECT after FROM audit_log WHERE entity_type = 'report' AND entity_id = $1 AND action = 'report.refresh_computed'`,
      [String(ward1.id)],
    );
    expect(audit.after.computed).toEqual({ VB_TONG: { before: 4, after: 5 } });
  });

  it('submits with the counts the records give at that moment, and rolls them up on approval', async () => {
    const ward1 = await reportOf(t, cookies['phuong1.dv'], round.id, ids['AS-SH-P1']);
    await registerDocument(cookies['phuong1.dv'], 'AS-SH-P1-KDV', 'TB', '2026-06-01');
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${ward1.id}/submit`, cookie: cookies['phuong1.dv'] }))
        .statusCode,
    ).toBe(200);
    expect((await stored(ward1.id, 'VB_TONG'))[0].value).toBe(6);
    expect((await stored(ward1.id, 'VB_TB'))[0].value).toBe(1);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${ward1.id}/approve`, cookie: cookies['thanhpho.lanhdao'] }))
        .statusCode,
    ).toBe(200);
    const city = await reportOf(t, cookies['thanhpho.lanhdao'], round.id, ids['AS-SH']);
    expect(city.rows.find((row) => row.indicator.code === 'VB_TONG')?.total.value).toBe(6);

    // Locked once submitted: a later document changes nothing, reading or refreshing.
    await registerDocument(cookies['phuong1.dv'], 'AS-SH-P1-KDV', 'CV', '2026-06-02');
    expect(own(await reportOf(t, cookies['phuong1.dv'], round.id, ids['AS-SH-P1']), 'VB_TONG')?.value).toBe(6);
    const refresh = await t.call({
      method: 'POST',
      url: `/api/reports/${ward1.id}/refresh-computed`,
      cookie: cookies['phuong1.dv'],
    });
    expect(refresh.statusCode).toBe(409);
    expect(errorBody(refresh).code).toBe('illegal_transition');
  });

  it('lets only the unit itself refresh its figures', async () => {
    const ward2 = await reportOf(t, cookies['phuong2.dv'], round.id, ids['AS-SH-P2']);
    expect(
      (
        await t.call({
          method: 'POST',
          url: `/api/reports/${ward2.id}/refresh-computed`,
          cookie: cookies['phuong2.dv'],
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await t.call({
          method: 'POST',
          url: `/api/reports/${ward2.id}/refresh-computed`,
          cookie: cookies['phuong1.dv'],
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.call({
          method: 'POST',
          url: `/api/reports/${ward2.id}/refresh-computed`,
          cookie: cookies['thanhpho.lanhdao'],
        })
      ).statusCode,
    ).toBe(403);
    const bad = await t.call({
      method: 'POST',
      url: '/api/reports/abc/refresh-computed',
      cookie: cookies['phuong2.dv'],
    });
    expect(bad.statusCode).toBe(400);
    expect(errorBody(bad).fields?.[0].path).toBe('params.id');
    expect(
      (await t.call({ method: 'POST', url: '/api/reports/999999/refresh-computed', cookie: cookies['phuong2.dv'] }))
        .statusCode,
    ).toBe(404);
  });
});

describe('a round where a unit and the units below it both report', () => {
  it("leaves the records of units that report for themselves out of the upper unit's own figures, so the total counts them once", async () => {
    for (const code of ['AS', 'AS-SH-BDV']) ids[code] = await t.unitId(code);
    const annual = await t.call({
      method: 'POST',
      url: '/api/rounds',
      cookie: cookies.admin,
      body: {
        openerUnitId: ids.AS,
        template: 'annual',
        year: 2025,
        periodStart: '2024-12-15',
        periodEnd: '2025-12-14',
        deadline: '2025-12-20',
        reportingUnitTypes: ['provincial_city', 'ward'],
      },
    });
    expect(annual.statusCode, annual.body).toBe(201);
    const annualRound: RoundSummary = annual.json();
    await registerDocument(cookies.admin, 'AS-SH-BDV', 'KH', '2025-03-01');
    await registerDocument(cookies.admin, 'AS-SH-BDV', 'BC', '2025-06-30');
    for (const day of ['2025-02-01', '2025-05-01', '2025-09-01'])
      await registerDocument(cookies.admin, 'AS-SH-P1-KDV', 'CV', day);

    const view = async (cookie: string, unitCode: string): Promise<ReportView> => {
      const response = await t.call({
        method: 'GET',
        url: `/api/rounds/${annualRound.id}/units/${ids[unitCode]}/report`,
        cookie,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json();
    };
    const ward = await view(cookies['phuong1.dv'], 'AS-SH-P1');
    // These three and the plan of 14/12/2025 registered above.
    expect(own(ward, 'VB_TONG')?.value).toBe(4);
    // The city's own documents are its board's two; the ward's come up with the ward's report.
    expect(own(await view(cookies['thanhpho.lanhdao'], 'AS-SH'), 'VB_TONG')?.value).toBe(2);

    const reportId = ward.id;
    expect(
      (
        await t.call({
          method: 'PUT',
          url: `/api/reports/${reportId}`,
          cookie: cookies['phuong1.dv'],
          body: { values: [] },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${reportId}/submit`, cookie: cookies['phuong1.dv'] }))
        .statusCode,
    ).toBe(200);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${reportId}/approve`, cookie: cookies['thanhpho.lanhdao'] }))
        .statusCode,
    ).toBe(200);
    const cityReport = await view(cookies['thanhpho.lanhdao'], 'AS-SH');
    expect(own(cityReport, 'VB_TONG')?.value).toBe(2);
    expect(
      (
        await t.call({
          method: 'PUT',
          url: `/api/reports/${cityReport.id}`,
          cookie: cookies.admin,
          body: { values: [] },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${cityReport.id}/submit`, cookie: cookies.admin })).statusCode,
    ).toBe(200);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${cityReport.id}/approve`, cookie: cookies.admin }))
        .statusCode,
    ).toBe(200);
    const city = await view(cookies['thanhpho.lanhdao'], 'AS-SH');
    expect(own(city, 'VB_TONG')?.value).toBe(2);
    expect(city.rows.find((row) => row.indicator.code === 'VB_TONG')?.total.value).toBe(6);
  });
});
