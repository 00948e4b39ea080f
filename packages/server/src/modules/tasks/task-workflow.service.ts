import type { TaskDetail, TaskExtensionInput, TaskProgressInput, TaskProposeInput } from '@danvan/shared';
import type { Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { conflict, invalid, notFound } from '../../http/errors.js';
import { vietnamDay } from '../../time.js';
import { recordAudit } from '../audit/index.js';
import { taskActions } from './tasks.policy.js';
import {
  findChildrenCompletion,
  findTask,
  lockTask,
  setTaskDue,
  setTaskPercent,
  setTaskStatus,
  type TaskRow,
} from './tasks.repository.js';
import {
  decideTaskExtension,
  findPendingExtension,
  hasEvidence,
  insertTaskExtension,
  insertTaskUpdate,
} from './task-followup.repository.js';
import { auditTask, checkDocuments, requireTask, taskDetail } from './tasks.service.js';

// The follow-up of a task: the owner reports and proposes, the giver accepts or sends back, and
// extensions are asked for and decided. Who may do which, in which state, is tasks.policy.ts.

type Deps = { db: Database; today?: string };

async function act(
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

/** The owner reports how far the work has gone, citing registered documents if any. */
export function reportProgress(deps: Deps, actor: Actor, id: number, input: TaskProgressInput, ip: string) {
  return act(deps, actor, id, taskActions.report, async (sql, row) => {
    const documentIds = await checkDocuments(sql, input.documentIds, 'body.documentIds');
    const updateId = await insertTaskUpdate(sql, {
      taskId: id,
      kind: 'progress',
      note: input.note,
      percent: input.percent,
      documentIds,
      userId: actor.userId,
    });
    if (input.percent !== null) await setTaskPercent(sql, id, input.percent);
    await recordAudit(sql, auditTask(actor, ip, row, 'task.progress', { updateId, ...input, documentIds }));
  });
}

/** The owner proposes the task as done: refused (409) until some evidence, a file or a cited document, is given. */
export function proposeCompletion(deps: Deps, actor: Actor, id: number, input: TaskProposeInput, ip: string) {
  return act(deps, actor, id, taskActions.propose, async (sql, row) => {
    const documentIds = await checkDocuments(sql, input.documentIds, 'body.documentIds');
    if (documentIds.length === 0 && !(await hasEvidence(sql, id)))
      throw conflict(
        'evidence_required',
        {
          vi: 'Cần đính kèm minh chứng (tệp hoặc văn bản đã vào sổ) trước khi đề nghị công nhận hoàn thành',
          en: 'Attach evidence (a file or a registered document) before proposing the task as done',
        },
        'body.documentIds',
      );
    const updateId = await insertTaskUpdate(sql, {
      taskId: id,
      kind: 'proposal',
      note: input.note,
      percent: 100,
      documentIds,
      userId: actor.userId,
    });
    await setTaskStatus(sql, id, 'proposed');
    await recordAudit(sql, auditTask(actor, ip, row, 'task.propose', { updateId, ...input, documentIds }));
  });
}

/**
 * The giver accepts: the task is done on the day of acceptance (what the buckets count). A child
 * accepted last completes its parent on the same day.
 */
export function acceptCompletion(deps: Deps, actor: Actor, id: number, comment: string, ip: string) {
  return act(deps, actor, id, taskActions.accept, async (sql, row, today) => {
    if (row.parent_id !== null) await lockTask(sql, row.parent_id);
    await insertTaskUpdate(sql, {
      taskId: id,
      kind: 'accepted',
      note: comment,
      percent: 100,
      documentIds: [],
      userId: actor.userId,
    });
    await setTaskStatus(sql, id, 'done', today);
    await setTaskPercent(sql, id, 100);
    await recordAudit(sql, auditTask(actor, ip, row, 'task.accept', { completedOn: today, comment }));
    if (row.parent_id !== null) {
      const parentDone = await findChildrenCompletion(sql, row.parent_id);
      if (parentDone) await setTaskStatus(sql, row.parent_id, 'done', parentDone);
    }
  });
}

/** The giver sends the proposal back with what is missing; the owner works on. */
export function sendBack(deps: Deps, actor: Actor, id: number, comment: string, ip: string) {
  return act(deps, actor, id, taskActions.sendBack, async (sql, row) => {
    await insertTaskUpdate(sql, {
      taskId: id,
      kind: 'returned',
      note: comment,
      percent: null,
      documentIds: [],
      userId: actor.userId,
    });
    await setTaskStatus(sql, id, 'returned');
    await recordAudit(sql, auditTask(actor, ip, row, 'task.send_back', { comment }));
  });
}

/** The owner asks for a later deadline; one request waits at a time. */
export function requestExtension(deps: Deps, actor: Actor, id: number, input: TaskExtensionInput, ip: string) {
  return act(deps, actor, id, taskActions.requestExtension, async (sql, row, today) => {
    if (input.newDeadline <= row.due_on || input.newDeadline < today)
      throw invalid('body.newDeadline', {
        vi: 'Hạn mới phải sau hạn hiện tại và không trước hôm nay',
        en: 'The new deadline must be after the current one and not before today',
      });
    if (await findPendingExtension(sql, id))
      throw conflict('extension_pending', {
        vi: 'Đã có đề nghị gia hạn đang chờ quyết định',
        en: 'An extension request is already waiting for a decision',
      });
    const extensionId = await insertTaskExtension(sql, {
      taskId: id,
      previousDue: row.due_on,
      newDeadline: input.newDeadline,
      reason: input.reason,
      userId: actor.userId,
    });
    await recordAudit(
      sql,
      auditTask(actor, ip, row, 'task.extension_request', { extensionId, previousDue: row.due_on, ...input }),
    );
  });
}

/** The giver approves (the deadline moves) or refuses the waiting request. */
export function decideExtension(
  deps: Deps,
  actor: Actor,
  id: number,
  extensionId: number,
  decision: { approve: boolean; comment: string },
  ip: string,
) {
  return act(deps, actor, id, taskActions.decideExtension, async (sql, row) => {
    const pending = await findPendingExtension(sql, id);
    if (!pending || pending.id !== extensionId)
      throw notFound({ vi: 'Không có đề nghị gia hạn này đang chờ', en: 'No such extension request is waiting' });
    if (!decision.approve && !decision.comment)
      throw invalid('body.comment', { vi: 'Cần nêu lý do không đồng ý', en: 'Say why the request is refused' });
    await decideTaskExtension(sql, {
      id: extensionId,
      status: decision.approve ? 'approved' : 'refused',
      comment: decision.comment,
      userId: actor.userId,
    });
    if (decision.approve) await setTaskDue(sql, id, pending.new_deadline);
    await recordAudit(
      sql,
      auditTask(
        actor,
        ip,
        row,
        decision.approve ? 'task.extension_approve' : 'task.extension_refuse',
        { extensionId, dueOn: decision.approve ? pending.new_deadline : row.due_on, comment: decision.comment },
        { dueOn: row.due_on },
      ),
    );
  });
}
