import { z } from 'zod';
import { viLine, viParagraphs } from '../text/text.schemas.js';
import { idSchema, wholeNumber } from '../ids.js';

// Tasks (nhiệm vụ) assigned by a unit to the units below it, followed up as the government's
// follow-up rules (QĐ 42/2014/QĐ-TTg) count them: done on time, done late, within deadline, overdue.

/** Where a task comes from; `reference` is the id of the record in its own module, kept without a foreign key. */
export const taskSourceKinds = {
  direct: { vi: 'Giao trực tiếp', en: 'Assigned directly' },
  conference: { vi: 'Kết luận hội nghị', en: 'Conference conclusion' },
  report: { vi: 'Phương hướng, nhiệm vụ của báo cáo', en: "A report's directions and tasks" },
  document: { vi: 'Văn bản chỉ đạo', en: 'Directive document' },
} as const;
export type TaskSourceKind = keyof typeof taskSourceKinds;
export const taskSourceKindCodes = Object.keys(taskSourceKinds) as [TaskSourceKind, ...TaskSourceKind[]];

export const taskPriorities = {
  normal: { vi: 'Bình thường', en: 'Normal' },
  high: { vi: 'Quan trọng', en: 'High' },
  urgent: { vi: 'Khẩn', en: 'Urgent' },
} as const;
export type TaskPriority = keyof typeof taskPriorities;
export const taskPriorityCodes = Object.keys(taskPriorities) as [TaskPriority, ...TaskPriority[]];

/**
 * Where the task stands in its workflow (typed by the people who act on it): `cascaded` is a task
 * given to several units, whose progress is its children's; `done` once the assigning unit accepts.
 */
export const taskStatuses = {
  open: { vi: 'Đang thực hiện', en: 'In progress' },
  returned: { vi: 'Bị trả lại', en: 'Sent back' },
  proposed: { vi: 'Đề nghị hoàn thành', en: 'Completion proposed' },
  cascaded: { vi: 'Giao cho nhiều đơn vị', en: 'Given to several units' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
  /** Cancelled by the giving unit with a reason: kept and shown, left out of the buckets and the figures. */
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
} as const;
export type TaskStatus = keyof typeof taskStatuses;

/** The four buckets of the follow-up reports: computed from dates (`taskBucket`), never typed. */
export const taskBuckets = {
  on_time: { vi: 'Hoàn thành đúng hạn', en: 'Done on time' },
  late: { vi: 'Hoàn thành quá hạn', en: 'Done late' },
  in_progress: { vi: 'Đang thực hiện trong hạn', en: 'Not done, within deadline' },
  overdue: { vi: 'Quá hạn chưa hoàn thành', en: 'Overdue' },
} as const;
export type TaskBucket = keyof typeof taskBuckets;
export const taskBucketCodes = Object.keys(taskBuckets) as [TaskBucket, ...TaskBucket[]];

/**
 * The bucket of a task on `today` (ISO dates, Vietnamese days): its deadline with approved
 * extensions, and the day its completion was accepted. Done on the deadline day is on time; not
 * done with the deadline today is still within it. The SQL lists use task_bucket()
 * (db/functions/task_bucket.sql), the same rule; a table-driven test holds the two together.
 */
export function taskBucket(dueOn: string, completedOn: string | null, today: string): TaskBucket {
  if (completedOn !== null) return completedOn <= dueOn ? 'on_time' : 'late';
  return today <= dueOn ? 'in_progress' : 'overdue';
}

const id = idSchema;
const isoDate = z.iso.date();
const documentIds = z.array(id).max(20).default([]);

export const taskCreateBody = z
  .object({
    title: viLine(500),
    sourceKind: z.enum(taskSourceKindCodes).default('direct'),
    /** The record the task comes from in its module (a document's id, a report's, later a conference's). */
    sourceRefId: id.nullable().default(null),
    /** The source in words: the conclusion's number, the line of the report. */
    sourceText: viParagraphs(2000).default(''),
    /** The units that carry out the task; two or more make one task per unit under a parent. */
    ownerUnitIds: z.array(id).max(500).default([]),
    /** Or every open unit of this type below the assigning unit (every ward of the city). */
    ownerUnitType: z.string().min(1).max(40).nullable().default(null),
    /** Who carries it out in the owner unit, in words. */
    ownerPerson: viParagraphs(200).default(''),
    cooperatingUnitIds: z.array(id).max(50).default([]),
    deadline: isoDate,
    /** A unit's own deadline when it differs from `deadline`. */
    unitDeadlines: z
      .array(z.object({ unitId: id, deadline: isoDate }))
      .max(500)
      .default([]),
    priority: z.enum(taskPriorityCodes).default('normal'),
    expectedResult: viParagraphs(2000).default(''),
  })
  .refine((body) => body.ownerUnitIds.length > 0 || body.ownerUnitType !== null, {
    path: ['ownerUnitIds'],
    message: 'Chọn đơn vị thực hiện / choose the units that carry out the task',
  });
export type TaskCreateInput = z.infer<typeof taskCreateBody>;

/**
 * The lines of an approved report's "directions and tasks" section turned into tasks in one step,
 * given by the reporting unit to the units below it: the lines chosen, or every line.
 */
export const taskFromReportBody = z
  .object({
    reportId: id,
    /**
     * The lines chosen, each with its own deadline and owners or the body's; a line already made
     * into a task is refused.
     */
    lines: z
      .array(
        z.object({
          text: viLine(500),
          deadline: isoDate.optional(),
          ownerUnitIds: z
            .array(id)
            .min(1, 'Chọn đơn vị thực hiện / choose the units that carry out the task')
            .max(500)
            .optional(),
        }),
      )
      .min(1)
      .max(50)
      .optional(),
    ownerUnitIds: z.array(id).max(500).default([]),
    ownerUnitType: z.string().min(1).max(40).nullable().default(null),
    deadline: isoDate,
    priority: z.enum(taskPriorityCodes).default('normal'),
  })
  .refine(
    (body) =>
      body.ownerUnitIds.length > 0 ||
      body.ownerUnitType !== null ||
      (body.lines !== undefined && body.lines.every((line) => line.ownerUnitIds !== undefined)),
    {
      path: ['ownerUnitIds'],
      message: 'Chọn đơn vị thực hiện / choose the units that carry out the tasks',
    },
  );
export type TaskFromReportInput = z.infer<typeof taskFromReportBody>;

/** What the conversion shows before it is made: the section's lines, those already tasks, and a default deadline. */
export interface TaskFromReportPreview {
  reportId: number;
  title: string;
  approved: boolean;
  /** The actor may turn the lines into tasks (the reporting unit's people, once the report is approved). */
  canCreate: boolean;
  /** The end of the period after the report's: the deadline proposed for each line. */
  defaultDeadline: string | null;
  lines: { text: string; taskId: number | null }[];
}

/**
 * The giving unit edits a task that is not done: only the fields sent change. A new deadline moves
 * the deadline in force (as an approved extension would) and is kept in the extensions' history
 * with its reason.
 */
export const taskEditBody = z
  .object({
    title: viLine(500).optional(),
    expectedResult: viParagraphs(2000).optional(),
    priority: z.enum(taskPriorityCodes).optional(),
    cooperatingUnitIds: z.array(id).max(50).optional(),
    deadline: isoDate.optional(),
    /** Why the deadline changes: required with `deadline`. */
    reason: viParagraphs(2000).default(''),
  })
  .refine((body) => body.deadline === undefined || body.reason.length > 0, {
    path: ['reason'],
    message: 'Nêu lý do thay đổi hạn / say why the deadline changes',
  });
export type TaskEditInput = z.infer<typeof taskEditBody>;

export const taskCancelBody = z.object({ reason: viParagraphs(2000).pipe(z.string().min(1)) });

/** The lines of a "directions and tasks" section, each a task: numbering and bullets dropped, headings left out. */
export function directionLines(text: string): string[] {
  return (
    text
      .split('\n')
      .map((line) => line.replace(/^\s*(?:[-+•*–]|\d+[.)]|[a-zđ][.)]|[IVX]+\.)\s*/u, '').trim())
      // A heading ("II. NHIỆM VỤ TRỌNG TÂM") is written in capitals; a task is a sentence.
      .filter((line) => line.length >= 10 && line !== line.toLocaleUpperCase('vi'))
      .map((line) => line.slice(0, 500))
  );
}

export const taskProgressBody = z.object({
  note: viParagraphs(5000).pipe(z.string().min(1)),
  /** How far the work has gone, in percent, as the owner judges it. */
  percent: z.number().int().min(0).max(100).nullable().default(null),
  documentIds,
});
export type TaskProgressInput = z.infer<typeof taskProgressBody>;

export const taskProposeBody = z.object({ note: viParagraphs(5000).pipe(z.string().min(1)), documentIds });
export type TaskProposeInput = z.infer<typeof taskProposeBody>;

export const taskCommentBody = z.object({ comment: viParagraphs(5000).default('') });
export const taskSendBackBody = z.object({ comment: viParagraphs(5000).pipe(z.string().min(1)) });

export const taskExtensionBody = z.object({ newDeadline: isoDate, reason: viParagraphs(5000).pipe(z.string().min(1)) });
export type TaskExtensionInput = z.infer<typeof taskExtensionBody>;

export const taskListQuery = z.object({
  /** Tasks owned by this unit or the units below it. */
  unitId: idSchema.optional(),
  bucket: z.enum(taskBucketCodes).optional(),
  /** `assigned`: tasks the actor's unit gave; `owned`: tasks given to it. */
  role: z.enum(['assigned', 'owned']).optional(),
  dueFrom: isoDate.optional(),
  dueTo: isoDate.optional(),
  /**
   * The tasks of a past period: due within it, or due before its end and still not done. Both ends
   * together; cancelled tasks left out. What the next period's report shows of the last one.
   */
  periodFrom: isoDate.optional(),
  periodTo: isoDate.optional(),
  /** The tasks made from one record of another module (a report's directions): both together. */
  sourceKind: z.enum(taskSourceKindCodes).optional(),
  sourceRefId: idSchema.optional(),
  /** `active`: not cancelled; `cancelled`: only the cancelled ones; all when absent. */
  state: z.enum(['active', 'cancelled']).optional(),
  /** Accent-insensitive part of the title or the owner unit's name. */
  q: z.string().max(100).optional(),
  sort: z.enum(['due', '-due', 'title', 'unit', '-assigned']).default('due'),
  limit: wholeNumber(1, 500).default(50),
  offset: wholeNumber(0, 1_000_000_000).default(0),
});
export type TaskListQuery = z.infer<typeof taskListQuery>;

export interface TaskAbilities {
  report: boolean;
  propose: boolean;
  accept: boolean;
  sendBack: boolean;
  requestExtension: boolean;
  decideExtension: boolean;
  edit: boolean;
  cancel: boolean;
}

export interface TaskSummary {
  id: number;
  parentId: number | null;
  title: string;
  sourceKind: TaskSourceKind;
  sourceRefId: number | null;
  sourceText: string;
  assignerUnitId: number;
  assignerName: string;
  ownerUnitId: number;
  ownerUnitName: string;
  ownerPerson: string;
  priority: TaskPriority;
  assignedOn: string;
  deadline: string;
  /** The deadline with approved extensions. */
  dueOn: string;
  completedOn: string | null;
  status: TaskStatus;
  bucket: TaskBucket;
  percent: number | null;
  /** Children of a task given to several units, and how many of them are done. */
  childCount: number;
  childrenDone: number;
  cancelledOn: string | null;
  cancelReason: string;
  abilities: TaskAbilities;
}

export interface TaskUpdateEntry {
  id: number;
  kind: 'progress' | 'proposal' | 'accepted' | 'returned';
  note: string;
  percent: number | null;
  documents: { id: number; symbol: string; title: string; issuedOn: string | null }[];
  byName: string;
  at: string;
}

export interface TaskAttachment {
  id: number;
  fileName: string;
  mime: string;
  size: number;
  byName: string;
  at: string;
}

export interface TaskExtension {
  id: number;
  previousDue: string;
  newDeadline: string;
  reason: string;
  status: 'pending' | 'approved' | 'refused';
  /** `change`: the giving unit moved the deadline itself, without a request. */
  kind: 'request' | 'change';
  comment: string;
  requestedBy: string;
  requestedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface TaskDetail extends TaskSummary {
  expectedResult: string;
  cooperatingUnits: { id: number; name: string }[];
  children: TaskSummary[];
  updates: TaskUpdateEntry[];
  attachments: TaskAttachment[];
  extensions: TaskExtension[];
}
