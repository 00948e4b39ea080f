import type { ReportView } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';

let t: TestApp;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'thanhpho.lanhdao', 'phuong1.dv']) cookies[user] = await t.login(user);
});
afterAll(() => t.close());

const base = { nameVi: 'Lớp bồi dưỡng kỹ năng dân vận', nameEn: 'Mass-mobilization skills courses', unitVi: 'lớp', section: 'leadership', aggregation: 'sum' };

describe('indicator catalogue', () => {
  it('is readable by everyone, with the default catalogue of mass-mobilization work', async () => {
    const response = await t.call({ method: 'GET', url: '/api/indicators/2026', cookie: cookies['phuong1.dv'] });
    expect(response.statusCode).toBe(200);
    const { years, indicators } = response.json();
    expect(years).toEqual(expect.arrayContaining([2025, 2026]));
    expect(indicators.length).toBeGreaterThanOrEqual(40);
    expect(indicators.find((i: { code: string }) => i.code === 'DON_TYLE_GQ')).toMatchObject({ aggregation: 'ratio', numeratorCode: 'DON_GQ', unitVi: '%' });
  });

  it('is changed only by admins, with checked references', async () => {
    const body = { ...base, code: 'LOP_BD' };
    expect((await t.call({ method: 'POST', url: '/api/indicators/2026', cookie: cookies['thanhpho.lanhdao'], body })).statusCode).toBe(403);
    expect((await t.call({ method: 'POST', url: '/api/indicators/2026', cookie: cookies.admin, body })).statusCode).toBe(201);
    const duplicate = await t.call({ method: 'POST', url: '/api/indicators/2026', cookie: cookies.admin, body });
    expect(errorBody(duplicate).fields?.[0].path).toBe('body.code');
    const badRatio = await t.call({ method: 'POST', url: '/api/indicators/2026', cookie: cookies.admin, body: { ...base, code: 'TYLE_X', aggregation: 'ratio', numeratorCode: 'LOP_BD', denominatorCode: 'KHONG_CO' } });
    expect(badRatio.statusCode).toBe(400);
    expect(errorBody(badRatio).fields?.[0].path).toBe('body.denominatorCode');
    const badCode = await t.call({ method: 'POST', url: '/api/indicators/2026', cookie: cookies.admin, body: { ...base, code: 'có dấu' } });
    expect(errorBody(badCode).fields?.[0].path).toBe('body.code');
    const copy = await t.call({ method: 'POST', url: '/api/indicators/2028/copy', cookie: cookies.admin, body: { fromYear: 2026 } });
    expect(copy.json().copied).toBeGreaterThanOrEqual(74);
    expect((await t.call({ method: 'POST', url: '/api/indicators/2028/copy', cookie: cookies.admin, body: { fromYear: 2026 } })).statusCode).toBe(409);
  });

  it('never rewrites figures of a round already opened when a rule changes', async () => {
    const city = await t.unitId('AS-SH');
    const round = (await t.call({ method: 'POST', url: '/api/rounds', cookie: cookies['thanhpho.lanhdao'], body: {
      openerUnitId: city, template: 'six_month', year: 2026, periodStart: '2025-12-15', periodEnd: '2026-06-14', deadline: '2026-06-20', reportingUnitTypes: ['ward'],
    } })).json();
    const ward = await t.unitId('AS-SH-P1');
    const report = (await t.call({ method: 'GET', url: `/api/rounds/${round.id}/units/${ward}/report`, cookie: cookies.admin })).json() as ReportView;
    await t.call({ method: 'PUT', url: `/api/reports/${report.id}`, cookie: cookies.admin, body: { values: [{ code: 'HV_TONG', value: 1500 }] } });
    await t.call({ method: 'POST', url: `/api/reports/${report.id}/submit`, cookie: cookies.admin });
    await t.call({ method: 'POST', url: `/api/reports/${report.id}/approve`, cookie: cookies['thanhpho.lanhdao'] });

    const change = await t.call({ method: 'PUT', url: '/api/indicators/2026/HV_TONG', cookie: cookies.admin, body: { ...base, nameVi: 'Tổng số hội viên (đổi)', unitVi: 'người', section: 'front', aggregation: 'max' } });
    expect(change.statusCode).toBe(200);
    const after = (await t.call({ method: 'GET', url: `/api/rounds/${round.id}/units/${city}/report`, cookie: cookies['thanhpho.lanhdao'] })).json() as ReportView;
    const row = after.rows.find((r) => r.indicator.code === 'HV_TONG');
    expect(row?.indicator).toMatchObject({ aggregation: 'latest', nameVi: 'Tổng số đoàn viên, hội viên' });
    expect(row?.total.value).toBe(1500);
  });
});
