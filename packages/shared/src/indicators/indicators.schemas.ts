import { z } from 'zod';
import { viLine } from '../text/text.schemas.js';

// The catalogue of report indicators, one per year (the indicators module on the server): what each
// indicator is, how units' figures of it add up, and the rules its figures are checked against.

export const aggregations = ['sum', 'max', 'latest', 'weighted_avg', 'ratio', 'coverage'] as const;
export type Aggregation = (typeof aggregations)[number];

export const sectionNames: Record<string, { vi: string; en: string }> = {
  leadership: { vi: 'Công tác lãnh đạo, chỉ đạo', en: 'Leadership and direction' },
  government: { vi: 'Công tác dân vận của chính quyền', en: 'Mass mobilization by government' },
  petitions: { vi: 'Tiếp công dân, giải quyết đơn thư', en: 'Citizen reception and petitions' },
  dvk: { vi: 'Phong trào thi đua "Dân vận khéo"', en: '"Skilled mass mobilization" movement' },
  front: { vi: 'Mặt trận Tổ quốc và các đoàn thể', en: 'Fatherland Front and mass organisations' },
  democracy: { vi: 'Thực hiện dân chủ ở cơ sở', en: 'Grassroots democracy' },
  ethnic_religion: { vi: 'Công tác dân tộc, tôn giáo', en: 'Ethnic and religious affairs' },
  commendation: { vi: 'Thi đua, khen thưởng', en: 'Commendations' },
  context: { vi: 'Tình hình địa phương', en: 'Local situation' },
};

/**
 * Whose figure an indicator is: the reporting body's own work (documents it issued or advised on,
 * inspections it led, dialogues its leaders held) or what happened across its area (members,
 * models, units taking part). A body-basis figure is shown as the body's own beside the area's total.
 */
export const indicatorBases = ['body', 'area'] as const;
export type IndicatorBasis = (typeof indicatorBases)[number];
export const indicatorBasisNames: Record<IndicatorBasis, { vi: string; en: string }> = {
  body: { vi: 'Của cơ quan báo cáo', en: "The reporting body's own work" },
  area: { vi: 'Toàn địa bàn', en: 'The whole area' },
};

export const indicatorSchema = z.object({
  code: z.string(),
  nameVi: z.string(),
  nameEn: z.string(),
  unitVi: z.string(),
  section: z.string(),
  aggregation: z.enum(aggregations),
  weightCode: z.string().nullable(),
  numeratorCode: z.string().nullable(),
  denominatorCode: z.string().nullable(),
  computedKey: z.string().nullable(),
  // Snapshots of rounds opened before these existed read with the defaults.
  basis: z.enum(indicatorBases).default('area'),
  phraseVi: z.string().nullable().default(null),
  partOf: z.string().nullable().default(null),
  partKind: z.enum(['part', 'topic']).default('part'),
  isKey: z.boolean().default(false),
  minValue: z.number().nullable().default(null),
  maxValue: z.number().nullable().default(null),
  whole: z.boolean().default(true),
  atMostCode: z.string().nullable().default(null),
  warnChangePercent: z.number().nullable().default(null),
  warnChangeMin: z.number().nullable().default(null),
});
export type Indicator = z.output<typeof indicatorSchema>;

/** An indicator's code: capitals, digits and underscores ("DV_HOP_DAN"). */
export const indicatorCode = z
  .string()
  .trim()
  .regex(/^[A-Z0-9_]{2,40}$/);

const indicatorFields = z.object({
  code: indicatorCode,
  nameVi: viLine(300),
  nameEn: viLine(300),
  unitVi: viLine(40),
  section: z.enum(Object.keys(sectionNames) as [string, ...string[]]),
  aggregation: z.enum(aggregations),
  weightCode: indicatorCode.nullable().default(null),
  numeratorCode: indicatorCode.nullable().default(null),
  denominatorCode: indicatorCode.nullable().default(null),
  /** A key of the computed-indicator registry (GET /api/indicator-providers); null when units enter it. */
  computedKey: z.string().trim().min(1).max(80).nullable().default(null),
  basis: z.enum(indicatorBases).default('area'),
  /** "tổ chức {n} cuộc đối thoại với Nhân dân": how the narrative states the figure. */
  phraseVi: viLine(300)
    .refine((v) => v.includes('{n}'), {
      params: { vi: 'Cụm từ phải có {n} ở chỗ số liệu', en: 'The phrase needs {n} where the figure goes' },
    })
    .nullable()
    .default(null),
  partOf: indicatorCode.nullable().default(null),
  partKind: z.enum(['part', 'topic']).default('part'),
  isKey: z.boolean().default(false),
  minValue: z.number().finite().nullable().default(null),
  maxValue: z.number().finite().nullable().default(null),
  whole: z.boolean().default(true),
  atMostCode: indicatorCode.nullable().default(null),
  warnChangePercent: z.number().finite().min(0).nullable().default(null),
  warnChangeMin: z.number().finite().min(0).nullable().default(null),
});
const boundsInOrder = (v: { minValue: number | null; maxValue: number | null }) =>
  v.minValue == null || v.maxValue == null || v.minValue <= v.maxValue;
const boundsMessage = {
  path: ['maxValue'],
  params: { vi: 'Giá trị lớn nhất không được nhỏ hơn giá trị nhỏ nhất', en: 'The maximum cannot be below the minimum' },
};
export const indicatorBody = indicatorFields.refine(boundsInOrder, boundsMessage);
/** The body of a change to an indicator: its code is in the address. */
export const indicatorChangeBody = indicatorFields.omit({ code: true }).refine(boundsInOrder, boundsMessage);
export type IndicatorInput = z.infer<typeof indicatorBody>;

export const copyCatalogueBody = z.object({ fromYear: z.number().int().min(2000).max(2100) });

/** A computed indicator a module offers, for the catalogue editor's choice. */
export interface IndicatorProvider {
  key: string;
  description: string;
}
