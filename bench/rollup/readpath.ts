// The read side of a 9-month rollup with last-year comparison, built on the production pieces:
// the maintained year-to-date rows of rollup_periods read by the production findTotals (what
// the report view reads), turned into figures by figureColumns and compared by compareColumns.
// DuckDB, the reference, aggregates its raw monthly values into the same Totals (toTotals).
import { createHash } from 'node:crypto';
import type { Indicator } from '@danvan/shared';
import type { Sql } from '../../packages/server/src/db/client.js';
import {
  differenceOf,
  figureColumns,
  type FigureColumns,
  findTotals,
  noTotals,
  percentChangeOf,
  type Totals,
  totalsLookup,
  type TotalsLookup,
  type TotalsSpan,
} from '../../packages/server/src/modules/reports/index.js';

/**
 * The 9-month figures of several units and years through the production read: one
 * year-to-date row per unit and year ('one_period' reads the month's own row instead).
 */
export function readYearToDate(
  sql: Sql,
  unitIds: number[],
  years: number[],
  through: number,
  span: TotalsSpan = 'year_to_date',
) {
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

/** Rows of period totals → each unit and year's totals as the rules read them (a stock takes the last month). */
export function toTotals(
  rows: PeriodTotalsRow[],
  aggregationOf: ReadonlyMap<string, Indicator['aggregation']>,
): Map<string, TotalsLookup> {
  const byKey = new Map<string, Map<string, Totals>>();
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
  return new Map([...byKey].map(([key, totals]) => [key, totalsLookup(totals)]));
}

export interface UnitFigures {
  unitId: number;
  codes: readonly string[];
  total: FigureColumns;
  lastYear: FigureColumns;
  difference: Float64Array;
  percentChange: Float64Array;
}

/** compare() column by column: NaN where it gives null. */
function compareColumns(
  current: FigureColumns,
  lastYear: FigureColumns,
): { difference: Float64Array; percentChange: Float64Array } {
  const count = current.values.length;
  const difference = new Float64Array(count);
  const percentChange = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    difference[i] = differenceOf(current.values[i], lastYear.values[i]);
    percentChange[i] = percentChangeOf(difference[i], lastYear.values[i]);
  }
  return { difference, percentChange };
}

/**
 * Every unit's figures for the current year beside last year's, by the indicators' rules, in the
 * columns a drill-down keeps (figureColumns, compareColumns: no object per figure).
 */
export function buildFigures(
  indicators: Indicator[],
  totals: ReadonlyMap<string, TotalsLookup>,
  unitIds: number[],
  year: number,
): UnitFigures[] {
  const codes = indicators.map((indicator) => indicator.code);
  return unitIds.map((unitId) => {
    const total = figureColumns(indicators, totals.get(`${unitId}:${year}`) ?? noTotals);
    const lastYear = figureColumns(indicators, totals.get(`${unitId}:${year - 1}`) ?? noTotals);
    return { unitId, codes, total, lastYear, ...compareColumns(total, lastYear) };
  });
}

/** A short digest of the figures, to check that every engine computed the same thing. */
export function digest(figures: UnitFigures[]): string {
  const hash = createHash('sha256');
  const text = (n: number) => (Number.isNaN(n) ? 'null' : String(n));
  for (const unit of figures) {
    unit.codes.forEach((code, i) => {
      hash.update(
        `${unit.unitId}|${code}|${text(unit.total.values[i])}|${text(unit.total.denominators[i])}|${text(unit.lastYear.values[i])}|${text(unit.lastYear.denominators[i])}\n`,
      );
    });
  }
  return hash.digest('hex').slice(0, 12);
}
