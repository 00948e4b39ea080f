import type { Figure, Indicator, ReportIndicatorRow } from '@danvan/shared';
import {
  addTotals,
  compare,
  figureFromTotals,
  totalsLookup,
  totalsOfOwnValues,
  type TotalsLookup,
} from './aggregation.js';

/**
 * One part of a report's area for the comparison with last year: the unit itself (its own
 * report) or one child's subtree, with its figures of both years (null: nothing that year).
 */
export interface AreaPart {
  name: string;
  current: TotalsLookup | null;
  lastYear: TotalsLookup | null;
}

/** What the figures of a report are built from, gathered by the view. */
export interface FigureSources {
  indicators: readonly Indicator[];
  /** The unit's own figures as stored (or freshly computed for the editor). */
  own: ReadonlyMap<string, Figure>;
  /** The area's total this year: own as entered plus the approved reports below. */
  current: TotalsLookup;
  /** Last year's area total from last year's approved reports; null when nothing was approved. */
  lastYear: TotalsLookup | null;
  /** Last year's figures recomputed from the registers, for a year with no approved report. */
  lastYearFromRegisters: ReadonlyMap<string, Figure> | null;
  /** The unit's own figures in last year's approved report; null when it has none. */
  ownLastYear: ReadonlyMap<string, Figure> | null;
  /** The unit and each child, for the like-for-like comparison. */
  parts: AreaPart[];
}

const missing: Figure = { value: null, denominator: null };
const round2 = (n: number) => Math.round(n * 100) / 100;

/** True when some indicator has a figure in the lookup (a part "has figures" that year). */
export function hasFigures(totals: TotalsLookup | null): totals is TotalsLookup {
  if (!totals) return false;
  for (const key of totals.keys.values()) if (totals.present(key)) return true;
  return false;
}

/** Own figures by the indicators' rules (a rate from its own parts). */
export function ownLookup(indicators: readonly Indicator[], own: ReadonlyMap<string, Figure>): TotalsLookup {
  return totalsLookup(totalsOfOwnValues(indicators, own));
}

/** The parts that have figures in both years: what "like for like" compares. */
export function comparableParts(parts: AreaPart[]): AreaPart[] {
  return parts.filter((part) => hasFigures(part.current) && hasFigures(part.lastYear));
}

/** The rate of a coverage figure in percent ("8/9" → 88,89), null without a denominator. */
const rateOf = (figure: Figure) =>
  figure.value != null && figure.denominator ? (100 * figure.value) / figure.denominator : null;

function figureOf(indicator: Indicator, own: ReadonlyMap<string, Figure>, lookup: TotalsLookup): Figure {
  return indicator.aggregation === 'ratio' ? figureFromTotals(indicator, lookup) : (own.get(indicator.code) ?? missing);
}

/**
 * Every indicator's figures: the unit's own, the area's total, last year's (from its approved
 * reports, else from the registers, else missing — never 0), and the change computed like for
 * like, over the parts of the area that have figures in both years.
 */
export function buildFigureRows(sources: FigureSources): FigureRow[] {
  const { indicators, own, current } = sources;
  const ownTotals = ownLookup(indicators, own);
  const ownLastYearTotals = sources.ownLastYear ? ownLookup(indicators, sources.ownLastYear) : null;
  const comparable = comparableParts(sources.parts);
  const allComparable = comparable.length === sources.parts.length;
  const comparableCurrent = allComparable ? current : addTotals(comparable.map((part) => part.current as TotalsLookup));
  const comparableLast =
    sources.lastYear && allComparable
      ? sources.lastYear
      : addTotals(comparable.map((part) => part.lastYear as TotalsLookup));
  const registers = sources.lastYearFromRegisters;
  const registersTotals = registers ? ownLookup(indicators, registers) : null;

  return indicators.map((indicator) => {
    const ownFigure = figureOf(indicator, own, ownTotals);
    const total = figureFromTotals(indicator, current);
    const reported = sources.lastYear ? figureFromTotals(indicator, sources.lastYear) : missing;
    const fromRegisters =
      !sources.lastYear && registers && registersTotals ? figureOf(indicator, registers, registersTotals) : missing;
    const lastYear = reported.value != null ? reported : fromRegisters;
    const lastYearSource = reported.value != null ? 'reports' : fromRegisters.value != null ? 'registers' : null;
    // Figures recomputed from last year's registers cover the whole area: they compare with the whole total.
    const comparablePair =
      lastYearSource === 'registers'
        ? { current: total, lastYear }
        : {
            current: figureFromTotals(indicator, comparableCurrent),
            lastYear: figureFromTotals(indicator, comparableLast),
          };
    const ownLastYear =
      ownLastYearTotals && sources.ownLastYear ? figureOf(indicator, sources.ownLastYear, ownLastYearTotals) : missing;
    const ownChange = compare(ownFigure, ownLastYear);
    // A zero recomputed from a register that may not have been kept that year is shown, not compared with.
    const unreliable = lastYearSource === 'registers' && lastYear.value === 0;
    const rateNow = rateOf(comparablePair.current);
    const rateLast = rateOf(comparablePair.lastYear);
    const row: FigureRow = {
      indicator,
      ownFigure,
      total,
      lastYear,
      lastYearSource,
      ownLastYear,
      ownDifference: ownChange.difference,
      ownPercentChange: ownChange.percentChange,
      comparable: comparablePair,
      ...(unreliable
        ? { difference: null, percentChange: null }
        : compare(comparablePair.current, comparablePair.lastYear)),
      rateChange:
        !unreliable && indicator.aggregation === 'coverage' && rateNow != null && rateLast != null
          ? round2(rateNow - rateLast)
          : null,
    };
    return row;
  });
}

export type FigureRow = Omit<ReportIndicatorRow, 'own'> & { ownFigure: Figure };
