import { directionLines, type TaskFromReportInput, type TaskSummary } from '@danvan/shared';
import { authorize, type Actor } from '../../auth/authorize.js';
import type { Database } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { conflict, invalid } from '../../http/errors.js';
import { vietnamDay } from '../../time.js';
import { countTasksFromSource } from './task-followup.repository.js';
import { taskActions } from './tasks.policy.js';
import { findTask, type TaskRow } from './tasks.repository.js';
import { giveTask, presentTask } from './tasks.service.js';

/**
 * What the conversion reads of a report, from the reports module: app.ts hands it in (tasks naming
 * reports would be a cycle, since reports read the tasks' figures through the indicator registry).
 * It answers 404 for a report outside the actor's scope.
 */
export type ReportLookup = (
  db: Database,
  actor: Actor,
  reportId: number,
) => Promise<{ id: number; unitPath: string; status: string; title: string; directions: string }>;

/**
 * The lines of an approved report's "directions and tasks" section become tasks in one step (one
 * transaction): given by the reporting unit, whose own people alone may do it, to the units below
 * it, each citing the report. A report is turned into tasks once.
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
  const lines = input.lines ?? directionLines(report.directions);
  if (lines.length === 0)
    throw invalid('body.reportId', {
      vi: 'Phần phương hướng, nhiệm vụ của báo cáo chưa có nội dung',
      en: "The report's directions and tasks section is empty",
    });
  const today = vietnamDay();
  return inScope(db, actor.scopePath, async (sql) => {
    if ((await countTasksFromSource(sql, 'report', report.id)) > 0)
      throw conflict(
        'already_converted',
        {
          vi: 'Báo cáo này đã được chuyển thành nhiệm vụ',
          en: 'This report has already been turned into tasks',
        },
        'body.reportId',
      );
    const items: TaskSummary[] = [];
    for (const line of lines) {
      const id = await giveTask(
        sql,
        actor,
        {
          title: line,
          sourceKind: 'report',
          sourceRefId: report.id,
          sourceText: `${report.title}, phần phương hướng, nhiệm vụ`,
          ownerUnitIds: input.ownerUnitIds,
          ownerUnitType: input.ownerUnitType,
          ownerPerson: '',
          cooperatingUnitIds: [],
          deadline: input.deadline,
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
