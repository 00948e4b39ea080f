import type { TaskDetail, TaskEditInput } from '@danvan/shared';
import type { Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { conflict, invalid } from '../../http/errors.js';
import { vietnamDay } from '../../time.js';
import { recordAudit } from '../audit/index.js';
import { requireUnit, unitActions } from '../units/index.js';
import { decideTaskExtension, findPendingExtension, insertDeadlineChange } from './task-followup.repository.js';
import { taskActions } from './tasks.policy.js';
import {
  cancelTaskRow,
  findChildrenCompletion,
  findChildTasks,
  findTask,
  lockTask,
  setTaskDue,
  setTaskStatus,
  updateTaskFields,
  type TaskRow,
} from './tasks.repository.js';
import { auditTask, requireTask, taskDetail } from './tasks.service.js';

// The giving unit corrects or withdraws what it gave (tasks.policy.ts: edit, cancel), while the task
// is not done. A parent given to several units carries its children along.

type Deps = { db: Database; today?: string };

const isLive = (row: TaskRow) => row.status !== 'done' && row.status !== 'cancelled';

const fieldsOf = (row: TaskRow) => ({
  title: row.title,
  expectedResult: row.expected_result,
  priority: row.priority,
  cooperatingUnitIds: row.cooperating_unit_ids,
  dueOn: row.due_on,
});

async function withTask(
  deps: Deps,
  actor: Actor,
  id: number,
  action: string,
  work: (sql: Sql, row: TaskRow, today: string) => Promise<void>,
): Promise<TaskDetail> {
  const today = deps.today ?? vietnamDay();
  return inScope(deps.db, actor.scopePath, async (sql) => {
    const row = await requireTask(sql, actor, id, action, { forUpdate: true, today });
    await work(sql, row, today);
    return taskDetail(sql, actor, (await findTask(sql, id, today)) as TaskRow, today);
  });
}

/**
 * Edits the fields sent. A new deadline moves the deadline in force, is kept with the extensions
 * (kind 'change', with its reason) and waits for no request: refused while the owner's request
 * waits for a decision. A parent's edit reaches its children not done nor cancelled; its new
 * deadline, the children that kept the parent's.
 */
export function editTask(deps: Deps, actor: Actor, id: number, input: TaskEditInput, ip: string) {
  return withTask(deps, actor, id, taskActions.edit, async (sql, row, today) => {
    const { deadline, reason, ...fields } = input;
    const changesDeadline = deadline !== undefined && deadline !== row.due_on;
    if (!changesDeadline && Object.values(fields).every((value) => value === undefined))
      throw invalid('body', { vi: 'Không có nội dung nào thay đổi', en: 'Nothing to change' });
    if (fields.cooperatingUnitIds) {
      fields.cooperatingUnitIds = [...new Set(fields.cooperatingUnitIds)];
      for (const unitId of fields.cooperatingUnitIds)
        await requireUnit(sql, actor, unitId, unitActions.read, { field: 'body.cooperatingUnitIds' });
    }
    if (changesDeadline && deadline < today)
      throw invalid('body.deadline', {
        vi: 'Hạn hoàn thành mới không được trước hôm nay',
        en: 'The new deadline cannot be before today',
      });
    const children = row.status === 'cascaded' ? (await findChildTasks(sql, row.id, today)).filter(isLive) : [];
    for (const task of [row, ...children]) {
      const movesDeadline = changesDeadline && task.due_on === row.due_on;
      if (movesDeadline && (await findPendingExtension(sql, task.id)))
        throw conflict(
          'extension_pending',
          {
            vi: `Nhiệm vụ của ${task.owner_unit_name} có đề nghị gia hạn đang chờ: quyết định đề nghị trước khi đổi hạn`,
            en: `${task.owner_unit_name}'s task has an extension request waiting: decide it before changing the deadline`,
          },
          'body.deadline',
        );
      await updateTaskFields(sql, task.id, fields);
      if (movesDeadline) {
        await setTaskDue(sql, task.id, deadline);
        await insertDeadlineChange(sql, {
          taskId: task.id,
          previousDue: task.due_on,
          newDeadline: deadline,
          reason,
          userId: actor.userId,
        });
      }
      const after = { ...fields, ...(movesDeadline ? { dueOn: deadline, reason } : {}) };
      await recordAudit(sql, auditTask(actor, ip, task, 'task.edit', after, fieldsOf(task)));
    }
  });
}

/**
 * Cancels with a reason: the task leaves the buckets and the figures and stays visible. A parent
 * cancels its children not done; a request for extension waiting is refused with the same reason.
 * The last child left undone cancelled completes its parent when the others are done, or cancels
 * it when none is left.
 */
export function cancelTask(deps: Deps, actor: Actor, id: number, reason: string, ip: string) {
  return withTask(deps, actor, id, taskActions.cancel, async (sql, row, today) => {
    if (row.parent_id !== null) await lockTask(sql, row.parent_id);
    const children = row.status === 'cascaded' ? (await findChildTasks(sql, row.id, today)).filter(isLive) : [];
    for (const task of [row, ...children]) {
      await cancelTaskRow(sql, task.id, today, reason);
      const pending = await findPendingExtension(sql, task.id);
      if (pending)
        await decideTaskExtension(sql, { id: pending.id, status: 'refused', comment: reason, userId: actor.userId });
      await recordAudit(
        sql,
        auditTask(actor, ip, task, 'task.cancel', { cancelledOn: today, reason }, { status: task.status }),
      );
    }
    if (row.parent_id !== null) {
      const parent = await findTask(sql, row.parent_id, today);
      if (parent?.status !== 'cascaded') return;
      const completedOn = await findChildrenCompletion(sql, parent.id);
      if (completedOn) await setTaskStatus(sql, parent.id, 'done', completedOn);
      else if (parent.child_count === 0) {
        await cancelTaskRow(sql, parent.id, today, reason);
        await recordAudit(sql, auditTask(actor, ip, parent, 'task.cancel', { cancelledOn: today, reason }));
      }
    }
  });
}
