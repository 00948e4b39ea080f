import type { FieldError, FigureCheck, ReportIndicatorRow, ReportView } from '@danvan/shared';

/** A check of a figure as the form shows it: the view's rule checks and the messages of a refused submission. */
export type FigureIssue = Pick<FigureCheck, 'code' | 'severity' | 'vi' | 'en'>;

/** How the figures of a report are laid out, the same for every section. */
export interface FigureLayout {
  /** The unit has reporting units below: its own figure and the area's total are shown side by side. */
  split: boolean;
  /** The heading of the own figure: "Của Ban Dân vận Thành ủy", or "Số liệu" without units below. */
  ownTitle: string;
  /** The unit's own figures are among those compared with last year (the change follows what is typed). */
  ownCompared: boolean;
  issues: ReadonlyMap<string, FigureIssue[]>;
}

/** More than the unit itself reports in its subtree: the area's total is more than its own figure. */
export function hasUnitsBelow(view: Pick<ReportView, 'included'>): boolean {
  return view.included.expected > 1;
}

/**
 * The figure a row leads with (shown in bold): the body's own work for body-basis indicators, the
 * area's total for area-basis ones; without units below there is only the own figure.
 */
export function leadingFigure(row: Pick<ReportIndicatorRow, 'indicator'>, split: boolean): 'own' | 'total' {
  return split && row.indicator.basis === 'area' ? 'total' : 'own';
}

const valuesPath = /^(?:body\.)?values\.([A-Za-z0-9_]+)$/;

/** The per-indicator messages of a refused submission (422 figures_fail_rules, one field `values.<CODE>` each). */
export function issuesFromFields(fields: readonly FieldError[]): FigureIssue[] {
  return fields.flatMap((field) => {
    const code = valuesPath.exec(field.path)?.[1];
    return code ? [{ code, severity: 'error' as const, vi: field.vi, en: field.en }] : [];
  });
}

/** The view's checks and further issues, each message once, errors first. */
export function mergeIssues(checks: readonly FigureIssue[], extra: readonly FigureIssue[]): FigureIssue[] {
  const seen = new Set<string>();
  const merged: FigureIssue[] = [];
  for (const issue of [...checks, ...extra]) {
    const key = `${issue.code}\u0000${issue.severity}\u0000${issue.vi}`;
    if (seen.has(key)) continue;
    seen.add(key);
    merged.push(issue);
  }
  return merged.sort((a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning'));
}

export function issuesByCode(issues: readonly FigureIssue[]): Map<string, FigureIssue[]> {
  const byCode = new Map<string, FigureIssue[]>();
  for (const issue of issues) byCode.set(issue.code, [...(byCode.get(issue.code) ?? []), issue]);
  return byCode;
}

/** The sections holding an indicator with an error (or with any issue, for those reading a report), to open them. */
export function sectionsWithIssues(
  rows: readonly Pick<ReportIndicatorRow, 'indicator'>[],
  issues: readonly FigureIssue[],
  { warnings }: { warnings: boolean },
): string[] {
  const codes = new Set(issues.filter((issue) => warnings || issue.severity === 'error').map((issue) => issue.code));
  return [...new Set(rows.filter((row) => codes.has(row.indicator.code)).map((row) => row.indicator.section))];
}

/**
 * What the note under the figures says when last year is compared over part of the area only:
 * "4/8" and the parts left out; null when every part has figures in both years.
 */
export function comparisonNote(
  comparison: ReportView['comparison'],
): { units: number; of: number; missing: string } | null {
  if (comparison.units >= comparison.of) return null;
  return { units: comparison.units, of: comparison.of, missing: comparison.missing.join(', ') };
}

/** The like-for-like current figure differs from the one shown: the change is over fewer units than the total. */
export function comparedOverFewer(row: Pick<ReportIndicatorRow, 'total' | 'comparable'>): boolean {
  const { current } = row.comparable;
  return current.value !== null && (current.value !== row.total.value || current.denominator !== row.total.denominator);
}

/** A check's message beside its figure, without the indicator's name it starts with ("Cuộc đối thoại: không được …"). */
export function issueText(text: string, name: string): string {
  const prefix = `${name}: `;
  return text.startsWith(prefix) && text.length > prefix.length ? text.slice(prefix.length) : text;
}
