import { indicatorSchema, type Indicator } from '@danvan/shared';
import { describe, expect, it } from 'vitest';
import {
  compare,
  differenceOf,
  figureColumns,
  figureFromTotals,
  noTotals,
  percentChangeOf,
  totalsOfOwnValues,
  withReportAdded,
  type TotalsLookup,
} from './aggregation.js';

const indicator = (code: string, aggregation: Indicator['aggregation'], extra: Partial<Indicator> = {}): Indicator =>
  indicatorSchema.parse({
    code,
    nameVi: code,
    nameEn: code,
    unitVi: 'đơn vị',
    section: 'leadership',
    aggregation,
    weightCode: null,
    numeratorCode: null,
    denominatorCode: null,
    computedKey: null,
    ...extra,
  });

/** Adds the own totals of several unit reports one by one, as approving each would (withReportAdded mirrors apply_rollup). */
function rollup(
  indicators: Indicator[],
  reports: Record<string, { value: number | null; denominator?: number | null }>[],
): TotalsLookup {
  return reports.reduce(
    (totals, report) =>
      withReportAdded(
        totals,
        totalsOfOwnValues(
          indicators,
          new Map(
            Object.entries(report).map(([code, f]) => [code, { value: f.value, denominator: f.denominator ?? null }]),
          ),
        ),
      ),
    noTotals,
  );
}

describe('aggregation rules', () => {
  const docs = indicator('VB', 'sum');
  const members = indicator('HV', 'latest');
  const severity = indicator('MUC', 'max');
  const coverage = indicator('THAM_GIA', 'coverage');
  const answers = indicator('PHIEU', 'sum');
  const score = indicator('DIEM', 'weighted_avg', { weightCode: 'PHIEU' });
  const raised = indicator('YK', 'sum');
  const resolved = indicator('YK_GQ', 'sum');
  const rate = indicator('TYLE', 'ratio', { numeratorCode: 'YK_GQ', denominatorCode: 'YK' });
  const all = [docs, members, severity, coverage, answers, score, raised, resolved, rate];
  const totals = rollup(all, [
    {
      VB: { value: 10 },
      HV: { value: 1200 },
      MUC: { value: 2 },
      THAM_GIA: { value: 5, denominator: 5 },
      PHIEU: { value: 100 },
      DIEM: { value: 80 },
      YK: { value: 40 },
      YK_GQ: { value: 30 },
    },
    {
      VB: { value: 5 },
      HV: { value: 800 },
      MUC: { value: 3 },
      THAM_GIA: { value: 2, denominator: 3 },
      PHIEU: { value: 300 },
      DIEM: { value: 60 },
      YK: { value: 10 },
      YK_GQ: { value: 10 },
    },
    { VB: { value: null }, HV: { value: null } },
  ]);

  it('sums flows and stocks across units', () => {
    expect(figureFromTotals(docs, totals)).toEqual({ value: 15, denominator: null });
    expect(figureFromTotals(members, totals)).toEqual({ value: 2000, denominator: null });
  });
  it('takes the maximum', () => expect(figureFromTotals(severity, totals).value).toBe(3));
  it('adds coverage parts separately, never averaging percentages', () =>
    expect(figureFromTotals(coverage, totals)).toEqual({ value: 7, denominator: 8 }));
  it('weights averages by their weight indicator', () => expect(figureFromTotals(score, totals).value).toBe(65));
  it('recomputes rates from summed parts', () => expect(figureFromTotals(rate, totals).value).toBe(80));
  it('shows nothing approved as missing, never zero', () => {
    for (const i of all) expect(figureFromTotals(i, noTotals).value).toBeNull();
    expect(figureFromTotals(rate, rollup(all, [{ YK: { value: 0 }, YK_GQ: { value: 0 } }])).value).toBeNull();
  });
  it('gives the same figures and comparisons column by column, NaN where they are null', () => {
    const lastYear = rollup(all, [{ VB: { value: 12 }, HV: { value: 0 }, THAM_GIA: { value: 6, denominator: 8 } }]);
    const current = figureColumns(all, totals);
    const previous = figureColumns(all, lastYear);
    const difference = current.values.map((value, k) => differenceOf(value, previous.values[k]));
    const percentChange = difference.map((change, k) => percentChangeOf(change, previous.values[k]));
    const orNull = (n: number) => (Number.isNaN(n) ? null : n);
    all.forEach((i, k) => {
      const figure = figureFromTotals(i, totals);
      const change = compare(figure, figureFromTotals(i, lastYear));
      expect(
        [orNull(current.values[k]), orNull(current.denominators[k]), orNull(difference[k]), orNull(percentChange[k])],
        i.code,
      ).toEqual([figure.value, figure.denominator, change.difference, change.percentChange]);
    });
    expect(orNull(difference[0])).toBe(3);
    expect(orNull(percentChange[1])).toBeNull();
  });
  it('compares with last year in absolute and percent terms', () => {
    expect(compare({ value: 53, denominator: null }, { value: 45, denominator: null })).toEqual({
      difference: 8,
      percentChange: 17.78,
    });
    expect(compare({ value: 5, denominator: null }, { value: 0, denominator: null })).toEqual({
      difference: 5,
      percentChange: null,
    });
    expect(compare({ value: 5, denominator: null }, { value: null, denominator: null })).toEqual({
      difference: null,
      percentChange: null,
    });
  });
});
