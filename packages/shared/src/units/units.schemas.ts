import { z } from 'zod';
import { idSchema } from '../ids.js';
import { viLine, viParagraphs } from '../text/text.schemas.js';
import { abbreviationPattern } from './document-names.js';

export const isoDate = z.iso.date();
const viName = viLine(200);
const unitCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/);

export const unitIdParam = z.object({ id: idSchema });

export const unitListQuery = z.object({
  q: z.string().max(200).optional(),
  includeClosed: z.enum(['true', 'false']).optional(),
});

export const unitAbilities = z.object({
  update: z.boolean(),
  move: z.boolean(),
  close: z.boolean(),
  createChild: z.boolean(),
});
export type UnitAbilities = z.infer<typeof unitAbilities>;

export const unitSchema = z.object({
  id: z.number(),
  code: z.string().nullable(),
  name: z.string(),
  type: z.string(),
  parentId: z.number().nullable(),
  path: z.string(),
  depth: z.number(),
  openedOn: z.string().nullable(),
  closedOn: z.string().nullable(),
  /** The name the unit signs documents with under its superior body ("Ban Dân vận"); null: derived. */
  shortName: z.string().nullable(),
  /** The issuer abbreviation of its document symbols ("BDVTU"); null: derived. */
  abbreviation: z.string().nullable(),
  abilities: unitAbilities,
});
export type Unit = z.infer<typeof unitSchema>;

/** The customary names of a unit's documents (Hướng dẫn 36-HD/VPTW); null goes back to the derived ones. */
export const unitDocumentNamesBody = z.object({
  shortName: viLine(120).nullable(),
  abbreviation: z
    .string()
    .trim()
    .transform((v) => v.normalize('NFC').toLocaleUpperCase('vi'))
    .pipe(z.string().regex(abbreviationPattern))
    .nullable(),
});
export type UnitDocumentNamesInput = z.infer<typeof unitDocumentNamesBody>;

export const unitEventSchema = z.object({
  kind: z.enum(['created', 'renamed', 'moved', 'closed', 'imported']),
  effectiveOn: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  at: z.string(),
  actor: z.string().nullable(),
});
export type UnitEvent = z.infer<typeof unitEventSchema>;

export const unitDetailSchema = unitSchema.extend({
  ancestors: z.array(z.object({ id: z.number(), name: z.string() })),
  childCount: z.number(),
  userCount: z.number(),
  events: z.array(unitEventSchema),
});
export type UnitDetail = z.infer<typeof unitDetailSchema>;

export const unitTypeSchema = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  isArea: z.boolean(),
});
export type UnitType = z.infer<typeof unitTypeSchema>;

export const createUnitBody = z.object({
  parentId: idSchema,
  name: viName,
  code: unitCode.nullish(),
  type: z.string().min(1).max(40),
  openedOn: isoDate.optional(),
});
export type CreateUnitInput = z.infer<typeof createUnitBody>;

export const renameUnitBody = z.object({
  name: viName,
  code: unitCode.nullish(),
  effectiveOn: isoDate,
});
export type RenameUnitInput = z.infer<typeof renameUnitBody>;

export const moveUnitBody = z.object({
  parentId: idSchema,
  effectiveOn: isoDate,
});
export type MoveUnitInput = z.infer<typeof moveUnitBody>;

export const closeUnitBody = z.object({
  closedOn: isoDate,
  reason: viParagraphs(500).pipe(z.string().min(1)),
});
export type CloseUnitInput = z.infer<typeof closeUnitBody>;

/** `reference:*` reads the official lists shipped in shared/data; `file` takes uploaded text. */
export const importUnitsBody = z.object({
  parentId: idSchema,
  source: z.enum(['file', 'reference:post2025', 'reference:pre2025']),
  fileName: z.string().max(255).optional(),
  content: z.string().max(30_000_000).optional(),
  dryRun: z.boolean().default(false),
});
export type ImportUnitsInput = z.infer<typeof importUnitsBody>;

export const importRejectionSchema = z.object({
  row: z.number(),
  code: z.string().nullable(),
  name: z.string().nullable(),
  field: z.string(),
  vi: z.string(),
  en: z.string(),
});
export type ImportRejection = z.infer<typeof importRejectionSchema>;

export const importSummarySchema = z.object({
  total: z.number(),
  created: z.number(),
  updated: z.number(),
  unchanged: z.number(),
  rejected: z.array(importRejectionSchema),
  applied: z.boolean(),
});
export type ImportSummary = z.infer<typeof importSummarySchema>;

export const importJobSchema = z.object({
  id: z.string(),
  status: z.enum(['running', 'done', 'failed']),
  phase: z.string(),
  processed: z.number(),
  total: z.number(),
  summary: importSummarySchema.nullable(),
  error: z.object({ vi: z.string(), en: z.string() }).nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;
