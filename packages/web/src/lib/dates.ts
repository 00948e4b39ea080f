import dayjs, { type Dayjs } from 'dayjs';

/** How every date picker shows a date: dd/mm/yyyy. */
export const dateFormat = 'DD/MM/YYYY';

/** The ISO calendar date (`2026-06-14`) the API expects. */
export function toIsoDate(value: Dayjs): string {
  return value.format('YYYY-MM-DD');
}

export function today(): Dayjs {
  return dayjs().startOf('day');
}
