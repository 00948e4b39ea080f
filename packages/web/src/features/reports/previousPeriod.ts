import dayjs from 'dayjs';

/**
 * The period before a report's, whose tasks its form shows with their outcome. A 6- or 9-month
 * report counts from the start of the year, as the year's report does: the one before is the
 * previous year (by the same cut-off day, 15/12–14/12 as 1/1–31/12). Any other: the same number of
 * months just before it.
 */
export function previousPeriod(periodStart: string, periodEnd: string): { from: string; to: string } {
  const start = dayjs(periodStart);
  const days = dayjs(periodEnd).diff(start, 'day') + 1;
  const months = Math.max(1, Math.round(days / 30.44));
  const back = months === 6 || months === 9 || months === 12 ? 12 : months;
  return {
    from: start.subtract(back, 'month').format('YYYY-MM-DD'),
    to: start.subtract(1, 'day').format('YYYY-MM-DD'),
  };
}
