import type { Figure, Indicator } from '@danvan/shared';

/** Maintained subtree totals of one indicator (an entry of a rollup_periods row). */
export interface Totals {
  valueSum: number;
  denominatorSum: number;
  valueMax: number | null;
  weightedSum: number;
  weightSum: number;
  reports: number;
}

/**
 * A unit's totals read entry by entry: `entry(code)` finds the code's entry (-1 when no approved
 * report reaches it) and the field readers take that entry, so a drill-down over hundreds of
 * units reads its packed rows in place and allocates nothing per figure.
 */
export interface TotalsLookup {
  entry(code: string): number;
  valueSum(entry: number): number;
  valueMax(entry: number): number | null;
  denominatorSum(entry: number): number;
  weightedSum(entry: number): number;
  weightSum(entry: number): number;
}

/** Totals kept by code (a report's own, the tests'), as a lookup. */
export function totalsLookup(totals: ReadonlyMap<string, Totals>): TotalsLookup {
  const entries = [...totals.values()];
  const index = new Map([...totals.keys()].map((code, i) => [code, i]));
  return {
    entry: (code) => {
      const i = index.get(code);
      return i !== undefined && entries[i].reports > 0 ? i : -1;
    },
    valueSum: (i) => entries[i].valueSum,
    valueMax: (i) => entries[i].valueMax,
    denominatorSum: (i) => entries[i].denominatorSum,
    weightedSum: (i) => entries[i].weightedSum,
    weightSum: (i) => entries[i].weightSum,
  };
}

/** No approved report anywhere. */
export const noTotals: TotalsLookup = totalsLookup(new Map());

const round2 = (n: number) => Math.round(n * 100) / 100;
const orNull = (n: number) => (Number.isNaN(n) ? null : n);

/**
 * The value an indicator shows for a set of approved reports, by its rule; NaN when nothing
 * approved gives one ("missing", never zero). Rates are recomputed from summed parts, never averaged.
 */
function figureValue(indicator: Indicator, totals: TotalsLookup): number {
  if (indicator.aggregation === 'ratio') {
    const numerator = totals.entry(indicator.numeratorCode as string);
    const denominator = totals.entry(indicator.denominatorCode as string);
    if (numerator < 0 || denominator < 0 || totals.valueSum(denominator) === 0) return NaN;
    return round2((100 * totals.valueSum(numerator)) / totals.valueSum(denominator));
  }
  const entry = totals.entry(indicator.code);
  if (entry < 0) return NaN;
  switch (indicator.aggregation) {
    case 'sum':
    case 'latest':
    case 'coverage':
      return totals.valueSum(entry);
    case 'max':
      return totals.valueMax(entry) ?? NaN;
    case 'weighted_avg': {
      const weight = totals.weightSum(entry);
      return weight > 0 ? round2(totals.weightedSum(entry) / weight) : NaN;
    }
  }
}

/** The "of how many" of a coverage figure ("8/8"); NaN for other rules or a missing figure. */
function figureDenominator(indicator: Indicator, totals: TotalsLookup, value: number): number {
  if (indicator.aggregation !== 'coverage' || Number.isNaN(value)) return NaN;
  return totals.denominatorSum(totals.entry(indicator.code));
}

/** The figure an indicator shows for a set of approved reports, by its rule (null: missing). */
export function figureFromTotals(indicator: Indicator, totals: TotalsLookup): Figure {
  const value = figureValue(indicator, totals);
  return { value: orNull(value), denominator: orNull(figureDenominator(indicator, totals, value)) };
}

/** Totals of a single report, so its own figures follow the same rules as any rollup. */
export function totalsOfOwnValues(
  indicators: readonly Indicator[],
  values: ReadonlyMap<string, Figure>,
): Map<string, Totals> {
  const totals = new Map<string, Totals>();
  for (const indicator of indicators) {
    const figure = values.get(indicator.code);
    if (figure?.value == null) continue;
    const weight = indicator.weightCode ? (values.get(indicator.weightCode)?.value ?? 0) : 0;
    totals.set(indicator.code, {
      valueSum: figure.value,
      denominatorSum: figure.denominator ?? 0,
      valueMax: figure.value,
      weightedSum: figure.value * weight,
      weightSum: weight,
      reports: 1,
    });
  }
  return totals;
}

/** Absolute and percent change against last year; percent is null when last year is missing or 0. */
export function compare(current: Figure, lastYear: Figure): { difference: number | null; percentChange: number | null } {
  const difference = differenceOf(current.value ?? NaN, lastYear.value ?? NaN);
  return { difference: orNull(difference), percentChange: orNull(percentChangeOf(difference, lastYear.value ?? NaN)) };
}

/** compare() on plain numbers, NaN for null, so columns of figures compare without objects. */
export const differenceOf = (current: number, lastYear: number) => round2(current - lastYear);
export const percentChangeOf = (difference: number, lastYear: number) => (lastYear === 0 ? NaN : round2((100 * difference) / lastYear));

/**
 * Figures of many indicators for one unit, by position in the indicator list, without an object
 * per figure (a province's drill-down holds tens of thousands): NaN where a figure is missing.
 */
export interface FigureColumns {
  values: Float64Array;
  denominators: Float64Array;
}

export function figureColumns(indicators: readonly Indicator[], totals: TotalsLookup): FigureColumns {
  const values = new Float64Array(indicators.length);
  const denominators = new Float64Array(indicators.length);
  indicators.forEach((indicator, i) => {
    values[i] = figureValue(indicator, totals);
    denominators[i] = figureDenominator(indicator, totals, values[i]);
  });
  return { values, denominators };
}

/** Columns as the lists a response carries (JSON has no NaN: null). */
export function figureLists(columns: FigureColumns): { values: (number | null)[]; denominators: (number | null)[] } {
  return { values: Array.from(columns.values, orNull), denominators: Array.from(columns.denominators, orNull) };
}
