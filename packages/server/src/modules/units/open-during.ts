/**
 * The one rule of "a unit is open during a period" (the period's first and last day, both included):
 * it opened on or before the last day, and it was not closed on or before the first day. A unit
 * closed on the first day of a period is not open during it (its closing day is its first day
 * closed); a unit closed on the last day is (it worked the days before). No opening date: it has
 * always existed; no closing date: it is still open. A day is a period whose first day is its last.
 */

/**
 * SQL condition that the units row `alias` (a table alias, or `units`) is open during the period
 * from `start` to `end`, both SQL date expressions (`$5::date`, `make_date($1, 1, 1)`).
 */
export const unitOpenDuring = (alias: string, start: string, end: string): string =>
  `((${alias}.opened_on IS NULL OR ${alias}.opened_on <= ${end}) AND (${alias}.closed_on IS NULL OR ${alias}.closed_on > ${start}))`;

/** The same rule on a unit read already (dates as `YYYY-MM-DD`, which compare as text). */
export function isUnitOpenDuring(
  unit: { opened_on: string | null; closed_on: string | null },
  start: string,
  end: string,
): boolean {
  return (unit.opened_on === null || unit.opened_on <= end) && (unit.closed_on === null || unit.closed_on > start);
}
