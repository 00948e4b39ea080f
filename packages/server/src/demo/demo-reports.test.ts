import type { ReportView, RoundSummary, RoundTrend } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../auth/authorize.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { seedDemoModels } from './demo-models.js';
import { seedDemoReports } from './demo-reports.js';
import { actorFor } from '../modules/auth/index.js';

let t: TestApp;
let leader: string;
const year = new Date().getFullYear();

beforeAll(async () => {
  t = await createTestApp();
  const [cityLeader, admin] = [
    (await actorFor(t.db, 'thanhpho.lanhdao')) as Actor,
    (await actorFor(t.db, 'admin')) as Actor,
  ];
  // As the demo does: the models first, so this year's reports take their MH_* figures from them.
  await seedDemoModels(t.db, cityLeader, admin);
  await seedDemoReports(t.db, cityLeader, admin);
  leader = await t.login('thanhpho.lanhdao');
});
afterAll(() => t.close());

const get = async <T>(url: string, cookie = leader): Promise<T> => {
  const response = await t.call({ method: 'GET', url, cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as T;
};

describe('demo reports', () => {
  it('has the 9-month rounds of the last five years', async () => {
    const rounds = await get<RoundSummary[]>('/api/rounds');
    expect(
      rounds
        .filter((r) => r.template === 'nine_month')
        .map((r) => r.year)
        .sort(),
    ).toEqual([year - 4, year - 3, year - 2, year - 1, year]);
    const current = rounds.find((r) => r.year === year) as RoundSummary;
    for (const indicator of ['VB_TONG', 'DT_CUOC', 'MH_DANG_KY']) {
      const trend = await get<RoundTrend>(`/api/rounds/${current.id}/trend?indicator=${indicator}`);
      expect(trend.points.map((p) => p.year)).toEqual([year - 4, year - 3, year - 2, year - 1, year]);
      expect(
        trend.points.every((p) => p.value !== null && p.value > 0),
        indicator,
      ).toBe(true);
    }
  });

  it("states this year's document and model counts as the wards' records give them", async () => {
    const rounds = await get<RoundSummary[]>('/api/rounds');
    const current = rounds.find((r) => r.year === year) as RoundSummary;
    const reportedValues = await t.ownerQuery<{
      code: string;
      value: number;
      source: string;
      computed_value: number | null;
      unit: string;
      path: string;
    }>(
      `SELECT v.indicator_code AS code, v.value, v.source, v.computed_value, u.code AS unit, u.path::text AS path
         FROM report_values v JOIN reports p ON p.id = v.report_id JOIN units u ON u.id = p.unit_id
        WHERE p.round_id = $1 AND v.indicator_code IN ('VB_TONG', 'VB_KH', 'MH_DANG_KY', 'MH_CONG_NHAN', 'DV_THAM_GIA_DVK')`,
      [current.id],
    );
    expect(reportedValues.length).toBeGreaterThan(0);
    expect(reportedValues.every((v) => v.source === 'computed' && v.value === v.computed_value)).toBe(true);
    for (const v of reportedValues.filter((row) => row.code === 'VB_TONG')) {
      // A unit's own count leaves out the units below it that report for themselves (the city's, its wards').
      const [documents] = await t.ownerQuery<{ n: number }>(
        `SELECT count(*)::int AS n FROM documents d JOIN units u ON u.id = d.unit_id
          WHERE u.path <@ $1::ltree AND d.issued_on BETWEEN $2 AND $3
            AND NOT EXISTS (SELECT 1 FROM reports r JOIN units ru ON ru.id = r.unit_id
                             WHERE r.round_id = $4 AND ru.path <@ $1::ltree AND ru.path <> $1::ltree AND u.path <@ ru.path)`,
        [v.path, current.periodStart, current.periodEnd, current.id],
      );
      expect(v.value, v.unit).toBe(documents.n);
      expect(v.value).toBeGreaterThan(0);
    }
  });

  it('gives every figure of earlier years that differs from the records a reason', async () => {
    const adjusted = await t.ownerQuery<{ n: number; without_reason: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE v.adjust_reason IS NULL OR v.adjust_reason = '')::int AS without_reason
         FROM report_values v JOIN reports p ON p.id = v.report_id JOIN reporting_rounds r ON r.id = p.round_id
        WHERE v.value IS DISTINCT FROM v.computed_value AND v.computed_value IS NOT NULL`,
    );
    expect(adjusted[0].n).toBeGreaterThan(0);
    expect(adjusted[0].without_reason).toBe(0);
    const city = await t.unitId('AS-SH');
    const rounds = await get<RoundSummary[]>('/api/rounds');
    const lastYear = rounds.find((r) => r.year === year - 1) as RoundSummary;
    const view = await get<ReportView>(`/api/rounds/${lastYear.id}/units/${city}/report`);
    expect(view.rows.find((row) => row.indicator.code === 'VB_TONG')?.total.value).toBeGreaterThan(0);
    expect(view.rows.find((row) => row.indicator.code === 'VB_TONG')?.lastYear.value).toBeGreaterThan(0);
  });
});
