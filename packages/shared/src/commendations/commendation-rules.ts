import { z } from 'zod';

// The rule KINDS of an award (khen thưởng): each a typed object an administrator fills in from the
// regulation in force (the central board's regulation on the medal "Vì sự nghiệp Dân vận", the
// Front's on "Vì sự nghiệp đại đoàn kết dân tộc", a province's on its certificates of merit). The
// system ships no thresholds of its own: the numbers below are whatever the rule set's version says.

const code = z
  .string()
  .trim()
  .regex(/^[A-Z0-9_]{2,40}$/, 'Mã gồm chữ in hoa, chữ số và dấu gạch dưới (2–40 ký tự)');

/** Years of service in mass-mobilization work, counted up to the campaign's reference date. */
export const serviceYearsRule = z.object({
  kind: z.literal('service_years'),
  minYears: z.number().min(0).max(60),
  /** A part-time period (kiêm nhiệm) counts this much per year; full time counts 1. */
  partTimeCoefficient: z.number().min(0).max(1),
  /** A period in a difficult area (vùng đặc biệt khó khăn, biên giới, hải đảo) counts this many times. */
  difficultAreaFactor: z.number().min(1).max(3),
});
/** The same award is given once to one person. */
export const oncePerPersonRule = z.object({ kind: z.literal('once_per_person') });
/** Whether a person who has died may be awarded (truy tặng). */
export const posthumousRule = z.object({ kind: z.literal('posthumous'), allowed: z.boolean() });
/** No disciplinary measure within this many years before the reference date. */
export const noDisciplineRule = z.object({
  kind: z.literal('no_discipline'),
  lookbackYears: z.number().int().min(1).max(50),
});
/** Holders of a higher award need fewer years of service; the largest reduction a person qualifies for applies. */
export const priorityReductionRule = z.object({
  kind: z.literal('priority_reduction'),
  awardTypeCode: code,
  reduceYears: z.number().min(0).max(60),
});

export const commendationRule = z.discriminatedUnion('kind', [
  serviceYearsRule,
  oncePerPersonRule,
  posthumousRule,
  noDisciplineRule,
  priorityReductionRule,
]);
export type CommendationRule = z.infer<typeof commendationRule>;
export type CommendationRuleKind = CommendationRule['kind'];

export const commendationRuleKinds: Record<CommendationRuleKind, { vi: string; en: string }> = {
  service_years: { vi: 'Thời gian công tác trong lĩnh vực dân vận', en: 'Years of service in mass-mobilization work' },
  once_per_person: { vi: 'Mỗi người chỉ được tặng một lần', en: 'Once per person' },
  posthumous: { vi: 'Truy tặng', en: 'Posthumous award' },
  no_discipline: { vi: 'Không bị kỷ luật trong thời hạn', en: 'No disciplinary measure within the look-back window' },
  priority_reduction: { vi: 'Ưu tiên giảm thời gian', en: 'Priority reduction of required years' },
};

/** A rule set: at most one service-years rule, and reductions only with it. */
export const commendationRuleSet = z
  .array(commendationRule)
  .max(20)
  .superRefine((rules, context) => {
    const count = (kind: CommendationRuleKind) => rules.filter((rule) => rule.kind === kind).length;
    for (const kind of ['service_years', 'once_per_person', 'posthumous', 'no_discipline'] as const)
      if (count(kind) > 1)
        context.addIssue({ code: 'custom', message: `Chỉ được có một điều kiện "${commendationRuleKinds[kind].vi}"` });
    if (count('priority_reduction') > 0 && count('service_years') === 0)
      context.addIssue({
        code: 'custom',
        message: 'Ưu tiên giảm thời gian cần có điều kiện thời gian công tác',
      });
  });

/** One period of a person's service (quá trình công tác). Dates may be missing: the check then cannot tell. */
export interface ServicePeriod {
  from: string | null;
  /** Null with `ongoing` false: the end is not known. */
  to: string | null;
  ongoing: boolean;
  fullTime: boolean;
  difficultArea: boolean;
  massMobilization: boolean;
}

export interface CandidateFacts {
  deceased: boolean;
  /** Codes of the award types the person already holds (prior awards and decided recipients). */
  awardCodes: string[];
  /** Dates of disciplinary measures; null when the date is not known. */
  disciplineDates: (string | null)[];
  periods: ServicePeriod[];
}

export const checkOutcomes = {
  met: { vi: 'Đạt', en: 'Met' },
  not_met: { vi: 'Không đạt', en: 'Not met' },
  unknown: { vi: 'Chưa xác định được', en: 'Cannot tell' },
} as const;
export type CheckOutcome = keyof typeof checkOutcomes;

export interface CriterionResult {
  kind: CommendationRuleKind;
  outcome: CheckOutcome;
  /** The figures, e.g. "18 năm 4 tháng / yêu cầu 20 năm". */
  figures: string;
  reason: string;
}

export interface CheckResult {
  outcome: CheckOutcome;
  criteria: CriterionResult[];
}
