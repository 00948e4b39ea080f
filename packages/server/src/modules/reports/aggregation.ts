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
 * A unit's totals read key by key: `keys` gives each indicator code's key, and the field readers
 * take a key that `present` says an approved report reaches. The lookups of one read share their
 * `keys`, so a drill-down over hundreds of units resolves each code once (figureColumns) and reads
 * the packed rows in place, allocating nothing per figure.
 */
export interface TotalsLookup {
  readonly keys: ReadonlyMap<string, number>;
  present(key: number): boolean;
  valueSum(key: number): number;
  valueMax(key: number): number | null;
  denominatorSum(key: number): number;
  weightedSum(key: number): number;
  weightSum(key: number): number;
}

/** Totals kept by code (a report's own, the tests'), as a lookup. */
export function totalsLookup(totals: ReadonlyMap<string, Totals>): TotalsLookup {
  const entries = [...totals.values()];
  return {
    keys: new Map([...totals.keys()].map((code, i) => [code, i])),
    present: (i) => entries[i].reports > 0,
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
 * An indicator's rule, and its codes as keys of a lookup (-1 where the lookup has no such code):
 * resolved once per view, so the figures of hundreds of units compare no strings.
 */
interface ResolvedIndicator {
  rule: Rule;
  coverage: boolean;
  code: number;
  numerator: number;
  denominator: number;
}

const enum Rule {
  Sum,
  Max,
  WeightedAvg,
  Ratio,
}

const ruleOf: Record<Indicator['aggregation'], Rule> = {
  sum: Rule.Sum,
  latest: Rule.Sum,
  coverage: Rule.Sum,
  max: Rule.Max,
  weighted_avg: Rule.WeightedAvg,
  ratio: Rule.Ratio,
};

function resolve(indicator: Indicator, keys: ReadonlyMap<string, number>): ResolvedIndicator {
  const key = (code: string | null | undefined) => (code ? (keys.get(code) ?? -1) : -1);
  return {
    rule: ruleOf[indicator.aggregation],
    coverage: indicator.aggregation === 'coverage',
    code: key(indicator.code),
    numerator: key(indicator.numeratorCode),
    denominator: key(indicator.denominatorCode),
  };
}

const resolvedLists = new WeakMap<readonly Indicator[], WeakMap<ReadonlyMap<string, number>, ResolvedIndicator[]>>();

/** Every indicator of a list resolved against a lookup's keys, once per list and keys. */
function resolveAll(indicators: readonly Indicator[], keys: ReadonlyMap<string, number>): ResolvedIndicator[] {
  let byKeys = resolvedLists.get(indicators);
  if (!byKeys) resolvedLists.set(indicators, (byKeys = new WeakMap()));
  let resolved = byKeys.get(keys);
  if (!resolved) byKeys.set(keys, (resolved = indicators.map((indicator) => resolve(indicator, keys))));
  return resolved;
}

const reached = (totals: TotalsLookup, key: number) => key >= 0 && totals.present(key);

/**
 * The value an indicator shows for a set of approved reports, by its rule; NaN when nothing
 * approved gives one ("missing", never zero). Rates are recomputed from summed parts, never averaged.
 */
function figureValue(indicator: ResolvedIndicator, totals: TotalsLookup): number {
  if (indicator.rule === Rule.Ratio) {
    const { numerator, denominator } = indicator;
    if (!reached(totals, numerator) || !reached(totals, denominator) || totals.valueSum(denominator) === 0) return NaN;
    return round2((100 * totals.valueSum(numerator)) / totals.valueSum(denominator));
  }
  const key = indicator.code;
  if (!reached(totals, key)) return NaN;
  switch (indicator.rule) {
    case Rule.Sum:
      return totals.valueSum(key);
    case Rule.Max:
      return totals.valueMax(key) ?? NaN;
    case Rule.WeightedAvg: {
      const weight = totals.weightSum(key);
      return weight > 0 ? round2(totals.weightedSum(key) / weight) : NaN;
    }
  }
}

/** The "of how many" of a coverage figure ("8/8"); NaN for other rules or a missing figure. */
function figureDenominator(indicator: ResolvedIndicator, totals: TotalsLookup, value: number): number {
  return indicator.coverage && !Number.isNaN(value) ? totals.denominatorSum(indicator.code) : NaN;
}

/** The figure an indicator shows for a set of approved reports, by its rule (null: missing). */
export function figureFromTotals(indicator: Indicator, totals: TotalsLookup): Figure {
  const resolved = resolve(indicator, totals.keys);
  const value = figureValue(resolved, totals);
  return { value: orNull(value), denominator: orNull(figureDenominator(resolved, totals, value)) };
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

/**
 * Totals of several parts added up as the rollup adds them (sums and parts add, maxima take the
 * larger), into one map: a province's hundred communes are added without a copy per commune.
 */
export function addTotals(lookups: TotalsLookup[]): TotalsLookup {
  const sum = new Map<string, Totals>();
  for (const lookup of lookups) {
    for (const [code, key] of lookup.keys) {
      if (!lookup.present(key)) continue;
      const current = sum.get(code);
      const valueMax = lookup.valueMax(key);
      if (!current) {
        sum.set(code, {
          valueSum: lookup.valueSum(key),
          denominatorSum: lookup.denominatorSum(key),
          valueMax,
          weightedSum: lookup.weightedSum(key),
          weightSum: lookup.weightSum(key),
          reports: 1,
        });
        continue;
      }
      current.valueSum += lookup.valueSum(key);
      current.denominatorSum += lookup.denominatorSum(key);
      current.valueMax =
        current.valueMax === null
          ? valueMax
          : valueMax === null
            ? current.valueMax
            : Math.max(current.valueMax, valueMax);
      current.weightedSum += lookup.weightedSum(key);
      current.weightSum += lookup.weightSum(key);
      current.reports += 1;
    }
  }
  return totalsLookup(sum);
}

/** A report's own totals added to a unit's maintained totals, as approving it would (mirrors apply_rollup). */
export function withReportAdded(totals: TotalsLookup, report: ReadonlyMap<string, Totals>): TotalsLookup {
  return addTotals([totals, totalsLookup(report)]);
}

/** Absolute and percent change against last year; percent is null when last year is missing or 0. */
export function compare(
  current: Figure,
  lastYear: Figure,
): { difference: number | null; percentChange: number | null } {
  const difference = differenceOf(current.value ?? NaN, lastYear.value ?? NaN);
  return { difference: orNull(difference), percentChange: orNull(percentChangeOf(difference, lastYear.value ?? NaN)) };
}

/** compare() on plain numbers, NaN for null, so columns of figures compare without objects. */
export const differenceOf = (current: number, lastYear: number) => round2(current - lastYear);
export const percentChangeOf = (difference: number, lastYear: number) =>
  lastYear === 0 ? NaN : round2((100 * difference) / lastYear);

/**
 * Figures of many indicators for one unit, by position in the indicator list, without an object
 * per figure (a province's drill-down holds tens of thousands): NaN where a figure is missing.
 */
export interface FigureColumns {
  values: Float64Array;
  denominators: Float64Array;
}

export function figureColumns(indicators: readonly Indicator[], totals: TotalsLookup): FigureColumns {
  const resolved = resolveAll(indicators, totals.keys);
  const values = new Float64Array(indicators.length);
  const denominators = new Float64Array(indicators.length);
  for (let i = 0; i < resolved.length; i++) {
    values[i] = figureValue(resolved[i], totals);
    denominators[i] = figureDenominator(resolved[i], totals, values[i]);
  }
  return { values, denominators };
}

/** Columns as the lists a response carries (JSON has no NaN: null). */
export function figureLists(columns: FigureColumns): { values: (number | null)[]; denominators: (number | null)[] } {
  return { values: Array.from(columns.values, orNull), denominators: Array.from(columns.denominators, orNull) };
}
