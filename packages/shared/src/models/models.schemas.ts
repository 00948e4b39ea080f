import { z } from 'zod';
import { idSchema, wholeNumber } from '../ids.js';
import { viLine, viParagraphs } from '../text/text.schemas.js';
import {
  modelFields,
  recognitionLevels,
  modelStatusNames,
  DEFAULT_MOVEMENT_KIND,
  modelSorts,
  type ModelField,
  type RecognitionLevel,
  type ModelStatus,
  type ModelPhotoType,
} from './model-labels.js';

export * from './model-labels.js';

const optionalText = (max: number) => viParagraphs(max).default('');

/** A kind's code as a request names it; whether it exists is checked against the table. */
const movementKindCode = z.string().min(1).max(40);

export interface MovementKind {
  code: string;
  nameVi: string;
  nameEn: string;
}

export const movementBody = z
  .object({
    ownerUnitId: idSchema,
    kind: movementKindCode.default(DEFAULT_MOVEMENT_KIND),
    name: viLine(300),
    description: optionalText(10_000),
    startOn: z.iso.date(),
    endOn: z.iso.date().nullable().default(null),
    participantUnitIds: z.array(idSchema).max(5000).default([]),
  })
  .refine((v) => v.endOn === null || v.endOn >= v.startOn, {
    path: ['endOn'],
    message: 'end_before_start',
    params: { vi: 'Ngày kết thúc không được trước ngày bắt đầu', en: 'The end date cannot be before the start date' },
  });
export type MovementInput = z.infer<typeof movementBody>;

export const movementListQuery = z.object({
  kind: movementKindCode.optional(),
});
export type MovementListQuery = z.infer<typeof movementListQuery>;

export const modelBody = z.object({
  movementId: idSchema,
  unitId: idSchema,
  name: viLine(300),
  field: z.enum(Object.keys(modelFields) as [ModelField, ...ModelField[]]),
  ownerPeople: optionalText(1000),
  registeredOn: z.iso.date(),
  startOn: z.iso.date().nullable().default(null),
  description: optionalText(20_000),
  results: optionalText(20_000),
  resultFigures: z
    .array(z.object({ label: viLine(200), value: z.number().finite(), unit: optionalText(40) }))
    .max(50)
    .default([]),
});
export type ModelInput = z.infer<typeof modelBody>;

export const evaluationBody = z.object({
  score: z.number().min(0).max(100),
  comment: optionalText(5000),
  evaluatedOn: z.iso.date(),
});

export const decisionBody = z.discriminatedUnion('recognised', [
  z.object({
    recognised: z.literal(true),
    level: z.enum(Object.keys(recognitionLevels) as [RecognitionLevel, ...RecognitionLevel[]]),
    decidedOn: z.iso.date(),
  }),
  z.object({ recognised: z.literal(false), decidedOn: z.iso.date() }),
]);

export const modelListQuery = z.object({
  q: z.string().max(200).optional(),
  movementId: idSchema.optional(),
  /** The unit and everything under it. */
  unitId: idSchema.optional(),
  field: z.enum(Object.keys(modelFields) as [ModelField, ...ModelField[]]).optional(),
  status: z.enum(Object.keys(modelStatusNames) as [ModelStatus, ...ModelStatus[]]).optional(),
  level: z.enum(Object.keys(recognitionLevels) as [RecognitionLevel, ...RecognitionLevel[]]).optional(),
  /** Year of registration. */
  year: wholeNumber(2000, 2100).optional(),
  sort: z.enum(modelSorts).default('-registeredOn'),
});
export type ModelListQuery = z.infer<typeof modelListQuery>;

export interface ModelPhoto {
  id: number;
  fileName: string;
  mime: ModelPhotoType;
  size: number;
  createdAt: string;
}

/** A movement with every unit expected to take part and how many models each has registered under it. */
export interface MovementDetail extends MovementSummary {
  participants: { unitId: number; unitName: string; models: number }[];
}
export interface MovementSummary {
  id: number;
  ownerUnitId: number;
  ownerUnitName: string | null;
  kind: string;
  kindName: { vi: string; en: string };
  name: string;
  description: string;
  startOn: string;
  endOn: string | null;
  /** Units expected to take part (within the reader's scope) and how many have registered a model. */
  participation: {
    taking: number;
    expected: number;
    missing: { unitId: number; unitName: string }[];
    /** The units expected to take part that the reader can see: models are registered for these only. */
    unitIds: number[];
  };
  models: { registered: number; recognised: number };
  abilities: { update: boolean };
}

export interface ModelSummary {
  id: number;
  movementId: number;
  movementName: string;
  unitId: number;
  unitName: string;
  name: string;
  field: ModelField;
  ownerPeople: string;
  registeredOn: string;
  startOn: string | null;
  description: string;
  results: string;
  resultFigures: { label: string; value: number; unit: string }[];
  status: ModelStatus;
  recognitionLevel: RecognitionLevel | null;
  recognisedOn: string | null;
  evaluations: { score: number; comment: string; evaluatedOn: string; evaluatorName: string }[];
  /** The latest evaluation's score, null before the first. */
  score: number | null;
  photos: ModelPhoto[];
  abilities: { update: boolean; evaluate: boolean; decide: boolean; managePhotos: boolean };
}
