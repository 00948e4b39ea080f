import { describe, expect, it } from 'vitest';
import type { Indicator, ReportIndicatorRow } from '@danvan/shared';
import { typedChange, typedOwnChange } from './typedChange';

const figure = (value: number | null, denominator: number | null = null) => ({ value, denominator });

function row(aggregation: Indicator['aggregation'], own: number | null, lastYear: number | null): ReportIndicatorRow {
  return {
    indicator: { code: 'DT_CUOC', aggregation, unitVi: 'cuộc' } as Indicator,
    own: { ...figure(own), source: 'entered', computedValue: null, adjustReason: null },
    total: figure(own),
    lastYear: figure(lastYear),
    lastYearSource: lastYear === null ? null : 'reports',
    ownLastYear: figure(lastYear),
    ownDifference: null,
    ownPercentChange: null,
    comparable: { current: figure(own), lastYear: figure(own === null ? null : lastYear) },
    difference: null,
    percentChange: null,
    rateChange: null,
  } as ReportIndicatorRow;
}

const edit = (value: number | null, denominator: number | null = null) => ({ value, denominator, adjustReason: null });
const ward = { unitsBelow: false, ownCompared: true };

describe('the change against last year as a figure is typed', () => {
  it('compares a ward’s typed figure with its last year at once', () => {
    const typed = typedChange(row('sum', null, 20), edit(25), ward);
    expect(typed).toMatchObject({ difference: 5, percentChange: 25, comparable: { current: { value: 25 } } });
    expect(typedChange(row('sum', null, 20), edit(null), ward).difference).toBeNull();
    expect(typedChange(row('sum', null, null), edit(3), ward).difference).toBeNull();
  });

  it('gives a coverage in percentage points', () => {
    const coverage = { ...row('coverage', null, 4), lastYear: figure(4, 8) };
    expect(typedChange(coverage, edit(6, 8), ward).rateChange).toBe(25);
  });

  it('adds a typed own figure to the compared total of a sum with units below, and leaves other rules to the server', () => {
    const city = {
      ...row('sum', 10, 100),
      total: figure(110),
      comparable: { current: figure(110), lastYear: figure(100) },
    };
    const shape = { unitsBelow: true, ownCompared: true };
    expect(typedChange(city, edit(15), shape)).toMatchObject({ difference: 15, total: { value: 115 } });
    expect(typedChange(city, edit(15), { ...shape, ownCompared: false })).toBe(city);
    const max = { ...city, indicator: { ...city.indicator, aggregation: 'max' as const } };
    expect(typedChange(max, edit(15), shape)).toBe(max);
  });

  it('keeps the server’s row while nothing was typed', () => {
    const stored = row('sum', 3, 2);
    expect(typedChange(stored, edit(3), ward)).toBe(stored);
    expect(typedChange(stored, null, ward)).toBe(stored);
  });

  it('gives the body’s own change against its own last year as it is typed', () => {
    const city = { ...row('sum', 8, 112), ownLastYear: figure(9), ownDifference: -1, ownPercentChange: -11.11 };
    expect(typedOwnChange(city, edit(15))).toMatchObject({ ownDifference: 6, ownPercentChange: 66.67 });
    expect(typedOwnChange(city, edit(null))).toMatchObject({ ownDifference: null, ownPercentChange: null });
    expect(typedOwnChange({ ...city, ownLastYear: figure(0) }, edit(2))).toMatchObject({
      ownDifference: 2,
      ownPercentChange: null,
    });
    expect(typedOwnChange(city, edit(8))).toBe(city);
    expect(typedOwnChange(city, null)).toBe(city);
    const ratio = { ...city, indicator: { ...city.indicator, aggregation: 'ratio' as const } };
    expect(typedOwnChange(ratio, edit(15))).toBe(ratio);
  });
});
