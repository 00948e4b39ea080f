import { z } from 'zod';
import { idSchema, wholeNumber } from '../ids.js';
import { viLine, viParagraphs } from '../text/text.schemas.js';
import { commendationRuleSet, type CheckOutcome, type CheckResult } from './commendation-rules.js';

// The commendations API: award types and their rule versions (admin), the people register, campaigns,
// nominations with their rule check, the council's vote, decisions and recipients.

const isoDate = z.iso.date();

export const awardLevels = {
  central: { vi: 'Trung ương', en: 'Central' },
  province: { vi: 'Cấp tỉnh', en: 'Province' },
  district: { vi: 'Cấp huyện', en: 'District' },
  commune: { vi: 'Cấp xã', en: 'Commune' },
} as const;
export type AwardLevel = keyof typeof awardLevels;

export const awardRecipientKinds = {
  individual: { vi: 'Cá nhân', en: 'Individuals' },
  collective: { vi: 'Tập thể', en: 'Collectives' },
  both: { vi: 'Cá nhân và tập thể', en: 'Individuals and collectives' },
} as const;
export type AwardRecipientKind = keyof typeof awardRecipientKinds;

// How an award type is counted in the reports: a fixed list, because each class is a computed indicator
// (commendations.indicators.ts) and a catalogue row; the administrator picks the class of each type.
export const awardReportClasses = {
  medal_dan_van: { vi: 'Kỷ niệm chương "Vì sự nghiệp Dân vận"', en: 'Mass mobilization medal' },
  medal_dai_doan_ket: {
    vi: 'Kỷ niệm chương "Vì sự nghiệp đại đoàn kết dân tộc"',
    en: 'National great unity medal',
  },
  merit_certificate: { vi: 'Bằng khen', en: 'Certificate of merit' },
  commendation_certificate: { vi: 'Giấy khen', en: 'Certificate of commendation' },
  emulation_title: { vi: 'Danh hiệu thi đua', en: 'Emulation title' },
} as const;
export type AwardReportClass = keyof typeof awardReportClasses;

export const nominationStatuses = {
  draft: { vi: 'Đang lập', en: 'Draft' },
  submitted: { vi: 'Đã trình', en: 'Submitted' },
  returned: { vi: 'Bị trả lại', en: 'Returned' },
  approved: { vi: 'Đã duyệt, chờ Hội đồng', en: 'Approved, awaiting the council' },
  passed: { vi: 'Hội đồng thông qua', en: 'Passed by the council' },
  failed: { vi: 'Hội đồng không thông qua', en: 'Not passed by the council' },
  awarded: { vi: 'Đã có quyết định', en: 'Awarded' },
} as const;
export type NominationStatus = keyof typeof nominationStatuses;

export const passRules = {
  majority: { vi: 'Quá nửa tổng số thành viên Hội đồng đồng ý', en: 'More than half of the members in favour' },
  two_thirds: { vi: 'Từ hai phần ba tổng số thành viên đồng ý', en: 'Two thirds of the members in favour' },
} as const;
export type PassRule = keyof typeof passRules;

/** Whether a vote passes: counted against all the council's members, not those present. */
export function votePasses(rule: PassRule, members: number, inFavour: number): boolean {
  return rule === 'majority' ? inFavour * 2 > members : inFavour * 3 >= members * 2;
}

const code = z
  .string()
  .trim()
  .regex(/^[A-Z0-9_]{2,40}$/, 'Mã gồm chữ in hoa, chữ số và dấu gạch dưới (2–40 ký tự)');

export const awardTypeBody = z.object({
  code,
  name: viLine(300),
  issuer: viLine(300),
  level: z.enum(Object.keys(awardLevels) as [AwardLevel, ...AwardLevel[]]),
  recipients: z.enum(Object.keys(awardRecipientKinds) as [AwardRecipientKind, ...AwardRecipientKind[]]),
  isMedal: z.boolean().default(false),
  // Not counted by type when missing.
  reportAs: z
    .enum(Object.keys(awardReportClasses) as [AwardReportClass, ...AwardReportClass[]])
    .nullable()
    .default(null),
  active: z.boolean().default(true),
});
export type AwardTypeInput = z.infer<typeof awardTypeBody>;

export const ruleVersionBody = z.object({
  effectiveFrom: isoDate,
  name: viLine(300),
  legalBasis: viParagraphs(1000).default(''),
  rules: commendationRuleSet,
});
export type RuleVersionInput = z.infer<typeof ruleVersionBody>;

const servicePeriodInput = z
  .object({
    position: viParagraphs(200).default(''),
    workplace: viParagraphs(200).default(''),
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    ongoing: z.boolean().default(false),
    fullTime: z.boolean().default(true),
    difficultArea: z.boolean().default(false),
    massMobilization: z.boolean().default(true),
  })
  .refine((p) => !(p.ongoing && p.to !== null), { message: 'Đang công tác thì không có ngày kết thúc', path: ['to'] })
  .refine((p) => p.from === null || p.to === null || p.to >= p.from, {
    message: 'Ngày kết thúc trước ngày bắt đầu',
    path: ['to'],
  });

export const personBody = z
  .object({
    unitId: idSchema,
    fullName: viLine(120),
    birthYear: z.int().min(1900).max(2100).nullable().default(null),
    gender: z.enum(['male', 'female']).nullable().default(null),
    position: viParagraphs(300).default(''),
    deceased: z.boolean().default(false),
    deceasedOn: isoDate.nullable().default(null),
    periods: z.array(servicePeriodInput).max(50).default([]),
    awards: z
      .array(
        z.object({ awardTypeId: idSchema, decision: viParagraphs(200).default(''), awardedOn: isoDate.nullable() }),
      )
      .max(50)
      .default([]),
    disciplines: z
      .array(z.object({ form: viLine(200), decidedOn: isoDate.nullable() }))
      .max(20)
      .default([]),
  })
  .refine((p) => p.deceased || p.deceasedOn === null, {
    message: 'Chỉ ghi ngày mất khi đã đánh dấu từ trần',
    path: ['deceasedOn'],
  });
export type PersonInput = z.infer<typeof personBody>;

export const personSorts = ['name', '-name', 'unit', '-unit', '-created'] as const;
export type PersonSort = (typeof personSorts)[number];

export const personListQuery = z.object({
  q: z.string().max(200).optional(),
  unitId: idSchema.optional(),
  /** name: by given name, then family name, in Vietnamese alphabetical order ("Nguyễn Văn An" under A). */
  sort: z.enum(personSorts).default('name'),
  limit: wholeNumber(1, 10_000).default(50),
  offset: wholeNumber(0, 1_000_000).default(0),
});
export type PersonListQuery = z.infer<typeof personListQuery>;

export const campaignBody = z
  .object({
    title: viLine(500),
    awardTypeIds: z.array(idSchema).min(1).max(10),
    referenceDate: isoDate,
    deadline: isoDate,
    passRule: z.enum(['majority', 'two_thirds']).default('majority'),
    quotas: z
      .array(z.object({ unitId: idSchema, quota: z.int().min(0).max(10_000) }))
      .max(500)
      .default([]),
  })
  .refine((c) => new Set(c.quotas.map((q) => q.unitId)).size === c.quotas.length, {
    message: 'Mỗi đơn vị một chỉ tiêu',
    path: ['quotas'],
  });
export type CampaignInput = z.infer<typeof campaignBody>;

export const campaignSorts = ['-referenceDate', 'referenceDate', 'deadline', '-deadline', 'title', '-title'] as const;
export type CampaignSort = (typeof campaignSorts)[number];

export const campaignListQuery = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(['open', 'decided']).optional(),
  sort: z.enum(campaignSorts).default('-referenceDate'),
  limit: wholeNumber(1, 500).default(20),
  offset: wholeNumber(0, 1_000_000).default(0),
});
export type CampaignListQuery = z.infer<typeof campaignListQuery>;

/** Quotas set or changed after the campaign opened: the whole list, as the form shows it. */
export const campaignQuotasBody = z
  .object({
    quotas: z.array(z.object({ unitId: idSchema, quota: z.int().min(0).max(10_000) })).max(500),
  })
  .refine((c) => new Set(c.quotas.map((q) => q.unitId)).size === c.quotas.length, {
    message: 'Mỗi đơn vị một chỉ tiêu',
    path: ['quotas'],
  });
export type CampaignQuotasInput = z.infer<typeof campaignQuotasBody>;

/** unit: by nominating unit, then the nominee's name; name: the nominee's name (given name first). */
export const nominationSorts = ['unit', 'name', '-name', 'status', 'check', '-updated'] as const;
export type NominationSort = (typeof nominationSorts)[number];

export const nominationListQuery = z.object({
  q: z.string().max(200).optional(),
  status: z.enum(Object.keys(nominationStatuses) as [NominationStatus, ...NominationStatus[]]).optional(),
  kind: z.enum(['individual', 'collective']).optional(),
  sort: z.enum(nominationSorts).default('unit'),
  limit: wholeNumber(1, 500).default(20),
  offset: wholeNumber(0, 1_000_000).default(0),
});
export type NominationListQuery = z.infer<typeof nominationListQuery>;

export const nominationBody = z
  .object({
    awardTypeId: idSchema,
    personId: idSchema.nullable().default(null),
    collectiveUnitId: idSchema.nullable().default(null),
    achievements: viParagraphs(4000).default(''),
  })
  .refine((n) => (n.personId === null) !== (n.collectiveUnitId === null), {
    message: 'Chọn một người hoặc một tập thể',
    path: ['personId'],
  });
export type NominationInput = z.infer<typeof nominationBody>;

export const nominationCommentBody = z.object({ comment: viParagraphs(2000).default('') });
export const nominationReturnBody = z.object({ comment: viLine(2000) });

export const voteBody = z
  .object({
    members: z.int().min(1).max(100),
    inFavour: z.int().min(0).max(100),
    against: z.int().min(0).max(100),
    abstaining: z.int().min(0).max(100),
  })
  .refine((v) => v.inFavour + v.against + v.abstaining <= v.members, {
    message: 'Tổng số phiếu vượt quá số thành viên Hội đồng',
    path: ['members'],
  });
export type VoteInput = z.infer<typeof voteBody>;

export const commendationDecisionBody = z.object({
  awardTypeId: idSchema,
  number: viLine(60),
  signedOn: isoDate,
  issuer: viLine(300),
  signer: viParagraphs(200).default(''),
});
export type CommendationDecisionInput = z.infer<typeof commendationDecisionBody>;

export interface AwardType {
  id: number;
  code: string;
  name: string;
  issuer: string;
  level: AwardLevel;
  recipients: AwardRecipientKind;
  isMedal: boolean;
  reportAs: AwardReportClass | null;
  active: boolean;
  versions: RuleVersion[];
}

export interface RuleVersion {
  id: number;
  awardTypeId: number;
  effectiveFrom: string;
  name: string;
  legalBasis: string;
  rules: z.infer<typeof commendationRuleSet>;
}

/** A person as a viewer sees them: a name, a unit, a position and public honours only. */
export interface PersonSummary {
  id: number;
  unitId: number;
  unitName: string;
  fullName: string;
  position: string;
  deceased: boolean;
  /** Null when the reader's role may not see personal details. */
  birthYear: number | null;
  personalDetails: boolean;
}

export interface PersonDetail extends PersonSummary {
  gender: 'male' | 'female' | null;
  deceasedOn: string | null;
  periods: z.infer<typeof servicePeriodInput>[];
  awards: { awardTypeId: number; awardName: string; decision: string; awardedOn: string | null }[];
  /** Empty for readers who may not see it (see personalDetails). */
  disciplines: { form: string; decidedOn: string | null }[];
  abilities: { update: boolean };
}

export interface QuotaLine {
  unitId: number;
  unitName: string;
  quota: number;
  nominated: number;
}

export interface CampaignSummary {
  id: number;
  ownerUnitId: number;
  ownerName: string;
  title: string;
  /** recipients: who the award is for, so that the nomination form offers people, collectives or both. */
  awardTypes: { id: number; code: string; name: string; recipients: AwardRecipientKind }[];
  referenceDate: string;
  deadline: string;
  passRule: PassRule;
  status: 'open' | 'decided';
  nominationCount: number;
}

export interface NominationSummary {
  id: number;
  campaignId: number;
  unitId: number;
  unitName: string;
  awardTypeId: number;
  awardName: string;
  personId: number | null;
  collectiveUnitId: number | null;
  /** The person's or collective's name. */
  nomineeName: string;
  position: string;
  birthYear: number | null;
  atUnitName: string;
  status: NominationStatus;
  achievements: string;
  comment: string;
  ruleVersionName: string | null;
  checkOutcome: CheckOutcome;
  check: CheckResult;
  votes: { members: number; inFavour: number; against: number; abstaining: number } | null;
  evidence: { id: number; fileName: string; size: number }[];
  abilities: { submit: boolean; approve: boolean; return: boolean; vote: boolean; attach: boolean };
}

export interface DecisionSummary {
  id: number;
  awardTypeId: number;
  awardName: string;
  number: string;
  signedOn: string;
  issuer: string;
  signer: string;
  recipients: {
    nominationId: number;
    /** A collective (a unit) rather than a person: listed under "Tập thể", without year of birth or position. */
    collective: boolean;
    name: string;
    birthYear: number | null;
    position: string;
    unitName: string;
  }[];
}

export interface CampaignDetail extends CampaignSummary {
  quotas: QuotaLine[];
  nominations: NominationSummary[];
  decisions: DecisionSummary[];
  abilities: { nominate: boolean; vote: boolean; decide: boolean; setQuotas: boolean };
}
