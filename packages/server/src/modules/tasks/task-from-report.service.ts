import { directionLines, type TaskFromReportInput, type TaskFromReportPreview, type TaskSummary } from '@danvan/shared';
import { authorize, can, type Actor } from '../../auth/authorize.js';
import type { Database } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { conflict, invalid } from '../../http/errors.js';
import { vietnamDay } from '../../time.js';
import { findTasksFromSource } from './task-followup.repository.js';
import { taskActions } from './tasks.policy.js';
import { findTask, type TaskRow } from './tasks.repository.js';
import { giveTask, presentTask } from './tasks.service.js';

/**
 * What the conversion reads of a report, from the reports module: app.ts hands it in (tasks naming
 * reports would be a cycle, since reports read the tasks' figures through the indicator registry).
 * It answers 404 for a report outside the actor's scope. The period, when given, proposes the
 * deadline: the end of the next one.
 */
export type ReportLookup = (
  db: Database,
  actor: Actor,
  reportId: number,
) => Promise<{
  id: number;
  unitPath: string;
  status: string;
  title: string;
  directions: string;
  periodStart?: string;
  periodEnd?: string;
}>;

/** `iso` moved by `months`; the last day of a month stays the last day (31/3 + 3 → 30/6). */
function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const lastOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const [ty, tm] = [target.getUTCFullYear(), target.getUTCMonth() + 1];
  const day = d === lastOf(y, m) ? lastOf(ty, tm) : Math.min(d, lastOf(ty, tm));
  return `${ty}-${String(tm).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The end of the period after a report's, the deadline proposed for its directions. A 6- or 9-month
 * report counts from the start of the year: the next period is the rest of that year (its end by
 * the same cut-off day, 15/12–14/12 as 1/1–31/12). Any other: the same length after it.
 */
export function nextPeriodEnd(periodStart: string, periodEnd: string): string {
  const days = (Date.parse(periodEnd) - Date.parse(periodStart)) / 86_400_000 + 1;
  const months = Math.round(days / 30.44);
  if (months === 6 || months === 9) return dayBefore(addMonths(periodStart, 12));
  return addMonths(periodEnd, Math.max(1, months));
}

const dayBefore = (iso: string) => new Date(Date.parse(iso) - 86_400_000).toISOString().slice(0, 10);

// A task made from a line cites the line in its source, which no edit changes: the line is known
// as made even once the task's title is reworded (or the round renamed).
const sourceOf = (reportTitle: string, line: string) => `${reportTitle}, phần phương hướng, nhiệm vụ: ${line}`;
const madeFrom = (tasks: { id: number; source_text: string }[], line: string) =>
  tasks.find((task) => task.source_text.endsWith(`: ${line}`))?.id ?? null;

/**
 * The lines of a report's directions as the conversion offers them: each with the task already made
 * from it (the same words, given from this report), and whether the actor may make the others.
 */
export async function previewTasksFromReport(
  deps: { db: Database; findReport: ReportLookup },
  actor: Actor,
  reportId: number,
): Promise<TaskFromReportPreview> {
  const report = await deps.findReport(deps.db, actor, reportId);
  authorize(actor, taskActions.read, { path: report.unitPath });
  const made = await inScope(deps.db, actor.scopePath, (sql) => findTasksFromSource(sql, 'report', report.id));
  const approved = report.status === 'approved';
  return {
    reportId: report.id,
    title: report.title,
    approved,
    canCreate: approved && can(actor, taskActions.fromReport, { path: report.unitPath }),
    defaultDeadline:
      report.periodStart && report.periodEnd ? nextPeriodEnd(report.periodStart, report.periodEnd) : null,
    lines: directionLines(report.directions).map((text) => ({
      text,
      taskId: madeFrom(made, text),
    })),
  };
}

/**
 * The lines of an approved report's "directions and tasks" section become tasks in one step (one
 * transaction): given by the reporting unit, whose own people alone may do it, to the units below
 * it (each line to its own, or all to the body's), each citing the report. A line is made into a
 * task once: naming one already made is refused (409); without lines, the lines not yet made are.
 */
export async function createTasksFromReport(
  deps: { db: Database; findReport: ReportLookup },
  actor: Actor,
  input: TaskFromReportInput,
  ip: string,
): Promise<{ items: TaskSummary[] }> {
  const { db } = deps;
  const report = await deps.findReport(db, actor, input.reportId);
  authorize(actor, taskActions.fromReport, { path: report.unitPath });
  if (report.status !== 'approved')
    throw conflict('report_not_approved', {
      vi: 'Chỉ chuyển thành nhiệm vụ khi báo cáo đã được duyệt',
      en: 'A report becomes tasks only once it is approved',
    });
  const today = vietnamDay();
  return inScope(db, actor.scopePath, async (sql) => {
    const tasks = await findTasksFromSource(sql, 'report', report.id);
    const isMade = (line: string) => madeFrom(tasks, line) !== null;
    const lines: NonNullable<TaskFromReportInput['lines']> =
      input.lines ??
      directionLines(report.directions)
        .filter((text) => !isMade(text))
        .map((text) => ({ text }));
    if (!input.lines && lines.length === 0 && tasks.length > 0)
      throw conflict(
        'already_converted',
        {
          vi: 'Các dòng của báo cáo này đã được chuyển thành nhiệm vụ',
          en: "This report's lines have already been turned into tasks",
        },
        'body.reportId',
      );
    if (lines.length === 0)
      throw invalid('body.reportId', {
        vi: 'Phần phương hướng, nhiệm vụ của báo cáo chưa có nội dung',
        en: "The report's directions and tasks section is empty",
      });
    const again = lines.findIndex((line) => isMade(line.text));
    if (again >= 0)
      throw conflict(
        'already_converted',
        {
          vi: `Dòng "${lines[again].text}" đã được chuyển thành nhiệm vụ`,
          en: `The line "${lines[again].text}" has already been turned into a task`,
        },
        `body.lines.${again}.text`,
      );
    const items: TaskSummary[] = [];
    for (const [index, line] of lines.entries()) {
      const deadline = line.deadline ?? input.deadline;
      if (deadline < today)
        throw invalid(input.lines ? `body.lines.${index}.deadline` : 'body.deadline', {
          vi: 'Hạn hoàn thành không được trước ngày giao',
          en: 'The deadline cannot be before the day the task is given',
        });
      const { id } = await giveTask(
        sql,
        actor,
        {
          title: line.text,
          sourceKind: 'report',
          sourceRefId: report.id,
          sourceText: sourceOf(report.title, line.text),
          // A line's own owners, else the body's (every unit of a type, or those named).
          ownerUnitIds: line.ownerUnitIds ?? input.ownerUnitIds,
          ownerUnitType: line.ownerUnitIds ? null : input.ownerUnitType,
          ownerPerson: '',
          cooperatingUnitIds: [],
          deadline,
          unitDeadlines: [],
          priority: input.priority,
          expectedResult: '',
        },
        ip,
        today,
      );
      items.push(presentTask(actor, (await findTask(sql, id, today)) as TaskRow));
    }
    return { items };
  });
}
