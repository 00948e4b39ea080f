import type { AuditAction, AuditEntry, TaskCreateInput, TaskDetail, TaskListQuery, TaskSummary } from '@danvan/shared';
import { authorize, can, wholeScope, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { invalid, notFound } from '../../http/errors.js';
import { vietnamDay } from '../../time.js';
import { findEntityHistory, recordAudit } from '../audit/index.js';
import { citedDocuments } from '../documents/index.js';
import { requireUnit, unitActions } from '../units/index.js';
import { taskActions, type TaskRecord } from './tasks.policy.js';
import {
  findChildTasks,
  findTask,
  findTasks,
  findUnitNames,
  findUnitsOfTypeBelow,
  insertTask,
  type TaskRow,
  type TaskValues,
} from './tasks.repository.js';
import { findTaskAttachments, findTaskExtensions, findTaskUpdates } from './task-followup.repository.js';

export const TASK_ENTITY = 'task';

export const recordOf = (row: TaskRow): TaskRecord => ({
  path: row.owner_path,
  assignerPath: row.assigner_path,
  status: row.status,
});

export function presentTask(actor: Actor, row: TaskRow): TaskSummary {
  const record = recordOf(row);
  return {
    id: row.id,
    parentId: row.parent_id,
    title: row.title,
    sourceKind: row.source_kind,
    sourceRefId: row.source_ref_id,
    sourceText: row.source_text,
    assignerUnitId: row.assigner_unit_id,
    assignerName: row.assigner_name,
    ownerUnitId: row.owner_unit_id,
    ownerUnitName: row.owner_unit_name,
    ownerPerson: row.owner_person,
    priority: row.priority,
    assignedOn: row.assigned_on,
    deadline: row.deadline,
    dueOn: row.due_on,
    completedOn: row.completed_on,
    status: row.status,
    bucket: row.bucket,
    percent: row.percent,
    childCount: row.child_count,
    childrenDone: row.children_done,
    cancelledOn: row.cancelled_on,
    cancelReason: row.cancel_reason,
    abilities: {
      report: can(actor, taskActions.report, record),
      propose: can(actor, taskActions.propose, record),
      accept: can(actor, taskActions.accept, record),
      sendBack: can(actor, taskActions.sendBack, record),
      requestExtension: can(actor, taskActions.requestExtension, record),
      decideExtension: can(actor, taskActions.decideExtension, record),
      edit: can(actor, taskActions.edit, record),
      cancel: can(actor, taskActions.cancel, record),
    },
  };
}

/** Loads a task of the scope and authorizes `action` on it: 404 outside the scope, 403, 409 by its state. */
export async function requireTask(
  sql: Sql,
  actor: Actor,
  id: number,
  action: string,
  options: { forUpdate?: boolean; today?: string } = {},
): Promise<TaskRow> {
  const row = await findTask(sql, id, options.today ?? vietnamDay(), options);
  if (!row) throw notFound({ vi: 'Không tìm thấy nhiệm vụ', en: 'Task not found' });
  authorize(actor, action, recordOf(row));
  return row;
}

export function auditTask(
  actor: Actor,
  ip: string,
  row: Pick<TaskRow, 'id' | 'owner_unit_id'>,
  action: AuditAction,
  after: unknown,
  before?: unknown,
) {
  return {
    actorUserId: actor.userId,
    actorUsername: actor.username,
    unitId: row.owner_unit_id,
    action,
    entityType: TASK_ENTITY as 'task',
    entityId: row.id,
    before,
    after,
    ip,
  };
}

export async function listTasks(
  db: Database,
  actor: Actor,
  query: TaskListQuery & { flat?: boolean },
  today = vietnamDay(),
): Promise<{ total: number; items: TaskSummary[] }> {
  authorize(actor, taskActions.read, wholeScope(actor));
  const pairs = [
    ['periodFrom', 'periodTo'],
    ['sourceKind', 'sourceRefId'],
  ] as const;
  for (const [first, second] of pairs)
    if ((query[first] === undefined) !== (query[second] === undefined))
      throw invalid(`query.${query[first] === undefined ? first : second}`, {
        vi: `Cần cả ${first} và ${second}`,
        en: `Give both ${first} and ${second}`,
      });
  if (query.periodFrom && query.periodTo && query.periodFrom > query.periodTo)
    throw invalid('query.periodTo', {
      vi: 'Ngày cuối kỳ không được trước ngày đầu kỳ',
      en: 'The end of the period cannot be before its start',
    });
  const { total, rows } = await inScope(db, actor.scopePath, async (sql) => {
    if (query.unitId) await requireUnit(sql, actor, query.unitId, unitActions.read, { field: 'query.unitId' });
    return findTasks(sql, { ...query, today, scopeUnitId: actor.scopeUnitId, flat: query.flat ?? false });
  });
  return { total, items: rows.map((row) => presentTask(actor, row)) };
}

/** A task's page: the task, its children, what the owner reported, its files and extensions. */
export async function taskDetail(sql: Sql, actor: Actor, row: TaskRow, today = vietnamDay()): Promise<TaskDetail> {
  const children = await findChildTasks(sql, row.id, today);
  const updates = await findTaskUpdates(sql, row.id);
  const documents = await citedDocuments(
    sql,
    updates.flatMap((u) => u.document_ids),
  );
  const attachments = await findTaskAttachments(sql, row.id);
  const extensions = await findTaskExtensions(sql, row.id);
  const summary = presentTask(actor, row);
  const pending = extensions.some((e) => e.status === 'pending');
  return {
    ...summary,
    abilities: {
      ...summary.abilities,
      requestExtension: summary.abilities.requestExtension && !pending,
      decideExtension: summary.abilities.decideExtension && pending,
    },
    expectedResult: row.expected_result,
    cooperatingUnits: await findUnitNames(sql, row.cooperating_unit_ids),
    children: children.map((child) => presentTask(actor, child)),
    updates: updates.map((u) => ({
      id: u.id,
      kind: u.kind,
      note: u.note,
      percent: u.percent,
      documents: documents.filter((d) => u.document_ids.includes(d.id)),
      byName: u.by_name,
      at: u.created_at.toISOString(),
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      fileName: a.file_name,
      mime: a.mime,
      size: a.size,
      byName: a.by_name,
      at: a.created_at.toISOString(),
    })),
    extensions: extensions.map((e) => ({
      id: e.id,
      previousDue: e.previous_due,
      newDeadline: e.new_deadline,
      reason: e.reason,
      status: e.status,
      kind: e.kind,
      comment: e.comment,
      requestedBy: e.requested_by,
      requestedAt: e.requested_at.toISOString(),
      decidedBy: e.decided_by,
      decidedAt: e.decided_at?.toISOString() ?? null,
    })),
  };
}

export async function getTask(db: Database, actor: Actor, id: number, today = vietnamDay()): Promise<TaskDetail> {
  return inScope(db, actor.scopePath, async (sql) =>
    taskDetail(sql, actor, await requireTask(sql, actor, id, taskActions.read, { today }), today),
  );
}

/** Who gave, reported, accepted and extended the task, newest first: open to whoever may read it. */
export async function getTaskHistory(db: Database, actor: Actor, id: number): Promise<AuditEntry[]> {
  return inScope(db, actor.scopePath, async (sql) => {
    await requireTask(sql, actor, id, taskActions.read);
    return (await findEntityHistory(sql, TASK_ENTITY, id)).items;
  });
}

/** Registered documents cited as evidence: each must be one the actor may see (404 with the field otherwise). */
export async function checkDocuments(sql: Sql, ids: number[], field: string): Promise<number[]> {
  const unique = [...new Set(ids)];
  const found = await citedDocuments(sql, unique);
  if (found.length !== unique.length)
    throw invalid(field, { vi: 'Không tìm thấy văn bản được dẫn', en: 'A cited document was not found' }, 404);
  return unique;
}

/** The owner units: those named, or every open unit of the type below the giver; each strictly below it. */
async function ownerUnits(sql: Sql, actor: Actor, input: TaskCreateInput) {
  const ids = input.ownerUnitType
    ? await findUnitsOfTypeBelow(sql, actor.scopePath, input.ownerUnitType)
    : [...new Set(input.ownerUnitIds)];
  if (ids.length === 0)
    throw invalid(input.ownerUnitType ? 'body.ownerUnitType' : 'body.ownerUnitIds', {
      vi: 'Không có đơn vị nào thuộc loại này trực thuộc đơn vị giao',
      en: 'No open unit of this type lies below the giving unit',
    });
  const units = [];
  for (const id of ids) {
    const unit = await requireUnit(sql, actor, id, unitActions.read, { field: 'body.ownerUnitIds' });
    if (unit.path === actor.scopePath)
      throw invalid('body.ownerUnitIds', {
        vi: 'Nhiệm vụ giao cho đơn vị cấp dưới, không giao cho chính đơn vị giao',
        en: 'A task is given to a unit below the giving unit, not to itself',
      });
    units.push(unit);
  }
  return units;
}

/**
 * Gives a task. One owner: one task. Several owners (named, or every unit of a type below): a
 * parent held by the giver, whose progress is its children's, and one child per unit with its own
 * deadline (the parent's unless given). `today` is the day it is given (the demo gives past ones).
 */
export async function createTask(
  db: Database,
  actor: Actor,
  input: TaskCreateInput,
  ip: string,
  today = vietnamDay(),
): Promise<TaskDetail> {
  return inScope(db, actor.scopePath, async (sql) => {
    const { id } = await giveTask(sql, actor, input, ip, today);
    return taskDetail(sql, actor, (await findTask(sql, id, today)) as TaskRow, today);
  });
}

/**
 * Gives one task in the caller's transaction (see createTask), so a module that records what the
 * task carries out (a conference's conclusion) writes its link in the same one: either both stand
 * or neither. Returns the task's id (the parent's when cascaded) and its units' shares.
 */
export async function giveTask(
  sql: Sql,
  actor: Actor,
  input: TaskCreateInput,
  ip: string,
  today: string,
): Promise<{ id: number; childIds: number[] }> {
  authorize(actor, taskActions.create, wholeScope(actor));
  const tooEarly = (date: string) => date < today;
  if (tooEarly(input.deadline))
    throw invalid('body.deadline', {
      vi: 'Hạn hoàn thành không được trước ngày giao',
      en: 'The deadline cannot be before the day the task is given',
    });
  const giver = await requireUnit(sql, actor, actor.scopeUnitId, unitActions.read);
  const owners = await ownerUnits(sql, actor, input);
  const deadlines = new Map(input.unitDeadlines.map((d) => [d.unitId, d.deadline]));
  for (const [unitId, deadline] of deadlines) {
    if (!owners.some((unit) => unit.id === unitId))
      throw invalid('body.unitDeadlines', {
        vi: 'Hạn riêng cho một đơn vị không thực hiện nhiệm vụ',
        en: 'A deadline is given for a unit that does not carry out the task',
      });
    if (tooEarly(deadline))
      throw invalid('body.unitDeadlines', {
        vi: 'Hạn hoàn thành không được trước ngày giao',
        en: 'The deadline cannot be before the day the task is given',
      });
  }
  for (const id of input.cooperatingUnitIds)
    await requireUnit(sql, actor, id, unitActions.read, { field: 'body.cooperatingUnitIds' });
  if (input.sourceKind === 'document' && input.sourceRefId !== null)
    await checkDocuments(sql, [input.sourceRefId], 'body.sourceRefId');
  const base: Omit<TaskValues, 'ownerUnitId' | 'deadline' | 'status' | 'parentId'> = {
    title: input.title,
    sourceKind: input.sourceKind,
    sourceRefId: input.sourceRefId,
    sourceText: input.sourceText,
    assignerUnitId: giver.id,
    assignerName: giver.name,
    ownerPerson: input.ownerPerson,
    cooperatingUnitIds: [...new Set(input.cooperatingUnitIds)],
    priority: input.priority,
    expectedResult: input.expectedResult,
    assignedOn: today,
  };
  const single = owners.length === 1;
  const parentValues: TaskValues = {
    ...base,
    parentId: null,
    ownerUnitId: single ? owners[0].id : giver.id,
    ownerPerson: single ? input.ownerPerson : '',
    deadline: single ? (deadlines.get(owners[0].id) ?? input.deadline) : input.deadline,
    status: single ? 'open' : 'cascaded',
  };
  const parentId = await insertTask(sql, parentValues, actor.userId);
  await recordAudit(
    sql,
    auditTask(actor, ip, { id: parentId, owner_unit_id: parentValues.ownerUnitId }, 'task.create', parentValues),
  );
  const childIds: number[] = [];
  if (!single) {
    for (const owner of owners) {
      const values: TaskValues = {
        ...base,
        parentId,
        ownerUnitId: owner.id,
        deadline: deadlines.get(owner.id) ?? input.deadline,
        status: 'open',
      };
      const id = await insertTask(sql, values, actor.userId);
      childIds.push(id);
      await recordAudit(sql, auditTask(actor, ip, { id, owner_unit_id: owner.id }, 'task.create', values));
    }
  }
  return { id: parentId, childIds };
}
