import type { RoundSummary, RoundTrend } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';
import { fillReport } from '../../test/reports.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
const rounds: Record<number, RoundSummary> = {};

/** A ward's report with dialogues in proportion to `value`, entered by the admin and approved by the city. */
const fillAndApprove = (roundId: number, unitCode: string, value: number) =>
  fillReport(
    t,
    { roundId, unitId: ids[unitCode] },
    [
      { code: 'DT_CUOC', value },
      { code: 'DT_YKIEN', value: 10 * value },
      { code: 'DT_YKIEN_GQ', value: 5 * value },
    ],
    { author: cookies.admin, approver: cookies['thanhpho.lanhdao'] },
  );

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'tinh.dv', 'thanhpho.lanhdao', 'phuong1.dv']) cookies[user] = await t.login(user);
  for (const code of ['AS-SH', 'AS-SH-P1', 'AS-SH-P2', 'AS-DD']) ids[code] = await t.unitId(code);
  for (const year of [2024, 2023]) {
    expect(
      (
        await t.call({
          method: 'POST',
          url: `/api/indicators/${year}/copy`,
          cookie: cookies.admin,
          body: { fromYear: year + 1 },
        })
      ).statusCode,
    ).toBe(201);
  }
  for (const year of [2023, 2024, 2025, 2026]) {
    const response = await t.call({
      method: 'POST',
      url: '/api/rounds',
      cookie: cookies['thanhpho.lanhdao'],
      body: {
        openerUnitId: ids['AS-SH'],
        template: 'nine_month',
        year,
        periodStart: `${year - 1}-12-15`,
        periodEnd: `${year}-09-14`,
        deadline: `${year}-09-25`,
        reportingUnitTypes: ['ward'],
      },
    });
    expect(response.statusCode, response.body).toBe(201);
    rounds[year] = response.json();
  }
  // 2024's round is open but nothing in it is approved; 2022 had no round at all.
  await fillAndApprove(rounds[2023].id, 'AS-SH-P1', 2);
  await fillAndApprove(rounds[2025].id, 'AS-SH-P1', 3);
  await fillAndApprove(rounds[2025].id, 'AS-SH-P2', 4);
  await fillAndApprove(rounds[2026].id, 'AS-SH-P2', 5);
  const ward1In2024 = (
    await t.call({
      method: 'GET',
      url: `/api/rounds/${rounds[2024].id}/units/${ids['AS-SH-P1']}/report`,
      cookie: cookies.admin,
    })
  ).json();
  await t.call({
    method: 'PUT',
    url: `/api/reports/${ward1In2024.id}`,
    cookie: cookies.admin,
    body: { values: [{ code: 'DT_CUOC', value: 9 }] },
  });
});
afterAll(() => t.close());

const trend = (cookie: string, roundId: number, query: string) =>
  t.call({ method: 'GET', url: `/api/rounds/${roundId}/trend?${query}`, cookie });

describe('trend of a round across the last years', () => {
  it("rolls up the round's unit for each year of the same template, years without approvals as gaps", async () => {
    const response = await trend(cookies['thanhpho.lanhdao'], rounds[2026].id, 'indicator=DT_CUOC');
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as RoundTrend;
    expect(body).toMatchObject({
      unitId: ids['AS-SH'],
      unitName: 'Thành phố Sơn Hà',
      template: 'nine_month',
      indicator: { code: 'DT_CUOC' },
    });
    expect(body.points.map((p) => [p.year, p.value])).toEqual([
      [2022, null],
      [2023, 2],
      [2024, null],
      [2025, 7],
      [2026, 5],
    ]);
    // Like for like: no ward reported in every year that has figures, so there is nothing to compare.
    expect(body.comparison).toEqual({ units: 0, of: 9 });
    expect(body.comparablePoints.length).toBeGreaterThan(0);
    expect(body.comparablePoints.every((p) => p.value === null)).toBe(true);
    // Over the last two years only Phường 2 reported in both: 4 then 5, where the totals read 7 then 5.
    const recent = (
      await trend(cookies['thanhpho.lanhdao'], rounds[2026].id, 'indicator=DT_CUOC&years=2')
    ).json() as RoundTrend;
    expect(recent.comparison).toEqual({ units: 1, of: 9 });
    expect(recent.comparablePoints.map((p) => [p.year, p.value])).toEqual([
      [2025, 4],
      [2026, 5],
    ]);
  });

  it('recomputes rates from the summed parts and takes the number of years asked for', async () => {
    const body = (
      await trend(cookies['thanhpho.lanhdao'], rounds[2025].id, 'indicator=DT_TYLE_GQ&years=3')
    ).json() as RoundTrend;
    expect(body.points).toEqual([
      { year: 2023, value: 50, denominator: null },
      { year: 2024, value: null, denominator: null },
      { year: 2025, value: 50, denominator: null },
    ]);
  });

  it('gives a unit under the opener its own line, and nothing outside the scope', async () => {
    const own = await trend(cookies['phuong1.dv'], rounds[2026].id, `indicator=DT_CUOC&unitId=${ids['AS-SH-P1']}`);
    expect(own.statusCode, own.body).toBe(200);
    expect((own.json() as RoundTrend).points.map((p) => p.value)).toEqual([null, 2, null, 3, null]);
    expect((await trend(cookies['tinh.dv'], rounds[2026].id, 'indicator=DT_CUOC')).statusCode).toBe(200);
    expect((await trend(cookies['phuong1.dv'], rounds[2026].id, 'indicator=DT_CUOC')).statusCode).toBe(404);
    const sibling = await trend(cookies['phuong1.dv'], rounds[2026].id, `indicator=DT_CUOC&unitId=${ids['AS-SH-P2']}`);
    expect(sibling.statusCode).toBe(404);
    expect(errorBody(sibling).fields?.[0].path).toBe('query.unitId');
    expect(
      (await trend(cookies['thanhpho.lanhdao'], rounds[2026].id, `indicator=DT_CUOC&unitId=${ids['AS-DD']}`))
        .statusCode,
    ).toBe(404);
    expect((await trend(cookies['thanhpho.lanhdao'], 999_999, 'indicator=DT_CUOC')).statusCode).toBe(404);
  });

  it('is reading: every role may read a trend in its scope, a viewer included', async () => {
    const created = await t.call({
      method: 'POST',
      url: '/api/users',
      cookie: cookies.admin,
      body: {
        username: 'phuong1.xem',
        fullName: 'Đỗ Thị Xem',
        password: 'mat-khau-du-dai-1',
        role: 'viewer',
        unitId: ids['AS-SH-P1'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const viewer = await t.login('phuong1.xem', 'mat-khau-du-dai-1');
    expect((await trend(viewer, rounds[2026].id, `indicator=DT_CUOC&unitId=${ids['AS-SH-P1']}`)).statusCode).toBe(200);
    expect((await trend(viewer, rounds[2026].id, 'indicator=DT_CUOC')).statusCode).toBe(404);
    expect(
      (await t.call({ method: 'GET', url: `/api/rounds/${rounds[2026].id}/trend?indicator=DT_CUOC` })).statusCode,
    ).toBe(401);
  });

  it('refuses bad input with the field and a message in both languages', async () => {
    const cases: [string, string][] = [
      ['indicator=có%20dấu', 'query.indicator'],
      ['indicator=KHONG_CO', 'query.indicator'],
      ['', 'query.indicator'],
      ['indicator=DT_CUOC&years=50', 'query.years'],
      ['indicator=DT_CUOC&unitId=abc', 'query.unitId'],
    ];
    for (const [query, path] of cases) {
      const response = await trend(cookies['thanhpho.lanhdao'], rounds[2026].id, query);
      expect(response.statusCode, query).toBe(400);
      const field = errorBody(response).fields?.[0];
      expect(field?.path, query).toBe(path);
      expect(field?.vi && field.en).toBeTruthy();
    }
    expect(
      (
        await t.call({
          method: 'GET',
          url: '/api/rounds/x/trend?indicator=DT_CUOC',
          cookie: cookies['thanhpho.lanhdao'],
        })
      ).statusCode,
    ).toBe(400);
  });
});
