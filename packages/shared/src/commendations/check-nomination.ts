import type {
  CandidateFacts,
  CheckOutcome,
  CheckResult,
  CommendationRule,
  CriterionResult,
  ServicePeriod,
} from './commendation-rules.js';

// One pure function checks a person against a rule set: the server stores its result with each
// nomination, the tests run it over service histories. Every criterion says met / not met / cannot
// tell (a date or fact is missing) with the figures an official would check by hand.

/** The day the rules are applied on, the award checked, and the names of awards by code for the figures. */
export interface CheckContext {
  referenceDate: string;
  awardCode: string;
  awardNames?: Record<string, string>;
}

const DAY_MS = 86_400_000;

const dayNumber = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS;

/** The day number `months` calendar months after a day (31/1 + 1 month = 28 or 29/2). */
function addMonths(day: number, months: number): number {
  const date = new Date(day * DAY_MS);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(date.getUTCDate(), lastDay)) / DAY_MS;
}

/**
 * Calendar months from `start` to `end` (exclusive), the days left over as a fraction of the month
 * they fall in: an official counts "20 năm" from 16/10/2006 to 15/10/2026, whatever the leap years.
 */
function calendarMonths(start: number, end: number): number {
  let months = Math.max(0, Math.floor((end - start) / 31) - 1);
  while (addMonths(start, months + 1) <= end) months++;
  const anchor = addMonths(start, months);
  return months + (end - anchor) / (addMonths(start, months + 1) - anchor);
}

/** "18 năm 4 tháng", "0 tháng", "5 năm". */
export function formatServiceMonths(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return `${rest} tháng`;
  return rest === 0 ? `${years} năm` : `${years} năm ${rest} tháng`;
}

const formatYears = (years: number) => formatServiceMonths(Math.round(years * 12));

/** The date `years` whole years before an ISO date (29/2 falls to 28/2). */
function yearsBefore(iso: string, years: number): string {
  const year = +iso.slice(0, 4) - years;
  const month = iso.slice(5, 7);
  let day = iso.slice(8, 10);
  if (month === '02' && day === '29' && !(year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0))) day = '28';
  return `${String(year).padStart(4, '0')}-${month}-${day}`;
}

/**
 * Weighted months of mass-mobilization service over the periods whose dates are known (day numbers,
 * `to` inclusive). Overlapping periods are not counted twice: each day counts once, with the best
 * weight of the periods covering it (full time 1, part time the coefficient; times the difficult-area
 * factor). Runs of days with one weight are measured in calendar months.
 */
function weightedServiceMonths(periods: { from: number; to: number; weight: number }[]): number {
  const bounds = [...new Set(periods.flatMap((p) => [p.from, p.to + 1]))].sort((a, b) => a - b);
  const runs: { start: number; end: number; weight: number }[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const [start, end] = [bounds[i], bounds[i + 1]];
    let weight = 0;
    for (const p of periods) if (p.from <= start && p.to + 1 >= end) weight = Math.max(weight, p.weight);
    const last = runs.at(-1);
    if (last && last.end === start && last.weight === weight) last.end = end;
    else runs.push({ start, end, weight });
  }
  return runs.reduce((total, run) => total + run.weight * calendarMonths(run.start, run.end), 0);
}

function checkServiceYears(
  rule: Extract<CommendationRule, { kind: 'service_years' }>,
  reductions: Extract<CommendationRule, { kind: 'priority_reduction' }>[],
  facts: CandidateFacts,
  context: CheckContext,
): CriterionResult {
  const reference = dayNumber(context.referenceDate);
  const nameOf = (code: string) => context.awardNames?.[code] ?? code;
  const held = reductions.filter((r) => facts.awardCodes.includes(r.awardTypeCode));
  const reduction = held.reduce((best, r) => (r.reduceYears > best.reduceYears ? r : best), {
    reduceYears: 0,
    awardTypeCode: '',
  });
  const requiredMonths = Math.max(0, Math.round((rule.minYears - reduction.reduceYears) * 12));
  const requirement =
    reduction.reduceYears > 0
      ? `yêu cầu ${formatServiceMonths(requiredMonths)} (${formatYears(rule.minYears)}, giảm ${formatYears(reduction.reduceYears)} do đã được tặng ${nameOf(reduction.awardTypeCode)})`
      : `yêu cầu ${formatServiceMonths(requiredMonths)}`;
  const relevant = facts.periods.filter((p) => p.massMobilization);
  const missing = relevant.filter((p) => p.from === null || (p.to === null && !p.ongoing));
  const known = relevant
    .filter((p): p is ServicePeriod & { from: string } => !missing.includes(p) && p.from !== null)
    .map((p) => ({
      from: dayNumber(p.from),
      to: Math.min(p.ongoing || p.to === null ? reference : dayNumber(p.to), reference),
      weight: (p.fullTime ? 1 : rule.partTimeCoefficient) * (p.difficultArea ? rule.difficultAreaFactor : 1),
    }))
    .filter((p) => p.from <= p.to);
  // Whole months only: a part of a month does not make a month (the check refuses rather than rounds up).
  const months = Math.floor(weightedServiceMonths(known) + 1e-9);
  const figures = `${formatServiceMonths(months)} / ${requirement}`;
  if (months >= requiredMonths)
    return { kind: rule.kind, outcome: 'met', figures, reason: 'Đủ thời gian công tác trong lĩnh vực dân vận' };
  if (facts.periods.length === 0)
    return { kind: rule.kind, outcome: 'unknown', figures, reason: 'Chưa có quá trình công tác' };
  if (missing.length > 0)
    return {
      kind: rule.kind,
      outcome: 'unknown',
      figures,
      reason: `Thiếu ngày bắt đầu hoặc kết thúc của ${missing.length} giai đoạn công tác; các giai đoạn đã biết chưa đủ`,
    };
  return {
    kind: rule.kind,
    outcome: 'not_met',
    figures,
    reason: `Chưa đủ thời gian công tác: thiếu ${formatServiceMonths(requiredMonths - months)}`,
  };
}

function checkRule(
  rule: CommendationRule,
  rules: CommendationRule[],
  facts: CandidateFacts,
  context: CheckContext,
): CriterionResult | null {
  switch (rule.kind) {
    case 'service_years':
      return checkServiceYears(
        rule,
        rules.filter((r) => r.kind === 'priority_reduction'),
        facts,
        context,
      );
    case 'priority_reduction':
      // Folded into the service-years criterion, whose figures name the reduction applied.
      return null;
    case 'once_per_person': {
      const held = facts.awardCodes.includes(context.awardCode);
      return {
        kind: rule.kind,
        outcome: held ? 'not_met' : 'met',
        figures: held ? 'Đã được tặng' : 'Chưa được tặng',
        reason: held ? 'Người này đã được tặng hình thức khen thưởng này' : 'Chưa được tặng hình thức khen thưởng này',
      };
    }
    case 'posthumous':
      if (!facts.deceased)
        return { kind: rule.kind, outcome: 'met', figures: 'Còn sống', reason: 'Không phải truy tặng' };
      return rule.allowed
        ? { kind: rule.kind, outcome: 'met', figures: 'Đã từ trần', reason: 'Được xét truy tặng' }
        : {
            kind: rule.kind,
            outcome: 'not_met',
            figures: 'Đã từ trần',
            reason: 'Hình thức khen thưởng này không xét truy tặng',
          };
    case 'no_discipline': {
      const since = yearsBefore(context.referenceDate, rule.lookbackYears);
      const window = `${rule.lookbackYears} năm trước ngày xét`;
      const inside = facts.disciplineDates.filter(
        (d): d is string => d !== null && d > since && d <= context.referenceDate,
      );
      if (inside.length > 0)
        return {
          kind: rule.kind,
          outcome: 'not_met',
          figures: `${inside.length} lần kỷ luật trong ${window}`,
          reason: `Bị kỷ luật ngày ${inside.map(viDate).join(', ')}`,
        };
      const undated = facts.disciplineDates.filter((d) => d === null).length;
      if (undated > 0)
        return {
          kind: rule.kind,
          outcome: 'unknown',
          figures: `${undated} hình thức kỷ luật chưa rõ ngày`,
          reason: 'Thiếu ngày của hình thức kỷ luật',
        };
      return { kind: rule.kind, outcome: 'met', figures: `Không bị kỷ luật trong ${window}`, reason: 'Đạt' };
    }
  }
}

const viDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * Checks a person against a rule set on the campaign's reference date. The whole is not met when
 * one criterion is not met, cannot tell when one cannot tell, met otherwise.
 */
export function checkNomination(rules: CommendationRule[], facts: CandidateFacts, context: CheckContext): CheckResult {
  const criteria = rules
    .map((rule) => checkRule(rule, rules, facts, context))
    .filter((c): c is CriterionResult => c !== null);
  const outcome: CheckOutcome = criteria.some((c) => c.outcome === 'not_met')
    ? 'not_met'
    : criteria.some((c) => c.outcome === 'unknown')
      ? 'unknown'
      : 'met';
  return { outcome, criteria };
}
