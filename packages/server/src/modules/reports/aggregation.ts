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

/** A unit's totals by indicator code: a Map, or the packed row of rollup_periods read in place. */
export interface TotalsLookup {
  get(code: string): Totals | undefined;
}

const missing: Figure = { value: null, denominator: null };
const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * The figure an indicator shows for a set of approved reports, by its rule. Nothing approved
 * yields null ("missing"), never zero; rates are recomputed from summed parts, never averaged.
 */
export function figureFromTotals(indicator: Indicator, totals: TotalsLookup): Figure {
  if (indicator.aggregation === 'ratio') {
    const numerator = totals.get(indicator.numeratorCode as string);
    const denominator = totals.get(indicator.denominatorCode as string);
    if (!numerator?.reports || !denominator?.reports || denominator.valueSum === 0) return missing;
    return { value: round2((100 * numerator.valueSum) / denominator.valueSum), denominator: null };
  }
  const own = totals.get(indicator.code);
  if (!own || own.reports <= 0) return missing;
  switch (indicator.aggregation) {
    case 'sum':
    case 'latest':
      return { value: own.valueSum, denominator: null };
    case 'max':
      return { value: own.valueMax, denominator: null };
    case 'coverage':
      return { value: own.valueSum, denominator: own.denominatorSum };
    case 'weighted_avg':
      return { value: own.weightSum > 0 ? round2(own.weightedSum / own.weightSum) : null, denominator: null };
  }
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
  if (current.value == null || lastYear.value == null) return { difference: null, percentChange: null };
  const difference = round2(current.value - lastYear.value);
  return { difference, percentChange: lastYear.value === 0 ? null : round2((100 * difference) / lastYear.value) };
}
