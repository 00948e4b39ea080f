import { formatNumberVi, sectionNames, type Figure, type ReportIndicatorRow, type ReportView } from '@danvan/shared';
import { SMALL_BASE } from './narrative-clauses.js';

/**
 * The figures of a report as every output states them: one table model built from the report view,
 * rendered by the Word document (its body and its annex) and the Excel workbook alike, so the three
 * never disagree. Missing is "—", never 0.
 */

export const DASH = '—';

export interface TableLine {
  kind: 'section' | 'figure';
  code: string;
  /** The indicator's name; a body-basis indicator's area line reads "Toàn địa bàn". */
  label: string;
  unit: string;
  /** The body's own figure (body-basis indicators of a unit with units below); empty otherwise. */
  own: string;
  /** Everything that is in: the own figures and the approved reports below. */
  total: string;
  lastYear: string;
  /** Like for like: this year and last year over the units with figures in both years. */
  comparableNow: string;
  comparableLast: string;
  difference: string;
  /** Change in percent; for a coverage the change of its rate in percentage points ("+12,5 điểm"). */
  percent: string;
  /** Last year's figure was recomputed from the registers, no approved report having it. */
  fromRegisters: boolean;
  /** A line under another (a body-basis indicator's area total). */
  indented: boolean;
  /** The same figures as numbers, for a workbook's number cells; null on a section line. */
  numbers: LineNumbers | null;
}

export interface LineNumbers {
  coverage: boolean;
  total: Figure;
  lastYear: Figure;
  comparableNow: Figure;
  comparableLast: Figure;
  difference: number | null;
  /** Null where the text shows "—" (a small base, a rate); a coverage's change of rate in points. */
  percent: number | null;
}

const signed = (value: number | null | undefined) =>
  value == null ? DASH : value > 0 ? `+${formatNumberVi(value)}` : formatNumberVi(value);
const round2 = (value: number) => Math.round(value * 100) / 100;

/** "7/8" for a coverage ("2.200/2.500 (88%)" from 10 up), "1.234" otherwise, "—" when missing. */
export function figureText(row: Pick<ReportIndicatorRow, 'indicator'>, figure: Figure): string {
  if (figure.value == null) return DASH;
  if (row.indicator.aggregation !== 'coverage') return formatNumberVi(figure.value);
  if (figure.denominator == null) return DASH;
  // A zero-width space after the slash lets a narrow cell break a long coverage instead of overflowing.
  const pair = `${formatNumberVi(figure.value)}/\u200B${formatNumberVi(figure.denominator)}`;
  return figure.denominator >= SMALL_BASE && figure.denominator > 0
    ? `${pair} (${formatNumberVi(round2((100 * figure.value) / figure.denominator))}%)`
    : pair;
}

/** The change in percent as stated: none on a base under 10 or for a rate; a coverage changes by its rate. */
function percentOf(row: ReportIndicatorRow, change: { percent: number | null; base: number | null }): number | null {
  if (row.indicator.aggregation === 'coverage') return row.rateChange;
  if (row.indicator.unitVi === '%' || row.indicator.aggregation === 'ratio') return null;
  if (change.base == null || Math.abs(change.base) < SMALL_BASE) return null;
  return change.percent;
}

const percentText = (row: ReportIndicatorRow, percent: number | null) =>
  percent == null ? DASH : row.indicator.aggregation === 'coverage' ? `${signed(percent)} điểm` : signed(percent);

/** Nothing in either year: no figure, or zeros that were zeros (no resolution issued this year or last). */
const isEmpty = (row: ReportIndicatorRow) =>
  [row.total, row.lastYear, row.own, row.ownLastYear].every((figure) => !figure.value);

/** A body-basis indicator is shown as the body's own beside the area's total where units report below. */
const splitsOwn = (view: ReportView, row: ReportIndicatorRow) =>
  row.indicator.basis === 'body' && view.included.expected > 1;

function figureLines(view: ReportView, row: ReportIndicatorRow): TableLine[] {
  const { indicator } = row;
  const coverage = indicator.aggregation === 'coverage';
  const areaPercent = percentOf(row, { percent: row.percentChange, base: row.comparable.lastYear.value });
  const area: TableLine = {
    kind: 'figure',
    code: indicator.code,
    label: indicator.nameVi,
    unit: indicator.unitVi,
    own: '',
    total: figureText(row, row.total),
    lastYear: `${figureText(row, row.lastYear)}${row.lastYearSource === 'registers' ? '*' : ''}`,
    comparableNow: figureText(row, row.comparable.current),
    comparableLast: figureText(row, row.comparable.lastYear),
    difference: signed(row.difference),
    percent: percentText(row, areaPercent),
    fromRegisters: row.lastYearSource === 'registers',
    indented: false,
    numbers: {
      coverage,
      total: row.total,
      lastYear: row.lastYear,
      comparableNow: row.comparable.current,
      comparableLast: row.comparable.lastYear,
      difference: row.difference,
      percent: areaPercent,
    },
  };
  if (!splitsOwn(view, row)) return [area];
  const ownPercent = percentOf(
    { ...row, rateChange: null },
    { percent: row.ownPercentChange, base: row.ownLastYear.value },
  );
  const own: TableLine = {
    ...area,
    label: `${indicator.nameVi} (${view.body.subject})`,
    own: figureText(row, row.own),
    total: figureText(row, row.own),
    lastYear: figureText(row, row.ownLastYear),
    comparableNow: figureText(row, row.own),
    comparableLast: figureText(row, row.ownLastYear),
    difference: signed(row.ownDifference),
    percent: percentText(row, ownPercent),
    fromRegisters: false,
    numbers: {
      coverage,
      total: row.own,
      lastYear: row.ownLastYear,
      comparableNow: row.own,
      comparableLast: row.ownLastYear,
      difference: row.ownDifference,
      percent: ownPercent,
    },
  };
  return [own, { ...area, label: 'Toàn địa bàn', own: figureText(row, row.own), indented: true }];
}

/**
 * The lines of a report's figures table, by section: `keyOnly` for the body of the Word document
 * (the key indicators that have a figure this year or last), all indicators with a figure in either
 * year for the annex and the workbook.
 */
export function reportTableLines(view: ReportView, options: { keyOnly: boolean }): TableLine[] {
  const rows = view.rows.filter((row) => !isEmpty(row) && (!options.keyOnly || row.indicator.isKey));
  const lines: TableLine[] = [];
  for (const section of [...new Set(rows.map((row) => row.indicator.section))]) {
    lines.push({
      kind: 'section',
      code: section,
      label: sectionNames[section]?.vi ?? section,
      unit: '',
      own: '',
      total: '',
      lastYear: '',
      comparableNow: '',
      comparableLast: '',
      difference: '',
      percent: '',
      fromRegisters: false,
      indented: false,
      numbers: null,
    });
    for (const row of rows.filter((r) => r.indicator.section === section)) lines.push(...figureLines(view, row));
  }
  return lines;
}

/** "Tăng/giảm (cùng đơn vị)" when the change is computed over fewer units than the totals hold. */
export const changeHeading = (view: Pick<ReportView, 'comparison'>, text: string) =>
  view.comparison.units < view.comparison.of ? `${text} (cùng đơn vị)` : text;

/** "Năm 2025" in an annual report, "Cùng kỳ năm 2025" otherwise: the heading of last year's column. */
export const lastYearHeading = (view: Pick<ReportView, 'round'>) =>
  view.round.template === 'annual' ? `Năm ${view.round.year - 1}` : `Cùng kỳ năm ${view.round.year - 1}`;

/**
 * Where the figures come from: the unit's own report and the approved reports below it (the
 * drafted figures count the unit's own as entered, approved or not). Empty for a unit with nobody
 * reporting below it.
 */
export function coverageSentence(view: ReportView): string {
  const expected = view.included.expected - 1;
  if (expected === 0) return '';
  const approved = view.included.approved - (view.status === 'approved' ? 1 : 0);
  const missing = view.children.filter((child) => child.status !== 'approved');
  return (
    `Số liệu tổng hợp từ báo cáo của ${view.unit.name} và ${formatNumberVi(approved)}/${formatNumberVi(expected)} báo cáo của đơn vị cấp dưới đã được duyệt` +
    (missing.length ? `; chưa có báo cáo được duyệt của: ${missing.map((child) => child.unitName).join(', ')}.` : '.')
  );
}

/** The notes under a figures table: how the comparison was made and which reports the totals hold. */
export function tableNotes(view: ReportView, lines: TableLine[]): string[] {
  const notes: string[] = [];
  const { units, of, missing } = view.comparison;
  if (of > 1 && units === 0) {
    notes.push('Chưa có đơn vị nào có báo cáo cả hai kỳ để so sánh tăng, giảm.');
  } else if (of > 1 && units < of) {
    notes.push(
      `Tăng/giảm so sánh trên ${formatNumberVi(units)}/${formatNumberVi(of)} đơn vị có báo cáo cả hai kỳ` +
        (missing.length ? ` (chưa so sánh được: ${missing.join(', ')})` : '') +
        '; số liệu kỳ này và cùng kỳ gồm mọi báo cáo đã có.',
    );
  }
  if (lines.some((line) => line.fromRegisters))
    notes.push(
      `Số liệu năm ${view.round.year - 1} có dấu * được tính lại từ sổ sách, do kỳ đó chưa có báo cáo được duyệt.`,
    );
  notes.push('Không tính tỷ lệ % khi số liệu cùng kỳ dưới 10.');
  const coverage = coverageSentence(view);
  if (coverage) notes.push(coverage);
  return notes;
}
