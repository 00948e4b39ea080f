const vietnamDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day in Vietnam (UTC+7) of an instant, as YYYY-MM-DD: deadlines are Vietnamese days. */
export function vietnamDay(instant: Date = new Date()): string {
  return vietnamDate.format(instant);
}
