import type { Figure, ReportIndicatorRow } from '@danvan/shared';
import type { FigureLayout } from './figureLayout';
import type { OwnEdit } from './useReportDraft';

export type ChangeRow = Pick<
  ReportIndicatorRow,
  'indicator' | 'total' | 'comparable' | 'difference' | 'percentChange' | 'rateChange'
>;

type Row = ChangeRow & Pick<ReportIndicatorRow, 'own' | 'lastYear' | 'lastYearSource'>;

export type OwnChangeRow = Pick<ReportIndicatorRow, 'indicator' | 'ownLastYear' | 'ownDifference' | 'ownPercentChange'>;

/** Where the report stands for the comparison: units below it, and whether its own figures are compared. */
export interface ComparisonShape {
  unitsBelow: boolean;
  ownCompared: boolean;
}

export const shapeOf = (layout: FigureLayout): ComparisonShape => ({
  unitsBelow: layout.split,
  ownCompared: layout.ownCompared,
});

const round2 = (n: number) => Math.round(n * 100) / 100;
const rateOf = (figure: Figure) =>
  figure.value != null && figure.denominator ? (100 * figure.value) / figure.denominator : null;

/**
 * The like-for-like pair with the typed own figure in place of the stored one, where that is a
 * plain substitution: for a unit with nothing below, the pair is its own figure against last year;
 * with units below, a sum adds the own figure to the compared total. Other rules (a rate of two
 * indicators, a maximum over the area) wait for the server's figures, which the autosave brings.
 */
function typedPair(row: Row, edit: OwnEdit, shape: ComparisonShape): Pick<ChangeRow, 'comparable' | 'total'> | null {
  const { aggregation } = row.indicator;
  if (aggregation === 'ratio') return null;
  if (!shape.unitsBelow) {
    // Without figures compared before, last year's own figure is the area's (the unit is the area).
    const lastYear = row.comparable.lastYear.value != null ? row.comparable.lastYear : row.lastYear;
    const current = { value: edit.value, denominator: edit.denominator };
    return { comparable: { current, lastYear }, total: current };
  }
  if (aggregation !== 'sum' || !shape.ownCompared || row.lastYearSource === 'registers') return null;
  const typed = (figure: Figure): Figure => ({
    value:
      figure.value == null && edit.value == null
        ? null
        : (figure.value ?? 0) - (row.own.value ?? 0) + (edit.value ?? 0),
    denominator: null,
  });
  return {
    comparable: { current: typed(row.comparable.current), lastYear: row.comparable.lastYear },
    total: typed(row.total),
  };
}

/**
 * The change against last year as a figure is typed, before the autosave: computed the way the
 * server computes it (report-figures.ts), so the column never shows "—" for a figure just typed.
 */
export function typedChange(row: Row, edit: OwnEdit | null, shape: ComparisonShape): ChangeRow {
  if (!edit || (edit.value === row.own.value && edit.denominator === row.own.denominator)) return row;
  // A zero recomputed from a register that may not have been kept that year is not compared with.
  if (row.lastYearSource === 'registers' && row.lastYear.value === 0) return row;
  const typed = typedPair(row, edit, shape);
  if (!typed) return row;
  const { current, lastYear } = typed.comparable;
  const difference = current.value != null && lastYear.value != null ? round2(current.value - lastYear.value) : null;
  const rateNow = rateOf(current);
  const rateLast = rateOf(lastYear);
  return {
    ...row,
    ...typed,
    difference,
    percentChange:
      difference != null && lastYear.value != null && lastYear.value !== 0
        ? round2((100 * difference) / lastYear.value)
        : null,
    rateChange:
      row.indicator.aggregation === 'coverage' && rateNow != null && rateLast != null
        ? round2(rateNow - rateLast)
        : null,
  };
}

/**
 * The body's own change against its own last year ("Cùng kỳ: 12 · +3 (+25%)" under the own figure) as it is typed,
 * computed like the server's (aggregation.ts compare): a figure computed from others (a ratio) waits for the autosave.
 */
export function typedOwnChange<T extends OwnChangeRow & Pick<ReportIndicatorRow, 'own'>>(
  row: T,
  edit: OwnEdit | null,
): T {
  if (!edit || row.indicator.aggregation === 'ratio') return row;
  if (edit.value === row.own.value && edit.denominator === row.own.denominator) return row;
  const last = row.ownLastYear.value;
  const difference = edit.value != null && last != null ? round2(edit.value - last) : null;
  return {
    ...row,
    ownDifference: difference,
    ownPercentChange: difference != null && last != null && last !== 0 ? round2((100 * difference) / last) : null,
  };
}
