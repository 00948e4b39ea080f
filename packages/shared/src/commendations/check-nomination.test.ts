import { describe, expect, it } from 'vitest';
import { checkNomination, formatServiceMonths } from './check-nomination.js';
import {
  commendationRuleSet,
  type CandidateFacts,
  type CheckOutcome,
  type CommendationRule,
  type ServicePeriod,
} from './commendation-rules.js';

// Example thresholds for the tests only: the real ones are entered from the regulation in force.
const years = (minYears: number, partTimeCoefficient = 0.5, difficultAreaFactor = 1.5): CommendationRule => ({
  kind: 'service_years',
  minYears,
  partTimeCoefficient,
  difficultAreaFactor,
});

const period = (from: string | null, to: string | null, more: Partial<ServicePeriod> = {}): ServicePeriod => ({
  from,
  to,
  ongoing: false,
  fullTime: true,
  difficultArea: false,
  massMobilization: true,
  ...more,
});

const facts = (more: Partial<CandidateFacts>): CandidateFacts => ({
  deceased: false,
  awardCodes: [],
  disciplineDates: [],
  periods: [],
  ...more,
});

const context = { referenceDate: '2026-10-15', awardCode: 'KNC_DV' };

interface Case {
  name: string;
  rules: CommendationRule[];
  facts: CandidateFacts;
  outcome: CheckOutcome;
  figures?: string;
  reason?: RegExp;
}

const cases: Case[] = [
  {
    name: 'twenty full years exactly',
    rules: [years(20)],
    facts: facts({ periods: [period('2006-10-16', '2026-10-15')] }),
    outcome: 'met',
    figures: '20 năm / yêu cầu 20 năm',
  },
  {
    name: 'one day short of twenty years',
    rules: [years(20)],
    facts: facts({ periods: [period('2006-10-17', '2026-10-15')] }),
    outcome: 'not_met',
    figures: '19 năm 11 tháng / yêu cầu 20 năm',
    reason: /thiếu 1 tháng/,
  },
  {
    name: 'separate periods are summed',
    rules: [years(20)],
    facts: facts({
      periods: [period('1996-01-01', '2005-12-31'), period('2010-01-01', '2019-12-31')],
    }),
    outcome: 'met',
    figures: '20 năm / yêu cầu 20 năm',
  },
  {
    name: 'overlapping periods are not counted twice',
    rules: [years(20)],
    facts: facts({
      periods: [period('2000-01-01', '2009-12-31'), period('2005-01-01', '2014-12-31')],
    }),
    outcome: 'not_met',
    figures: '15 năm / yêu cầu 20 năm',
  },
  {
    name: 'a period inside another adds nothing',
    rules: [years(10)],
    facts: facts({ periods: [period('2000-01-01', '2009-12-31'), period('2003-01-01', '2004-12-31')] }),
    outcome: 'met',
    figures: '10 năm / yêu cầu 10 năm',
  },
  {
    name: 'part time counts with its coefficient',
    rules: [years(20, 0.5)],
    facts: facts({
      periods: [period('2006-01-01', '2015-12-31'), period('2016-01-01', '2025-12-31', { fullTime: false })],
    }),
    outcome: 'not_met',
    figures: '15 năm / yêu cầu 20 năm',
  },
  {
    name: 'overlap of full and part time counts the full time once',
    rules: [years(10, 0.5)],
    facts: facts({
      periods: [period('2000-01-01', '2009-12-31', { fullTime: false }), period('2000-01-01', '2009-12-31')],
    }),
    outcome: 'met',
    figures: '10 năm / yêu cầu 10 năm',
  },
  {
    name: 'difficult area multiplied',
    rules: [years(15, 0.5, 1.5)],
    facts: facts({ periods: [period('2016-01-01', '2025-12-31', { difficultArea: true })] }),
    outcome: 'met',
    figures: '15 năm / yêu cầu 15 năm',
  },
  {
    name: 'part time in a difficult area: both factors',
    rules: [years(10, 0.5, 2)],
    facts: facts({ periods: [period('2016-01-01', '2025-12-31', { difficultArea: true, fullTime: false })] }),
    outcome: 'met',
    figures: '10 năm / yêu cầu 10 năm',
  },
  {
    name: 'only mass-mobilization work counts',
    rules: [years(5)],
    facts: facts({ periods: [period('2000-01-01', '2019-12-31', { massMobilization: false })] }),
    outcome: 'not_met',
    figures: '0 tháng / yêu cầu 5 năm',
  },
  {
    name: 'ongoing service counted up to the reference date',
    rules: [years(20)],
    facts: facts({ periods: [period('2006-04-16', null, { ongoing: true })] }),
    outcome: 'met',
    figures: '20 năm 6 tháng / yêu cầu 20 năm',
  },
  {
    name: 'service after the reference date is not counted',
    rules: [years(20)],
    facts: facts({ periods: [period('2008-06-16', '2030-12-31')] }),
    outcome: 'not_met',
    figures: '18 năm 4 tháng / yêu cầu 20 năm',
  },
  {
    name: 'a missing end date: cannot tell when the known periods fall short',
    rules: [years(20)],
    facts: facts({ periods: [period('2000-01-01', '2009-12-31'), period('2012-01-01', null)] }),
    outcome: 'unknown',
    figures: '10 năm / yêu cầu 20 năm',
    reason: /Thiếu ngày bắt đầu hoặc kết thúc của 1 giai đoạn/,
  },
  {
    name: 'a missing start date does not matter when the known periods suffice',
    rules: [years(10)],
    facts: facts({ periods: [period('2000-01-01', '2014-12-31'), period(null, '1999-12-31')] }),
    outcome: 'met',
  },
  {
    name: 'no service history at all: cannot tell',
    rules: [years(20)],
    facts: facts({}),
    outcome: 'unknown',
    reason: /Chưa có quá trình công tác/,
  },
  {
    name: 'priority reduction for a holder of a higher award',
    rules: [years(20), { kind: 'priority_reduction', awardTypeCode: 'HUAN_CHUONG_LD3', reduceYears: 5 }],
    facts: facts({ awardCodes: ['HUAN_CHUONG_LD3'], periods: [period('2010-01-01', '2025-12-31')] }),
    outcome: 'met',
    figures: '16 năm / yêu cầu 15 năm (20 năm, giảm 5 năm do đã được tặng HUAN_CHUONG_LD3)',
  },
  {
    name: 'the largest reduction applies, not their sum',
    rules: [
      years(20),
      { kind: 'priority_reduction', awardTypeCode: 'A_HIGH', reduceYears: 5 },
      { kind: 'priority_reduction', awardTypeCode: 'B_HIGH', reduceYears: 3 },
    ],
    facts: facts({ awardCodes: ['A_HIGH', 'B_HIGH'], periods: [period('2014-01-01', '2025-12-31')] }),
    outcome: 'not_met',
    figures: '12 năm / yêu cầu 15 năm (20 năm, giảm 5 năm do đã được tặng A_HIGH)',
  },
  {
    name: 'no reduction without the higher award',
    rules: [years(20), { kind: 'priority_reduction', awardTypeCode: 'A_HIGH', reduceYears: 5 }],
    facts: facts({ awardCodes: ['OTHER'], periods: [period('2010-01-01', '2025-12-31')] }),
    outcome: 'not_met',
    figures: '16 năm / yêu cầu 20 năm',
  },
  {
    name: 'the same award twice is refused',
    rules: [{ kind: 'once_per_person' }],
    facts: facts({ awardCodes: ['KNC_DV'] }),
    outcome: 'not_met',
    reason: /đã được tặng/,
  },
  {
    name: 'another award does not count as the same',
    rules: [{ kind: 'once_per_person' }],
    facts: facts({ awardCodes: ['BANG_KHEN_TINH'] }),
    outcome: 'met',
  },
  {
    name: 'posthumous allowed',
    rules: [{ kind: 'posthumous', allowed: true }],
    facts: facts({ deceased: true }),
    outcome: 'met',
    reason: /truy tặng/,
  },
  {
    name: 'posthumous not allowed',
    rules: [{ kind: 'posthumous', allowed: false }],
    facts: facts({ deceased: true }),
    outcome: 'not_met',
    reason: /không xét truy tặng/,
  },
  {
    name: 'discipline inside the window',
    rules: [{ kind: 'no_discipline', lookbackYears: 5 }],
    facts: facts({ disciplineDates: ['2023-03-01'] }),
    outcome: 'not_met',
    reason: /01\/03\/2023/,
  },
  {
    name: 'discipline on the first day outside the window',
    rules: [{ kind: 'no_discipline', lookbackYears: 5 }],
    facts: facts({ disciplineDates: ['2021-10-15'] }),
    outcome: 'met',
  },
  {
    name: 'discipline on the last day inside the window',
    rules: [{ kind: 'no_discipline', lookbackYears: 5 }],
    facts: facts({ disciplineDates: ['2021-10-16'] }),
    outcome: 'not_met',
  },
  {
    name: 'discipline after the reference date is outside the window',
    rules: [{ kind: 'no_discipline', lookbackYears: 5 }],
    facts: facts({ disciplineDates: ['2026-11-01'] }),
    outcome: 'met',
  },
  {
    name: 'discipline with no date: cannot tell',
    rules: [{ kind: 'no_discipline', lookbackYears: 5 }],
    facts: facts({ disciplineDates: [null] }),
    outcome: 'unknown',
  },
  {
    name: 'a dated discipline inside the window outweighs an undated one',
    rules: [{ kind: 'no_discipline', lookbackYears: 5 }],
    facts: facts({ disciplineDates: [null, '2024-01-01'] }),
    outcome: 'not_met',
  },
  {
    name: 'not met outweighs cannot tell',
    rules: [years(20), { kind: 'posthumous', allowed: false }],
    facts: facts({ deceased: true, periods: [period('2010-01-01', null)] }),
    outcome: 'not_met',
  },
  {
    name: 'an empty rule set is met',
    rules: [],
    facts: facts({}),
    outcome: 'met',
  },
];

describe('checkNomination over service histories', () => {
  it.each(cases)('$name', ({ rules, facts: candidate, outcome, figures, reason }) => {
    const result = checkNomination(commendationRuleSet.parse(rules), candidate, context);
    expect(result.outcome).toBe(outcome);
    if (figures) expect(result.criteria.find((c) => c.kind === 'service_years')?.figures).toBe(figures);
    if (reason) expect(result.criteria.map((c) => c.reason).join(' | ')).toMatch(reason);
  });

  it('gives one criterion per rule, reductions folded into the years', () => {
    const rules: CommendationRule[] = [
      years(20),
      { kind: 'priority_reduction', awardTypeCode: 'X1', reduceYears: 2 },
      { kind: 'once_per_person' },
      { kind: 'posthumous', allowed: true },
      { kind: 'no_discipline', lookbackYears: 5 },
    ];
    const result = checkNomination(rules, facts({}), context);
    expect(result.criteria.map((c) => c.kind)).toEqual([
      'service_years',
      'once_per_person',
      'posthumous',
      'no_discipline',
    ]);
  });
});

describe('rule sets', () => {
  it('refuses a rule twice, a reduction without years, and thresholds out of range', () => {
    expect(commendationRuleSet.safeParse([years(20), years(15)]).success).toBe(false);
    expect(
      commendationRuleSet.safeParse([{ kind: 'priority_reduction', awardTypeCode: 'AB', reduceYears: 2 }]).success,
    ).toBe(false);
    expect(commendationRuleSet.safeParse([years(20, 1.5)]).success).toBe(false);
    expect(commendationRuleSet.safeParse([{ kind: 'no_discipline', lookbackYears: 0 }]).success).toBe(false);
    expect(commendationRuleSet.safeParse([{ kind: 'invented' }]).success).toBe(false);
  });

  it('formats months as years and months', () => {
    expect(formatServiceMonths(220)).toBe('18 năm 4 tháng');
    expect(formatServiceMonths(240)).toBe('20 năm');
    expect(formatServiceMonths(7)).toBe('7 tháng');
  });
});
