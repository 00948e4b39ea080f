import type { Indicator, RoundSummary } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inScope, ROOT_PATH } from '../../db/scope.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { fillReport, reportOf, type FigureInput } from '../../test/reports.js';
import { figureFromTotals, noTotals, type TotalsLookup } from './aggregation.js';
import { findIndicatorsOfYear } from '../indicators/index.js';
import { findTotals, type TotalsSpan } from './rollup.repository.js';

// The maintained rollups (rollup_periods) of monthly rounds: each approval reaches its period and
// the year-to-date rows of its month and every later one, for its unit and every ancestor.
let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, number> = {};
const paths: Record<string, string> = {};
let indicators: Indicator[];
const rounds: Record<number, RoundSummary> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const user of ['admin', 'thanhpho.lanhdao']) cookies[user] = await t.login(user);
  for (const code of ['AS', 'AS-SH', 'AS-SH-P1', 'AS-SH-P2', 'AS-SH-P3']) {
    const [unit] = await t.ownerQuery<{ id: number; path: string }>(
      `SELECT id, path::text AS path FROM units WHERE code = $1`,
      [code],
    );
    ids[code] = unit.id;
    paths[code] = unit.path;
  }
  indicators = await inScope(t.db, ROOT_PATH, (sql) => findIndicatorsOfYear(sql, 2026));
});
afterAll(() => t.close());

const pad = (n: number) => String(n).padStart(2, '0');

async function openMonth(month: number): Promise<RoundSummary> {
  const response = await t.call({
    method: 'POST',
    url: '/api/rounds',
    cookie: cookies['thanhpho.lanhdao'],
    body: {
      openerUnitId: ids['AS-SH'],
      template: 'monthly',
      year: 2026,
      periodIndex: month,
      periodStart: `2026-${pad(month)}-01`,
      periodEnd: `2026-${pad(month)}-28`,
      deadline: `2026-${pad(month + 1)}-05`,
      reportingUnitTypes: ['ward'],
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

/** Approves a ward's report of a month with these figures (entered by the admin, approved by the city). */
const approve = (month: number, unitCode: string, values: FigureInput[]) =>
  fillReport(t, { roundId: rounds[month].id, unitId: ids[unitCode] }, values, {
    author: cookies.admin,
    approver: cookies['thanhpho.lanhdao'],
  });

const CODES = ['KT_GS', 'HO_DAN', 'DIEM_NONG_MUC', 'HOA_GIAI_THANH', 'KS_DIEM', 'DT_TYLE_GQ'] as const;

/** Figures of the listed indicators for a unit, read from the maintained rows in a scope, by the production read. */
async function figures(unitCode: string, span: TotalsSpan, month: number, scope = ROOT_PATH) {
  const totals = await inScope(t.db, scope, (sql) =>
    findTotals(sql, { unitIds: [ids[unitCode]], template: 'monthly', years: [2026], periodIndex: month, span }),
  );
  const lookup = totals.get(`${ids[unitCode]}:2026`) ?? noTotals;
  return Object.fromEntries(
    CODES.map((code) => {
      const figure = figureFromTotals(indicators.find((i) => i.code === code) as Indicator, lookup);
      return [code, figure.denominator === null ? figure.value : `${figure.value}/${figure.denominator}`];
    }),
  );
}

/** One code's entry of a unit's totals as plain numbers; undefined when no approved report reaches it. */
function entryOf(lookup: TotalsLookup | undefined, code: string) {
  const entry = lookup?.keys.get(code) ?? -1;
  if (!lookup || entry < 0 || !lookup.present(entry)) return undefined;
  return {
    valueSum: lookup.valueSum(entry),
    valueMax: lookup.valueMax(entry),
    denominatorSum: lookup.denominatorSum(entry),
    weightedSum: lookup.weightedSum(entry),
    weightSum: lookup.weightSum(entry),
  };
}

describe('maintained rollups of monthly rounds: per period and year to date', () => {
  it('adds each approval to its period and to the year to date of its month and the later ones, by each rule', async () => {
    for (const month of [1, 2, 3]) rounds[month] = await openMonth(month);
    await approve(1, 'AS-SH-P1', [
      { code: 'KT_GS', value: 10 },
      { code: 'HO_DAN', value: 100 },
      { code: 'DIEM_NONG_MUC', value: 2 },
      { code: 'HOA_GIAI_THANH', value: 3, denominator: 4 },
      { code: 'KS_PHIEU', value: 10 },
      { code: 'KS_DIEM', value: 80 },
      { code: 'DT_YKIEN', value: 10 },
      { code: 'DT_YKIEN_GQ', value: 5 },
    ]);
    await approve(1, 'AS-SH-P2', [
      { code: 'KT_GS', value: 5 },
      { code: 'HO_DAN', value: 50 },
      { code: 'DIEM_NONG_MUC', value: 1 },
      { code: 'HOA_GIAI_THANH', value: 1, denominator: 2 },
      { code: 'KS_PHIEU', value: 30 },
      { code: 'KS_DIEM', value: 60 },
      { code: 'DT_YKIEN', value: 10 },
      { code: 'DT_YKIEN_GQ', value: 10 },
    ]);
    await approve(2, 'AS-SH-P1', [
      { code: 'KT_GS', value: 7 },
      { code: 'HO_DAN', value: 110 },
      { code: 'DIEM_NONG_MUC', value: 3 },
    ]);
    await approve(3, 'AS-SH-P1', [
      { code: 'KT_GS', value: 1 },
      { code: 'HO_DAN', value: 120 },
      { code: 'DIEM_NONG_MUC', value: 1 },
    ]);
    await approve(3, 'AS-SH-P3', [
      { code: 'KT_GS', value: 4 },
      { code: 'HO_DAN', value: 40 },
    ]);

    expect(await figures('AS-SH', 'period', 1)).toEqual({
      KT_GS: 15,
      HO_DAN: 150,
      DIEM_NONG_MUC: 2,
      HOA_GIAI_THANH: '4/6',
      KS_DIEM: 65,
      DT_TYLE_GQ: 75,
    });
    // Month 2 alone: only ward 1 approved; what no report carries is missing, not zero.
    expect(await figures('AS-SH', 'period', 2)).toEqual({
      KT_GS: 7,
      HO_DAN: 110,
      DIEM_NONG_MUC: 3,
      HOA_GIAI_THANH: null,
      KS_DIEM: null,
      DT_TYLE_GQ: null,
    });
    // Two months: flows summed, the stock is month 2's (ward 2 has not reported it), the maximum over both months.
    expect(await figures('AS-SH', 'year_to_date', 2)).toEqual({
      KT_GS: 22,
      HO_DAN: 110,
      DIEM_NONG_MUC: 3,
      HOA_GIAI_THANH: '4/6',
      KS_DIEM: 65,
      DT_TYLE_GQ: 75,
    });
    expect(await figures('AS-SH', 'year_to_date', 3)).toEqual({
      KT_GS: 27,
      HO_DAN: 160,
      DIEM_NONG_MUC: 3,
      HOA_GIAI_THANH: '4/6',
      KS_DIEM: 65,
      DT_TYLE_GQ: 75,
    });
    // Months after the last report keep the flows of the year so far; the stock of a month nobody reported is missing.
    expect(await figures('AS-SH', 'year_to_date', 12)).toMatchObject({ KT_GS: 27, HO_DAN: null, DIEM_NONG_MUC: 3 });
    // Every ancestor carries the same totals; a unit with nothing approved has nothing.
    expect(await figures('AS', 'year_to_date', 3)).toEqual(await figures('AS-SH', 'year_to_date', 3));
    expect(await figures('AS-SH-P2', 'year_to_date', 3)).toMatchObject({ KT_GS: 5, HO_DAN: null, DIEM_NONG_MUC: 1 });
    const nothing = Object.values(await figures('AS-SH-P3', 'year_to_date', 2));
    expect(nothing.length).toBeGreaterThan(0);
    expect(nothing.every((value) => value === null)).toBe(true);
  });

  it('shows a late approval in every later year-to-date row at once, leaving later stocks alone', async () => {
    await approve(2, 'AS-SH-P2', [
      { code: 'KT_GS', value: 2 },
      { code: 'HO_DAN', value: 55 },
      { code: 'DIEM_NONG_MUC', value: 1 },
    ]);
    expect(await figures('AS-SH', 'year_to_date', 2)).toMatchObject({ KT_GS: 24, HO_DAN: 165, DIEM_NONG_MUC: 3 });
    expect(await figures('AS-SH', 'year_to_date', 3)).toMatchObject({ KT_GS: 29, HO_DAN: 160, DIEM_NONG_MUC: 3 });
    // The report view of a round reads the same maintained rows (its period).
    const city = await reportOf(t, cookies['thanhpho.lanhdao'], rounds[2].id, ids['AS-SH']);
    expect(city.rows.find((row) => row.indicator.code === 'KT_GS')?.total.value).toBe(9);
    const households = city.rows.findIndex((row) => row.indicator.code === 'HO_DAN');
    expect(city.children.find((child) => child.unitId === ids['AS-SH-P2'])?.values[households]).toBe(55);
  });

  it('takes a reopened report out of its period and every year to date, recomputing the maxima it held', async () => {
    const report = await reportOf(t, cookies['thanhpho.lanhdao'], rounds[2].id, ids['AS-SH-P1']);
    const reopened = await t.call({
      method: 'POST',
      url: `/api/reports/${report.id}/reopen`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { reason: 'Đính chính mức độ điểm nóng' },
    });
    expect(reopened.statusCode, reopened.body).toBe(200);
    expect(await figures('AS-SH', 'period', 2)).toMatchObject({ KT_GS: 2, HO_DAN: 55, DIEM_NONG_MUC: 1 });
    expect(await figures('AS-SH', 'year_to_date', 2)).toMatchObject({ KT_GS: 17, HO_DAN: 55, DIEM_NONG_MUC: 2 });
    expect(await figures('AS-SH', 'year_to_date', 3)).toMatchObject({ KT_GS: 22, HO_DAN: 160, DIEM_NONG_MUC: 2 });
    expect(await figures('AS', 'year_to_date', 12)).toMatchObject({ KT_GS: 22, DIEM_NONG_MUC: 2 });
    // Ward 1's own month 2 is gone; its year to date keeps months 1 and 3.
    expect(await figures('AS-SH-P1', 'period', 2)).toMatchObject({ KT_GS: null, HO_DAN: null, DIEM_NONG_MUC: null });
    expect(await figures('AS-SH-P1', 'year_to_date', 3)).toMatchObject({ KT_GS: 11, HO_DAN: 120, DIEM_NONG_MUC: 2 });

    // Approved again with other figures: back in, by the same rules.
    const saved = await t.call({
      method: 'PUT',
      url: `/api/reports/${report.id}`,
      cookie: cookies.admin,
      body: {
        values: [
          { code: 'DIEM_NONG_MUC', value: 1 },
          { code: 'KT_GS', value: 8 },
        ],
      },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${report.id}/submit`, cookie: cookies.admin })).statusCode,
    ).toBe(200);
    expect(
      (await t.call({ method: 'POST', url: `/api/reports/${report.id}/approve`, cookie: cookies['thanhpho.lanhdao'] }))
        .statusCode,
    ).toBe(200);
    expect(await figures('AS-SH', 'year_to_date', 3)).toMatchObject({ KT_GS: 30, HO_DAN: 160, DIEM_NONG_MUC: 2 });
  });

  it('keeps rows above a ward out of its scope', async () => {
    expect(await figures('AS-SH', 'year_to_date', 3, paths['AS-SH-P1'])).toMatchObject({ KT_GS: null, HO_DAN: null });
    expect(await figures('AS-SH-P1', 'year_to_date', 3, paths['AS-SH-P1'])).toMatchObject({ KT_GS: 19, HO_DAN: 120 });
    const write = t.db.transaction(async (sql) => {
      await sql.exec('SET LOCAL ROLE danvan_app');
      await sql.query(`UPDATE rollup_periods SET totals = '[]'`);
    });
    await expect(write).rejects.toThrow(/permission denied/);
  });

  it('keeps year-to-date rows for quarters too, and none for single-period templates', async () => {
    const quarters: RoundSummary[] = [];
    for (const quarter of [1, 2]) {
      const response = await t.call({
        method: 'POST',
        url: '/api/rounds',
        cookie: cookies['thanhpho.lanhdao'],
        body: {
          openerUnitId: ids['AS-SH'],
          template: 'quarterly',
          year: 2026,
          periodIndex: quarter,
          periodStart: `2026-${pad(quarter * 3 - 2)}-01`,
          periodEnd: `2026-${pad(quarter * 3)}-28`,
          deadline: `2026-${pad(quarter * 3 + 1)}-05`,
          reportingUnitTypes: ['ward'],
        },
      });
      expect(response.statusCode, response.body).toBe(201);
      quarters.push(response.json());
    }
    for (const [i, value] of [5, 6].entries()) {
      rounds[100 + i] = quarters[i];
      await approve(100 + i, 'AS-SH-P1', [
        { code: 'KT_GS', value },
        { code: 'HO_DAN', value: 100 + value },
      ]);
    }
    const quarterly = (span: TotalsSpan, quarter: number) =>
      inScope(t.db, ROOT_PATH, async (sql) => {
        const totals = await findTotals(sql, {
          unitIds: [ids.AS],
          template: 'quarterly',
          years: [2026],
          periodIndex: quarter,
          span,
        });
        const lookup = totals.get(`${ids.AS}:2026`);
        return [entryOf(lookup, 'KT_GS')?.valueSum, entryOf(lookup, 'HO_DAN')?.valueSum];
      });
    expect(await quarterly('period', 2)).toEqual([6, 106]);
    expect(await quarterly('year_to_date', 2)).toEqual([11, 106]);
    expect(await quarterly('year_to_date', 4)).toEqual([11, undefined]);
    const annual = await t.call({
      method: 'POST',
      url: '/api/rounds',
      cookie: cookies['thanhpho.lanhdao'],
      body: {
        openerUnitId: ids['AS-SH'],
        template: 'annual',
        year: 2026,
        periodStart: '2025-12-15',
        periodEnd: '2026-12-14',
        deadline: '2026-12-20',
        reportingUnitTypes: ['ward'],
      },
    });
    expect(annual.statusCode, annual.body).toBe(201);
    rounds[200] = annual.json();
    await approve(200, 'AS-SH-P2', [{ code: 'KT_GS', value: 40 }]);
    const single = await t.ownerQuery<{ spans: string[]; periods: number[] }>(
      `SELECT array_agg(DISTINCT span) AS spans, array_agg(DISTINCT period_index) AS periods FROM rollup_periods WHERE template = 'annual'`,
    );
    expect(single).toEqual([{ spans: ['period'], periods: [1] }]);
  });

  it('keeps each code in one slot for good, so rows written under different catalogues line up', async () => {
    const apply = (unitCode: string, values: { code: string; value: number; kind: string }[]) =>
      t.ownerQuery(`SELECT apply_rollup($1, 'monthly', 2031, 1, 1, $2::jsonb)`, [
        ids[unitCode],
        JSON.stringify(values),
      ]);
    const slotsOf = () =>
      t.ownerQuery<{ code: string; slot: number }>(
        `SELECT code, slot FROM rollup_slots WHERE code LIKE 'ZZ_%' ORDER BY code`,
      );
    // Ward 1 reports under a catalogue that has only ZZ_A; ward 2 under a later one that adds ZZ_B.
    await apply('AS-SH-P1', [{ code: 'ZZ_A', value: 3, kind: 'sum' }]);
    await apply('AS-SH-P2', [
      { code: 'ZZ_B', value: 4, kind: 'max' },
      { code: 'ZZ_A', value: 1, kind: 'sum' },
    ]);
    const slots = await slotsOf();
    expect(slots.map((row) => row.code)).toEqual(['ZZ_A', 'ZZ_B']);
    expect(slots[1].slot).toBeGreaterThan(slots[0].slot);
    await apply('AS-SH-P3', [{ code: 'ZZ_B', value: 9, kind: 'max' }]);
    expect(await slotsOf()).toEqual(slots);

    const read = (unitCode: string) =>
      inScope(t.db, ROOT_PATH, async (sql) => {
        const totals = await findTotals(sql, {
          unitIds: [ids[unitCode]],
          template: 'monthly',
          years: [2031],
          periodIndex: 1,
        });
        const lookup = totals.get(`${ids[unitCode]}:2031`);
        return { a: entryOf(lookup, 'ZZ_A'), b: entryOf(lookup, 'ZZ_B') };
      });
    expect(await read('AS-SH')).toEqual({
      a: { valueSum: 4, valueMax: null, denominatorSum: 0, weightedSum: 0, weightSum: 0 },
      b: { valueSum: 13, valueMax: 9, denominatorSum: 0, weightedSum: 0, weightSum: 0 },
    });
    // Ward 1's row was written before ZZ_B had a slot: the code is absent there, not zero.
    expect((await read('AS-SH-P1')).b).toBeUndefined();

    const write = t.db.transaction(async (sql) => {
      await sql.exec('SET LOCAL ROLE danvan_app');
      await sql.query(`INSERT INTO rollup_slots (code, slot) VALUES ('ZZ_C', 999)`);
    });
    await expect(write).rejects.toThrow(/permission denied/);
    // These rows come from no approved report: out of the way of the rebuild below.
    await t.ownerQuery(`DELETE FROM rollup_periods WHERE year = 2031`);
  });

  it('maintains exactly what rebuilding from the approved reports gives', async () => {
    const snapshot = () =>
      t.ownerQuery<{ key: string; entries: Record<string, number[]> }>(
        `SELECT concat_ws(':', unit_id, template, year, span, period_index) AS key,
              (SELECT jsonb_object_agg(e.code, jsonb_build_array(e.value_sum, e.reports, e.value_max, e.denominator_sum, e.weighted_sum, e.weight_sum))
                 FROM rollup_entries(totals, extras) e WHERE e.reports <> 0) AS entries
         FROM rollup_periods ORDER BY 1`,
      );
    const maintained = (await snapshot()).filter((row) => row.entries !== null);
    expect(maintained.length).toBeGreaterThan(0);
    await t.ownerQuery('SELECT rebuild_rollup_periods()');
    expect(await snapshot()).toEqual(maintained);
  });
});
