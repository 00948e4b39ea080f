import { z } from 'zod';
import { idSchema, wholeNumber } from '../ids.js';
import { viLine, viParagraphs } from '../text/text.schemas.js';
import {
  democracyGroupCodes,
  entryStatusCodes,
  democracyRatingCodes,
  assessmentStatusCodes,
  type DemocracyGroup,
  type EntryStatus,
  type DemocracyRating,
  type AssessmentStatus,
} from './democracy-labels.js';

export * from './democracy-labels.js';

const year = wholeNumber(2000, 2100);

export const checklistQuery = z.object({ year });

export const checklistItemBody = z.object({
  year: z.number().int().min(2000).max(2100),
  group: z.enum(democracyGroupCodes),
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9_]{2,30}$/),
  title: viLine(500),
  legalRef: viParagraphs(200).default(''),
  guidance: viParagraphs(2000).default(''),
});
export type ChecklistItemInput = z.infer<typeof checklistItemBody>;

export const checklistItemUpdateBody = checklistItemBody
  .omit({ year: true, code: true })
  .extend({ retired: z.boolean().default(false) });
export type ChecklistItemUpdate = z.infer<typeof checklistItemUpdateBody>;

export const checklistCopyBody = z
  .object({ fromYear: z.number().int().min(2000).max(2100), toYear: z.number().int().min(2000).max(2100) })
  .refine((v) => v.fromYear !== v.toYear, {
    path: ['toYear'],
    message: 'same_year',
    params: { vi: 'Năm đích phải khác năm nguồn', en: 'The target year must differ from the source year' },
  });

export interface ChecklistItem {
  id: number;
  year: number;
  group: DemocracyGroup;
  code: string;
  title: string;
  legalRef: string;
  guidance: string;
  retired: boolean;
  sortOrder: number;
}

export const assessmentListQuery = z.object({
  year,
  status: z.enum(assessmentStatusCodes).optional(),
  rating: z.enum(democracyRatingCodes).optional(),
  /** Units under this one (the whole scope when absent). */
  unitId: idSchema.optional(),
  q: z.string().max(200).optional(),
});
export type AssessmentListQuery = z.infer<typeof assessmentListQuery>;

export const assessmentKeyParams = z.object({ unitId: idSchema, year });

const count = z.number().int().min(0).max(1_000_000).nullable().default(null);

export const assessmentEntryInput = z.object({
  itemId: idSchema,
  status: z.enum(entryStatusCodes),
  /** Số nội dung, số lượt: how many items were disclosed, matters decided, consultations held… */
  quantity: count,
  /** Số cuộc họp, hội nghị held for this item. */
  meetings: count,
  doneOn: z.iso.date().nullable().default(null),
  documentIds: z.array(idSchema).max(20).default([]),
  note: viParagraphs(2000).default(''),
});
export type AssessmentEntryInput = z.infer<typeof assessmentEntryInput>;

export const assessmentSaveBody = z.object({
  entries: z.array(assessmentEntryInput).max(200).default([]),
  selfRating: z.enum(democracyRatingCodes).nullable().default(null),
  selfComment: viParagraphs(5000).default(''),
});
export type AssessmentSaveInput = z.infer<typeof assessmentSaveBody>;

export const assessmentReturnBody = z.object({ comment: viParagraphs(5000).pipe(z.string().min(1)) });
export const assessmentRateBody = z.object({
  rating: z.enum(democracyRatingCodes),
  comment: viParagraphs(5000).default(''),
});

export interface AssessmentAbilities {
  edit: boolean;
  submit: boolean;
  return: boolean;
  rate: boolean;
}

/** One row of the units × year list. */
export interface AssessmentRow {
  unitId: number;
  unitName: string;
  parentName: string | null;
  year: number;
  status: AssessmentStatus;
  selfRating: DemocracyRating | null;
  rating: DemocracyRating | null;
  ratedByName: string | null;
  submittedAt: string | null;
  ratedAt: string | null;
  itemsDone: number;
  itemsTotal: number;
  disclosed: number;
  meetings: number;
  abilities: AssessmentAbilities;
}

export interface EvidenceDocument {
  id: number;
  symbol: string;
  title: string;
  issuedOn: string;
}

export interface EvidenceAttachment {
  id: number;
  fileName: string;
  mime: string;
  size: number;
}

export interface AssessmentEntry {
  status: EntryStatus;
  quantity: number | null;
  meetings: number | null;
  doneOn: string | null;
  note: string;
  documents: EvidenceDocument[];
}

export interface AssessmentDetail extends AssessmentRow {
  id: number | null;
  selfComment: string;
  ratingComment: string;
  returnComment: string;
  items: { item: ChecklistItem; entry: AssessmentEntry | null; attachments: EvidenceAttachment[] }[];
}
