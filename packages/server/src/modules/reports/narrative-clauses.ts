import { formatNumberVi, type Figure, type ReportIndicatorRow, type ReportView } from '@danvan/shared';

/**
 * The pieces the narrative composer builds sentences from: each indicator's figure stated through
 * its catalogue phrase ("tổ chức {n} cuộc đối thoại với Nhân dân"), its breakdowns and its change
 * against last year in the wording of the period. Pure functions over the report view.
 */

/** Below this base a change is stated in cases, never in percent ("tăng 2 cuộc", not "(100%)"). */
export const SMALL_BASE = 10;

/** Whose figure a clause states: the body's own work, or the whole area. */
export type Basis = 'own' | 'area';

const n = (value: number) => formatNumberVi(value);
const round2 = (value: number) => Math.round(value * 100) / 100;

/** "so với cùng kỳ năm 2025" in an interim report, "so với năm 2025" in an annual one. */
export function againstLastYear(view: Pick<ReportView, 'round'>): string {
  const lastYear = view.round.year - 1;
  return view.round.template === 'annual' ? `so với năm ${lastYear}` : `so với cùng kỳ năm ${lastYear}`;
}

/** The figure a clause states and the one it compares with. */
export function figuresOf(row: ReportIndicatorRow, basis: Basis): { now: Figure; last: Figure } {
  return basis === 'own' ? { now: row.own, last: row.ownLastYear } : { now: row.total, last: row.comparable.lastYear };
}

const rate = (figure: Figure) =>
  figure.value != null && figure.denominator ? (100 * figure.value) / figure.denominator : null;

/** The figure as the phrase's {n}: "53", "8/8", "89,29%". */
export function amountOf(row: ReportIndicatorRow, figure: Figure): string | null {
  if (figure.value == null) return null;
  if (row.indicator.aggregation === 'coverage')
    return figure.denominator != null ? `${n(figure.value)}/${n(figure.denominator)}` : null;
  if (row.indicator.unitVi === '%') return `${n(round2(figure.value))}%`;
  return n(figure.value);
}

/** A zero that was zero (or nothing) last year says nothing worth a sentence. */
export function saysNothing(row: ReportIndicatorRow, basis: Basis): boolean {
  const { now, last } = figuresOf(row, basis);
  return now.value == null || (now.value === 0 && (last.value ?? 0) === 0);
}

/**
 * The change against last year, in the wording of the period: "tăng 8 văn bản (17,78%) so với cùng
 * kỳ năm 2025"; rates and coverages in percentage points; no percentage on a base under 10; empty
 * when last year has no figure to compare with.
 */
export function changeOf(view: Pick<ReportView, 'round'>, row: ReportIndicatorRow, basis: Basis): string {
  // The view has computed the change, like for like (and not against a zero recomputed from an unkept register).
  const { difference, percentChange } =
    basis === 'own'
      ? { difference: row.ownDifference, percentChange: row.ownPercentChange }
      : { difference: row.difference, percentChange: row.percentChange };
  const against = againstLastYear(view);
  const same =
    view.round.template === 'annual' ? `bằng năm ${view.round.year - 1}` : `bằng cùng kỳ năm ${view.round.year - 1}`;
  if (row.indicator.aggregation === 'coverage') {
    const points = basis === 'own' ? ownRateChange(row) : row.rateChange;
    if (points == null) return '';
    if (points === 0) return same;
    return `${points > 0 ? 'tăng' : 'giảm'} ${n(Math.abs(points))} điểm phần trăm ${against}`;
  }
  if (difference == null) return '';
  if (difference === 0) return same;
  const direction = difference > 0 ? 'tăng' : 'giảm';
  if (row.indicator.unitVi === '%' || row.indicator.aggregation === 'ratio')
    return `${direction} ${n(Math.abs(difference))} điểm phần trăm ${against}`;
  const base = figuresOf(row, basis).last.value;
  const percent =
    percentChange != null && base != null && Math.abs(base) >= SMALL_BASE ? ` (${n(Math.abs(percentChange))}%)` : '';
  return `${direction} ${n(Math.abs(difference))} ${row.indicator.unitVi}${percent} ${against}`;
}

/** The change of the body's own coverage rate in percentage points (the view gives the area's). */
function ownRateChange(row: ReportIndicatorRow): number | null {
  const [now, last] = [rate(row.own), rate(row.ownLastYear)];
  return now == null || last == null ? null : round2(now - last);
}

const lowerFirst = (text: string) =>
  text.startsWith('"') ? text : text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** The phrase with its figure: the catalogue's, or the indicator's name with the figure for one that has none. */
export function phraseOf(row: ReportIndicatorRow, figure: Figure, unitsWord: string): string | null {
  const amount = amountOf(row, figure);
  if (amount == null) return null;
  const phrase =
    row.indicator.phraseVi ??
    `${lowerFirst(row.indicator.nameVi)} là {n}${row.indicator.unitVi === '%' ? '' : ` ${row.indicator.unitVi}`}`;
  const share =
    row.indicator.aggregation === 'coverage' && figure.denominator != null && figure.denominator >= SMALL_BASE
      ? rate(figure)
      : null;
  const stated = phrase.replaceAll('{n}', amount).replaceAll('{units}', unitsWord);
  return share != null ? `${stated} (đạt ${n(round2(share))}%)` : stated;
}

// A phrase that goes on from the one before it ("…12 cuộc đối thoại, có 340 người tham dự"), not a new item.
const continuation = /^(với|có|đạt|chiếm|đã giải quyết|tiếp nhận|trong đó|\{n\})(?=[\s,])/u;

/** True when the phrase continues the clause before it rather than starting a new one. */
export const continues = (row: ReportIndicatorRow) => continuation.test(row.indicator.phraseVi ?? '');
