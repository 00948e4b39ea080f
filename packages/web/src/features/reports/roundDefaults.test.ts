import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { defaultRoundDates, nextRoundToOpen } from './roundDefaults';

const nineMonths2026 = { template: 'nine_month' as const, year: 2026, periodIndex: 1 };

describe('the round "Mở kỳ báo cáo" proposes', () => {
  it('is the next usual round not opened yet, due in the future', () => {
    // In December the 9-month round is past due: the year's report comes next.
    expect(nextRoundToOpen([nineMonths2026], dayjs('2026-12-06'))).toEqual({
      template: 'annual',
      year: 2026,
      periodIndex: 1,
    });
    expect(nextRoundToOpen([], dayjs('2026-08-01'))).toEqual(nineMonths2026);
    expect(nextRoundToOpen([nineMonths2026], dayjs('2026-08-01'))).toMatchObject({ template: 'annual', year: 2026 });
    // The year's report open too: the first half of next year.
    const next = nextRoundToOpen([nineMonths2026, { ...nineMonths2026, template: 'annual' }], dayjs('2026-12-06'));
    expect(next).toEqual({ template: 'six_month', year: 2027, periodIndex: 1 });
    expect(defaultRoundDates(next.template, next.year, 1).deadline.isAfter(dayjs('2026-12-06'))).toBe(true);
  });
});
