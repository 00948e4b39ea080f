import dayjs, { type Dayjs } from 'dayjs';
import type { Template } from '@danvan/shared';

/** The first and last month (1-based) of a template's period, given the period's index. */
function months(template: Template, index: number): { first: number; last: number } {
  switch (template) {
    case 'monthly':
      return { first: index, last: index };
    case 'quarterly':
      return { first: 3 * index - 2, last: 3 * index };
    case 'six_month':
      return { first: 1, last: 6 };
    case 'nine_month':
      return { first: 1, last: 9 };
    case 'annual':
      return { first: 1, last: 12 };
  }
}

/** How many periods a year has for a template: 12 months, 4 quarters, otherwise one. */
export function periodCount(template: Template): number {
  if (template === 'monthly') return 12;
  if (template === 'quarterly') return 4;
  return 1;
}

/**
 * The usual dates of a Party report: figures from the 15th of the month before the period to the
 * 14th of its last month, due on the 25th (9 months of 2026: 15/12/2025 – 14/09/2026, due 25/09/2026).
 */
export function defaultRoundDates(
  template: Template,
  year: number,
  index: number,
): { period: [Dayjs, Dayjs]; deadline: Dayjs } {
  const { first, last } = months(template, Math.min(Math.max(index, 1), periodCount(template)));
  const lastMonth = dayjs(new Date(year, last - 1, 1));
  return {
    period: [dayjs(new Date(year, first - 2, 15)), lastMonth.date(14)],
    deadline: lastMonth.date(25),
  };
}

/** The rounds a unit usually opens, in the order of their deadlines within a year. */
const usualTemplates: Template[] = ['six_month', 'nine_month', 'annual'];

type RoundKey = { template: Template; year: number; periodIndex: number };

/**
 * What "Mở kỳ báo cáo" proposes: the next usual round (6 months, 9 months, the year) whose
 * deadline is still ahead and which is not open yet — in December, the year's report rather than
 * a 9-month round that exists and is past due.
 */
export function nextRoundToOpen(existing: readonly RoundKey[], day: Dayjs): RoundKey {
  const opened = new Set(existing.map((round) => `${round.template}:${round.year}:${round.periodIndex}`));
  for (const year of [day.year(), day.year() + 1]) {
    for (const template of usualTemplates) {
      if (defaultRoundDates(template, year, 1).deadline.isBefore(day)) continue;
      if (!opened.has(`${template}:${year}:1`)) return { template, year, periodIndex: 1 };
    }
  }
  return { template: 'six_month', year: day.year() + 2, periodIndex: 1 };
}
