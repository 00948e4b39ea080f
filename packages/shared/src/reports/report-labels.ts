// The reports' names and small helpers the pages show with, apart from the request schemas: importing them does not
// bring zod into the browser's chunks (a round's dashboard is one of the first screens on a slow connection).

import type { ChildRollup } from './reports.schemas.js';

export const templates = ['monthly', 'quarterly', 'six_month', 'nine_month', 'annual'] as const;
export type Template = (typeof templates)[number];

/** Period names as used in report titles: "9 tháng đầu năm 2026". */
export const templateNames: Record<Template, { vi: string; en: string }> = {
  monthly: { vi: 'tháng', en: 'month' },
  quarterly: { vi: 'quý', en: 'quarter' },
  six_month: { vi: '6 tháng đầu năm', en: 'first 6 months' },
  nine_month: { vi: '9 tháng đầu năm', en: 'first 9 months' },
  annual: { vi: 'năm', en: 'year' },
};

/**
 * "Báo cáo kết quả công tác dân vận 9 tháng đầu năm 2026": the title Party reports use, given to a round opened
 * without one (the open-round form shows it for the period chosen).
 */
export function defaultRoundTitle(input: { template: Template; year: number; periodIndex: number }): string {
  const period =
    input.template === 'monthly'
      ? `tháng ${input.periodIndex} năm ${input.year}`
      : input.template === 'quarterly'
        ? `quý ${input.periodIndex} năm ${input.year}`
        : input.template === 'annual'
          ? `năm ${input.year}`
          : `${templateNames[input.template].vi} ${input.year}`;
  return `Báo cáo kết quả công tác dân vận ${period}`;
}

export const reportStatuses = ['draft', 'submitted', 'returned', 'approved'] as const;
export type ReportStatus = (typeof reportStatuses)[number];
export const reportStatusNames: Record<ReportStatus | 'missing', { vi: string; en: string }> = {
  draft: { vi: 'Đang soạn', en: 'Draft' },
  submitted: { vi: 'Đã nộp', en: 'Submitted' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  missing: { vi: 'Chưa nộp', en: 'Not submitted' },
};

/** A figure and, for a coverage figure, the "of how many". */
export interface Figure {
  value: number | null;
  denominator: number | null;
}

/** One indicator's figure of a child in a report's drill-down (its position in `rows`). */
export function childFigure(child: ChildRollup, index: number): Figure {
  return index < 0
    ? { value: null, denominator: null }
    : { value: child.values[index] ?? null, denominator: child.denominators[index] ?? null };
}
