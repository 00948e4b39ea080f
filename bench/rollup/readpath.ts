// The read side of a 9-month rollup with last-year comparison, built on the production pieces:
// the maintained year-to-date rows of rollup_periods read by the production findTotals (what
// the report view reads), turned into figures by figureFromTotals and compared by compare().
// DuckDB, the reference, aggregates its raw monthly values into the same Totals (toTotals).
import { createHash } from 'node:crypto';
import type { Figure, Indicator } from '@danvan/shared';
import type { Sql } from '../../packages/server/src/db/client.js';
import { compare, figureFromTotals, type Totals, type TotalsLookup } from '../../packages/server/src/modules/reports/aggregation.js';
import { findTotals, type TotalsSpan } from '../../packages/server/src/modules/reports/reports.repository.js';

/**
 * The 9-month figures of several units and years through the production read: one
 * year-to-date row per unit and year ('one_period' reads the month's own row instead).
 */
export function readYearToDate(sql: Sql, unitIds: number[], years: number[], through: number, span: TotalsSpan = 'year_to_date') {
  return findTotals(sql, { unitIds, template: 'monthly', years, periodIndex: through, span });
}

/**
 * Totals over months 1..through of one year per unit and indicator, as DuckDB computes them
 * from raw values: flows are summed over the months, stocks ('latest') are the last month's
 * totals, maxima the largest.
 */
export interface PeriodTotalsRow {
  unit_id: number;
  year: number;
  indicator_code: string;
  flow_sum: number;
  flow_denominator: number;
  last_sum: number | null;
  last_denominator: number | null;
  value_max: number | null;
  weighted_sum: number;
  weight_sum: number;
  flow_reports: number;
  last_reports: number | null;
}

export type TotalsByUnitYear = Map<string, Map<string, Totals>>;

/** Rows of period totals → the Totals each indicator's rule reads (a stock takes the last month). */
export function toTotals(rows: PeriodTotalsRow[], aggregationOf: ReadonlyMap<string, Indicator['aggregation']>): TotalsByUnitYear {
  const byKey: TotalsByUnitYear = new Map();
  for (const row of rows) {
    const key = `${row.unit_id}:${row.year}`;
    let totals = byKey.get(key);
    if (!totals) byKey.set(key, (totals = new Map()));
    const stock = aggregationOf.get(row.indicator_code) === 'latest';
    totals.set(row.indicator_code, {
      valueSum: Number(stock ? (row.last_sum ?? 0) : row.flow_sum),
      denominatorSum: Number(stock ? (row.last_denominator ?? 0) : row.flow_denominator),
      valueMax: row.value_max === null ? null : Number(row.value_max),
      weightedSum: Number(row.weighted_sum),
      weightSum: Number(row.weight_sum),
      reports: Number(stock ? (row.last_reports ?? 0) : row.flow_reports),
    });
  }
  return byKey;
}

export interface UnitFigures {
  unitId: number;
  rows: { code: string; total: Figure; lastYear: Figure; difference: number | null; percentChange: number | null }[];
}

/** Every unit's figures for the current year beside last year's, by the indicators' rules. */
export function buildFigures(indicators: Indicator[], totals: ReadonlyMap<string, TotalsLookup>, unitIds: number[], year: number): UnitFigures[] {
  const empty: TotalsLookup = new Map<string, Totals>();
  return unitIds.map((unitId) => {
    const current = totals.get(`${unitId}:${year}`) ?? empty;
    const previous = totals.get(`${unitId}:${year - 1}`) ?? empty;
    return {
      unitId,
      rows: indicators.map((indicator) => {
        const total = figureFromTotals(indicator, current);
        const lastYear = figureFromTotals(indicator, previous);
        return { code: indicator.code, total, lastYear, ...compare(total, lastYear) };
      }),
    };
  });
}

/** A short digest of the figures, to check that every engine computed the same thing. */
export function digest(figures: UnitFigures[]): string {
  const hash = createHash('sha256');
  for (const unit of figures) {
    for (const row of unit.rows) {
      hash.update(`${unit.unitId}|${row.code}|${row.total.value}|${row.total.denominator}|${row.lastYear.value}|${row.lastYear.denominator}\n`);
    }
  }
  return hash.digest('hex').slice(0, 12);
}
