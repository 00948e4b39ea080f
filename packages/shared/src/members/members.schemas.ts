import { z } from 'zod';
import { idSchema, wholeNumber } from '../ids.js';
import { viParagraphs } from '../text/text.schemas.js';
import { organisationKindCodes, type OrganisationKind, type MemberPeriodKind } from './member-labels.js';

export * from './member-labels.js';

const count = z.number().int().min(0).max(10_000_000);

export const memberCountBody = z.object({
  /** The organisation (a unit of one of the organisation kinds). */
  unitId: idSchema,
  periodKind: z.enum(['month', 'quarter']),
  year: z.number().int().min(2000).max(2100),
  periodIndex: z.number().int().min(1).max(12),
  /** Members at the end of the period (a stock). */
  members: count,
  /** Admitted during the period (kết nạp mới). */
  admitted: count.default(0),
  /** Left during the period: moved away, died, removed (ra khỏi tổ chức). */
  left: count.default(0),
  /** Outstanding members referred to the Party during the period (giới thiệu cho Đảng xem xét kết nạp). */
  referredToParty: count.default(0),
  note: viParagraphs(2000).default(''),
});
export type MemberCountInput = z.infer<typeof memberCountBody>;

export const memberCountListQuery = z.object({
  kind: z.enum(organisationKindCodes).optional(),
  /** Entries of organisations in this unit's subtree. */
  unitId: idSchema.optional(),
  year: wholeNumber(2000, 2100).optional(),
  periodKind: z.enum(['month', 'quarter']).optional(),
  periodIndex: wholeNumber(1, 12).optional(),
  /** Accent-insensitive part of the organisation's name. */
  q: z.string().max(100).optional(),
  sort: z.enum(['period', '-period', 'unit', 'members', '-members', 'admitted', '-admitted']).default('-period'),
  limit: wholeNumber(1, 500).default(50),
  offset: wholeNumber(0, 1_000_000_000).default(0),
});
export type MemberCountListQuery = z.infer<typeof memberCountListQuery>;

export interface MemberCountSummary {
  id: number;
  unitId: number;
  unitName: string;
  kind: OrganisationKind;
  /** The area (commune, ward…) the organisation belongs to. */
  parentName: string | null;
  periodKind: MemberPeriodKind;
  year: number;
  periodIndex: number;
  periodStart: string;
  periodEnd: string;
  members: number;
  admitted: number;
  left: number;
  referredToParty: number;
  note: string;
  /** Members at the end of the organisation's previous entry, if there is one. */
  previousMembers: number | null;
  /** previous + admitted − left when there is a previous entry; differs from `members` when the figures do not add up. */
  expectedMembers: number | null;
  updatedAt: string;
  abilities: { update: boolean };
}

export interface BilingualWarning {
  code: string;
  vi: string;
  en: string;
}

export interface MemberCountSaved extends MemberCountSummary {
  /** Saved anyway, but worth a second look (figures that do not add up). */
  warnings: BilingualWarning[];
}

export const memberRollupQuery = z.object({
  unitId: idSchema,
  year: wholeNumber(2000, 2100),
  /** A quarter (1–4) or the whole year when absent. */
  quarter: wholeNumber(1, 4).optional(),
});
export type MemberRollupQuery = z.infer<typeof memberRollupQuery>;

/** Figures of one organisation kind over a subtree; null where no organisation of the kind reported. */
export interface MemberKindFigures {
  kind: OrganisationKind;
  /** Organisations of this kind open in the subtree, and how many of them have an entry in the period. */
  organisations: number;
  reporting: number;
  members: number | null;
  admitted: number | null;
  left: number | null;
  referredToParty: number | null;
}

export interface MemberRollup {
  unitId: number;
  unitName: string;
  periodStart: string;
  periodEnd: string;
  totals: MemberKindFigures[];
  children: { unitId: number; unitName: string; unitType: string; hasChildren: boolean; kinds: MemberKindFigures[] }[];
}
