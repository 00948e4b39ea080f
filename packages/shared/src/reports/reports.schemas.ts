import { z } from 'zod';
import { idSchema, wholeNumber } from '../ids.js';
import { viLine, viParagraphs } from '../text/text.schemas.js';
import type { ReportExportSettings } from './report-export.schemas.js';
import { narrativeSections, reportOutlineCodes, type NarrativeSection, type ReportOutline } from './report-outlines.js';
import { indicatorCode, type Indicator } from '../indicators/indicators.schemas.js';
import { templates, type Figure, type ReportStatus, type Template } from './report-labels.js';

export * from './report-labels.js';

export const templateSchema = z.enum(templates);

const isoDate = z.iso.date();

export const openRoundBody = z
  .object({
    openerUnitId: idSchema,
    template: templateSchema,
    year: z.number().int().min(2000).max(2100),
    periodIndex: z.number().int().min(1).max(12).default(1),
    title: viLine(300).optional(),
    periodStart: isoDate,
    periodEnd: isoDate,
    deadline: isoDate,
    reportingUnitTypes: z.array(z.string().min(1).max(40)).min(1).max(30),
    outline: z.enum(reportOutlineCodes).default('standard'),
    /** The indicators the body of the Word document shows; absent: those the catalogue marks as key. */
    keyIndicators: z.array(z.string().min(1).max(40)).max(300).optional(),
  })
  .refine((v) => v.periodEnd >= v.periodStart, {
    path: ['periodEnd'],
    message: 'period_end_before_start',
    params: { vi: 'Ngày kết thúc kỳ không được trước ngày bắt đầu', en: 'The period cannot end before it starts' },
  });
// The demo and the benchmarks open rounds in code, where the outline defaults to the standard one.
export type OpenRoundInput = Omit<z.infer<typeof openRoundBody>, 'outline'> & { outline?: ReportOutline };

/**
 * Who signs a report's Word document (Hướng dẫn 36-HD/VPTW): on behalf of a collective body
 * (T/M), the head directly, or a deputy for the head (K/T).
 */
export const signings = ['collective', 'direct', 'deputy'] as const;
export type Signing = (typeof signings)[number];

/** The number of a Party document before its type and issuer ("03" in "03-BC/BDVTU"). */
export const documentNumberPattern = /^[0-9A-Za-z]{1,10}$/;

/** What may change in an open round: its title, its deadline (extended, as often happens) and its key indicators. */
export const changeRoundBody = z.object({
  title: viLine(300).optional(),
  deadline: isoDate.optional(),
  keyIndicators: z.array(z.string().min(1).max(40)).max(300).optional(),
});
export type ChangeRoundInput = z.infer<typeof changeRoundBody>;

export const valueInput = z.object({
  code: z.string().min(1).max(40),
  value: z.number().finite().min(0).max(1e12).nullable(),
  denominator: z.number().finite().min(0).max(1e12).nullable().optional(),
  adjustReason: viParagraphs(500).nullable().optional(),
});
export type ValueInput = z.infer<typeof valueInput>;

export const narrativeInput = z.object(
  Object.fromEntries(narrativeSections.map((s) => [s, viParagraphs(50_000).optional()])) as Record<
    NarrativeSection,
    z.ZodOptional<ReturnType<typeof viParagraphs>>
  >,
);

export const saveReportBody = z.object({
  values: z.array(valueInput).max(500).default([]),
  narrative: narrativeInput.optional(),
  /** The fingerprint a narrative draft came with (narrative-draft's `basis`), saved with the drafted text. */
  narrativeBasis: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .optional(),
});
export type SaveReportInput = z.infer<typeof saveReportBody>;

/** Submitting a report whose drafted narrative no longer matches its figures needs the submitter's confirmation. */
export const submitReportBody = z.object({ confirmStaleNarrative: z.boolean().optional() }).nullish();

export const returnReportBody = z.object({ comment: viParagraphs(2000).pipe(z.string().min(1)) });
export const reopenReportBody = z.object({ reason: viParagraphs(2000).pipe(z.string().min(1)) });

/** A check of a figure against the catalogue's rules: errors block submission, warnings ask for an explanation. */
export interface FigureCheck {
  code: string;
  rule: 'min' | 'max' | 'whole' | 'at_most' | 'coverage' | 'change';
  severity: 'error' | 'warning';
  vi: string;
  en: string;
}

export interface ReportIndicatorRow {
  indicator: Indicator;
  /** The reporting unit's own figure: for a body-basis indicator, the body's own work. */
  own: Figure & {
    source: 'entered' | 'computed' | 'adjusted' | null;
    computedValue: number | null;
    adjustReason: string | null;
  };
  /** The whole area ("toàn địa bàn"): the unit's own figures as entered and the approved reports below, by the indicator's rule. */
  total: Figure;
  /** Last year's area total: from last year's approved reports, else recomputed from the registers (lastYearSource), else missing. */
  lastYear: Figure;
  lastYearSource: 'reports' | 'registers' | null;
  /** The body's own figure in last year's report (body-basis indicators). */
  ownLastYear: Figure;
  /** Own against own last year. */
  ownDifference: number | null;
  ownPercentChange: number | null;
  /**
   * Like for like: this year and last year over the units that have figures in both years
   * (ReportView.comparison); `difference` and `percentChange` compare these two.
   */
  comparable: { current: Figure; lastYear: Figure };
  difference: number | null;
  /** Change against last year in percent, null when last year is missing or zero. */
  percentChange: number | null;
  /** For coverage: the change of the rate in percentage points (8/9 against 8/8 is −11,1 điểm). */
  rateChange: number | null;
}

export interface ChildRollup {
  unitId: number;
  unitName: string;
  status: ReportStatus | 'missing';
  /**
   * Figures of the child's subtree by position in the report's `rows`, null where nothing is
   * approved; `denominators` holds the "of how many" of coverage figures. Arrays, not objects
   * keyed by code: a province's 168 communes × 150 indicators stay a small download.
   */
  values: (number | null)[];
  denominators: (number | null)[];
}

export interface RoundSummary {
  id: number;
  openerUnitId: number;
  openerUnitName: string;
  template: Template;
  year: number;
  periodIndex: number;
  title: string;
  periodStart: string;
  periodEnd: string;
  deadline: string;
  reportingUnitTypes: string[];
  outline: ReportOutline;
  /** The reports the reader sees in the round; `includesOpener`: the opener's own report is one of them. */
  progress: { submitted: number; approved: number; expected: number; includesOpener: boolean };
  /** `cancel`: the round can be cancelled now (nobody has worked in it yet). */
  abilities: { manage: boolean; cancel: boolean };
}

export interface ReportView {
  id: number;
  round: RoundSummary;
  unit: { id: number; name: string; path: string };
  status: ReportStatus;
  version: number;
  late: boolean;
  narrative: Partial<Record<NarrativeSection, string>>;
  returnComment: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  rows: ReportIndicatorRow[];
  /** Reporting units counted in the totals out of those expected in this subtree. */
  included: { approved: number; expected: number };
  /**
   * The comparison with last year is over `units` of the `of` parts of the area (the unit itself
   * and each child) that have figures in both years ("so sánh trên 4/8 đơn vị có báo cáo cả hai kỳ"), and the names of the parts left out.
   */
  comparison: { units: number; of: number; missing: string[] };
  /** The body that issues the report (its party committee's board or the commune's bloc). */
  body: ReportBody;
  /** Rule checks of the figures: errors block submission (422), warnings are shown to the approver. */
  checks: FigureCheck[];
  /** The drafted narrative was drafted from other figures than the report has now. */
  narrativeStale: boolean;
  /** What the registers say beyond counts, for the narrative: sentences by catalogue section (the recognised models, named). */
  highlights: { section: string; vi: string; en: string }[];
  /** What the Word document is issued with: as last stored, else the issuing body's defaults. */
  exportSettings: ReportExportSettings;
  children: ChildRollup[];
  versions: { version: number; reason: string; createdAt: string }[];
  /** The nearest unit above whose report of this round is approved: this one can be neither approved nor reopened until that one is reopened. */
  approvedAbove: string | null;
  abilities: {
    edit: boolean;
    submit: boolean;
    approve: boolean;
    return: boolean;
    reopen: boolean;
    configureExport: boolean;
  };
}

/** The issuing body of a report, for its subject and its document header. */
export interface ReportBody {
  /** "Ban Dân vận Thành ủy Sơn Hà". */
  name: string;
  /** "Ban Dân vận Thành ủy": the subject of the board's own work in the narrative. */
  subject: string;
  /** The area in words: "thành phố", "phường", "xã". */
  areaWord: string;
  /** "phường, xã": the words for the units that report below, for coverage ("8/8 phường, xã"). */
  childrenWord: string;
  /** The document header: the superior body ("Thành ủy Sơn Hà") over the issuing body's short name ("Ban Dân vận"). */
  superior: string;
  shortName: string;
  /** The issuer of the document symbol ("BDVTU" in "03-BC/BDVTU"). */
  abbreviation: string;
  /** The issuing body's unit type: how it signs by default. */
  type: string | null;
}

/** A version kept when an approved report was reopened: its figures and text as they were approved. */
export interface ReportVersionView {
  version: number;
  reason: string;
  createdAt: string;
  approvedAt: string | null;
  narrative: Partial<Record<NarrativeSection, string>>;
  figures: { code: string; value: number | null; denominator: number | null; adjustReason: string | null }[];
}

export interface CompletenessRow {
  reportId: number;
  unitId: number;
  unitName: string;
  parentName: string | null;
  status: ReportStatus;
  submittedAt: string | null;
  onTime: boolean | null;
  late: boolean;
}

/** The same round template over the last years, for a unit and an indicator (the dashboard's trend). */
export const trendQuery = z.object({
  indicator: indicatorCode,
  unitId: idSchema.optional(),
  years: wholeNumber(2, 10).default(5),
});
export type TrendQuery = z.infer<typeof trendQuery>;

export interface TrendPoint {
  year: number;
  /** Null where nothing of that year's period is approved: a gap, never zero. */
  value: number | null;
  denominator: number | null;
}

export interface RoundTrend {
  unitId: number;
  unitName: string;
  indicator: Indicator;
  template: Template;
  periodIndex: number;
  /** Everything approved each year. */
  points: TrendPoint[];
  /**
   * Like for like: each year over the parts of the area (the unit's own report and each unit
   * below) that have figures in every year that has any, so a year half reported is not read as a fall.
   */
  comparablePoints: TrendPoint[];
  comparison: { units: number; of: number };
}
