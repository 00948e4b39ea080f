import type { InboxGroup, InboxGroupKey } from '@danvan/shared';
import { can, roleAllows, statesOf, type Actor } from '../../auth/authorize.js';
import type { InboxProvider } from '../../inbox/inbox-items.js';
import { taskActions } from './tasks.policy.js';
import {
  findGivenTasksOverdue,
  findGivenTasksWaiting,
  findOwnedTasksDue,
  type TaskInboxRow,
} from './task-followup.repository.js';

/** The day `days` after an ISO day. */
export function addDays(day: string, days: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** How far ahead a task counts as due soon. */
export const DUE_SOON_DAYS = 7;

const group = (
  key: InboxGroupKey,
  rows: TaskInboxRow[],
  keep: (row: TaskInboxRow) => boolean,
  overdue: (row: TaskInboxRow) => boolean,
): InboxGroup[] =>
  rows.length === 0
    ? []
    : [
        {
          key,
          count: rows[0].total,
          items: rows.filter(keep).map((row) => ({
            title: row.title,
            unitName: row.unit_name,
            date: row.date,
            overdue: overdue(row),
            state: row.status,
            comment: row.comment,
            link: { kind: 'task' as const, id: row.id },
          })),
        },
      ];

const record = (row: TaskInboxRow) => ({ path: row.owner_path, assignerPath: row.assigner_path, status: row.status });

/**
 * For the owner unit: its tasks overdue, and those due within the week (what it may report on);
 * for the giving unit: completions proposed and extensions asked, waiting for its answer, and the
 * tasks it gave that are overdue, to follow up.
 */
export const taskInbox: InboxProvider = {
  key: 'tasks',
  async collect(sql, { actor, today, limit }) {
    const groups: InboxGroup[] = [];
    const own = { path: actor.scopePath, assignerPath: '', status: 'open' as const };
    if (roleAllows(actor, taskActions.report, own)) {
      const states = statesOf(taskActions.report) ?? [];
      const ownerPath = actor.scopePath;
      const canReport = (row: TaskInboxRow) => can(actor, taskActions.report, record(row));
      const overdue = await findOwnedTasksDue(sql, {
        ownerPath,
        states,
        dueAfter: null,
        dueBy: addDays(today, -1),
        limit,
      });
      groups.push(...group('tasksOverdue', overdue, canReport, () => true));
      const dueBy = addDays(today, DUE_SOON_DAYS);
      const soon = await findOwnedTasksDue(sql, { ownerPath, states, dueAfter: addDays(today, -1), dueBy, limit });
      groups.push(...group('tasksDueSoon', soon, canReport, () => false));
    }
    groups.push(...(await givenGroups(sql, actor, today, limit)));
    return groups;
  },
};

async function givenGroups(sql: Parameters<InboxProvider['collect']>[0], actor: Actor, today: string, limit: number) {
  const mine = { path: `${actor.scopePath}.below`, assignerPath: actor.scopePath, status: 'proposed' as const };
  const groups: InboxGroup[] = [];
  if (roleAllows(actor, taskActions.accept, mine)) {
    const states = statesOf(taskActions.accept) ?? [];
    const rows = await findGivenTasksWaiting(sql, {
      assignerUnitId: actor.scopeUnitId,
      states,
      extensions: false,
      limit,
    });
    groups.push(
      ...group(
        'tasksToAccept',
        rows,
        (row) => can(actor, taskActions.accept, record(row)),
        () => false,
      ),
    );
  }
  if (roleAllows(actor, taskActions.decideExtension, mine)) {
    const states = statesOf(taskActions.decideExtension) ?? [];
    const rows = await findGivenTasksWaiting(sql, {
      assignerUnitId: actor.scopeUnitId,
      states,
      extensions: true,
      limit,
    });
    groups.push(
      ...group(
        'taskExtensionsToDecide',
        rows,
        (row) => can(actor, taskActions.decideExtension, record(row)),
        () => false,
      ),
    );
  }
  if (roleAllows(actor, taskActions.followUp, mine)) {
    const states = statesOf(taskActions.followUp) ?? [];
    const rows = await findGivenTasksOverdue(sql, { assignerUnitId: actor.scopeUnitId, states, today, limit });
    groups.push(
      ...group(
        'tasksGivenOverdue',
        rows,
        (row) => can(actor, taskActions.followUp, record(row)),
        () => true,
      ),
    );
  }
  return groups;
}
