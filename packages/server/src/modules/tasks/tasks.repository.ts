import type { TaskBucket, TaskListQuery, TaskPriority, TaskSourceKind, TaskStatus } from '@danvan/shared';
import type { Sql } from '../../db/client.js';

export interface TaskRow {
  id: number;
  parent_id: number | null;
  title: string;
  source_kind: TaskSourceKind;
  source_ref_id: number | null;
  source_text: string;
  assigner_unit_id: number;
  assigner_name: string;
  /** Empty when the giver lies above the reader's scope (row-level security hides it). */
  assigner_path: string;
  owner_unit_id: number;
  owner_unit_name: string;
  owner_path: string;
  owner_person: string;
  cooperating_unit_ids: number[];
  priority: TaskPriority;
  expected_result: string;
  assigned_on: string;
  deadline: string;
  due_on: string;
  completed_on: string | null;
  status: TaskStatus;
  bucket: TaskBucket;
  percent: number | null;
  child_count: number;
  children_done: number;
  cancelled_on: string | null;
  cancel_reason: string;
}

// $1 is always today (Vietnamese day): the bucket is computed against it, never stored.
const taskSelect = `
  SELECT t.id, t.parent_id, t.title, t.source_kind, t.source_ref_id, t.source_text,
         t.assigner_unit_id, t.assigner_name, coalesce(a.path::text, '') AS assigner_path,
         t.owner_unit_id, o.name AS owner_unit_name, o.path::text AS owner_path, t.owner_person,
         t.cooperating_unit_ids, t.priority, t.expected_result, t.assigned_on::text AS assigned_on,
         t.deadline::text AS deadline, t.due_on::text AS due_on, t.completed_on::text AS completed_on,
         t.status, task_bucket(t.due_on, t.completed_on, $1::date) AS bucket, t.percent,
         coalesce(c.n, 0)::int AS child_count, coalesce(c.done, 0)::int AS children_done,
         t.cancelled_on::text AS cancelled_on, t.cancel_reason
    FROM tasks t
    JOIN units o ON o.id = t.owner_unit_id
    LEFT JOIN units a ON a.id = t.assigner_unit_id
    LEFT JOIN LATERAL (
      SELECT count(*) AS n, count(*) FILTER (WHERE k.status = 'done') AS done
        FROM tasks k WHERE k.parent_id = t.id AND k.status <> 'cancelled'
    ) c ON true`;

const orders: Record<TaskListQuery['sort'], string> = {
  due: 't.due_on, t.id',
  '-due': 't.due_on DESC, t.id DESC',
  title: 'vi_fold(t.title), t.id',
  unit: 'o.name_folded, t.due_on, t.id',
  '-assigned': 't.assigned_on DESC, t.id DESC',
};

/**
 * A page of the scope's tasks matching the filters, with the filtered total. Without `flat`, a task
 * given to several units is one row (its children are on its page); a child whose parent the reader
 * cannot see (a ward's share of the city's task) is a row of its own.
 */
export async function findTasks(
  sql: Sql,
  query: TaskListQuery & { today: string; scopeUnitId: number; flat: boolean },
): Promise<{ total: number; rows: TaskRow[] }> {
  const { rows } = await sql.query<TaskRow & { total: number }>(
    `SELECT x.*, count(*) OVER ()::int AS total FROM (${taskSelect}
      WHERE ($2::int IS NULL OR o.path <@ (SELECT path FROM units WHERE id = $2))
        AND ($3::text IS NULL OR (task_bucket(t.due_on, t.completed_on, $1::date) = $3 AND t.status <> 'cancelled'))
        AND ($4::text IS NULL OR ($4 = 'assigned' AND t.assigner_unit_id = $5) OR ($4 = 'owned' AND t.owner_unit_id = $5))
        AND ($6::date IS NULL OR t.due_on >= $6)
        AND ($7::date IS NULL OR t.due_on <= $7)
        AND ($8::text IS NULL OR vi_fold(t.title) LIKE '%' || like_literal(vi_fold($8)) || '%'
             OR o.name_folded LIKE '%' || like_literal(vi_fold($8)) || '%')
        AND (CASE WHEN $9::boolean THEN NOT t.cascaded
                  ELSE t.parent_id IS NULL OR NOT EXISTS (SELECT 1 FROM tasks p WHERE p.id = t.parent_id) END)
        AND ($12::date IS NULL OR (t.due_on <= $13::date AND t.status <> 'cancelled'
             AND (t.due_on >= $12::date OR t.status <> 'done')))
        AND ($14::text IS NULL OR (t.source_kind = $14 AND t.source_ref_id = $15))
        AND ($16::text IS NULL OR ($16 = 'cancelled') = (t.status = 'cancelled'))
      ORDER BY ${orders[query.sort]}) x
      LIMIT $10 OFFSET $11`,
    [
      query.today,
      query.unitId ?? null,
      query.bucket ?? null,
      query.role ?? null,
      query.scopeUnitId,
      query.dueFrom ?? null,
      query.dueTo ?? null,
      query.q?.trim() || null,
      query.flat,
      query.limit,
      query.offset,
      query.periodFrom ?? null,
      query.periodTo ?? null,
      query.sourceKind ?? null,
      query.sourceRefId ?? null,
      query.state ?? null,
    ],
  );
  return { total: rows[0]?.total ?? 0, rows };
}

export async function findTask(
  sql: Sql,
  id: number,
  today: string,
  options: { forUpdate?: boolean } = {},
): Promise<TaskRow | null> {
  const { rows } = await sql.query<TaskRow>(
    `${taskSelect} WHERE t.id = $2 ${options.forUpdate ? 'FOR UPDATE OF t' : ''}`,
    [today, id],
  );
  return rows[0] ?? null;
}

export async function findChildTasks(sql: Sql, parentId: number, today: string): Promise<TaskRow[]> {
  const { rows } = await sql.query<TaskRow>(`${taskSelect} WHERE t.parent_id = $2 ORDER BY o.name_folded, t.id`, [
    today,
    parentId,
  ]);
  return rows;
}

/** Open units of a type strictly below a unit: the owners of a task given to "every ward". */
export async function findUnitsOfTypeBelow(sql: Sql, unitPath: string, type: string) {
  const { rows } = await sql.query<{ id: number }>(
    `SELECT id FROM units WHERE path <@ $1::ltree AND path <> $1::ltree AND type = $2 AND closed_on IS NULL
      ORDER BY name_folded, id`,
    [unitPath, type],
  );
  return rows.map((row) => row.id);
}

/** Names of the units a task cites (cooperating units) that the reader may see. */
export async function findUnitNames(sql: Sql, ids: number[]) {
  if (ids.length === 0) return [];
  const { rows } = await sql.query<{ id: number; name: string }>(
    `SELECT id, name FROM units WHERE id = ANY($1::int[]) ORDER BY array_position($1::int[], id)`,
    [ids],
  );
  return rows;
}

export interface TaskValues {
  parentId: number | null;
  title: string;
  sourceKind: TaskSourceKind;
  sourceRefId: number | null;
  sourceText: string;
  assignerUnitId: number;
  assignerName: string;
  ownerUnitId: number;
  ownerPerson: string;
  cooperatingUnitIds: number[];
  priority: TaskPriority;
  expectedResult: string;
  assignedOn: string;
  deadline: string;
  status: TaskStatus;
}

export async function insertTask(sql: Sql, values: TaskValues, userId: number): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO tasks (parent_id, title, source_kind, source_ref_id, source_text, assigner_unit_id, assigner_name,
                        owner_unit_id, owner_person, cooperating_unit_ids, priority, expected_result, assigned_on,
                        deadline, due_on, status, cascaded, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15, $15::text = 'cascaded', $16) RETURNING id`,
    [
      values.parentId,
      values.title,
      values.sourceKind,
      values.sourceRefId,
      values.sourceText,
      values.assignerUnitId,
      values.assignerName,
      values.ownerUnitId,
      values.ownerPerson,
      values.cooperatingUnitIds,
      values.priority,
      values.expectedResult,
      values.assignedOn,
      values.deadline,
      values.status,
      userId,
    ],
  );
  return rows[0].id;
}

/** Moves a task to a state; `completedOn` with 'done'. */
export async function setTaskStatus(
  sql: Sql,
  id: number,
  status: TaskStatus,
  completedOn: string | null = null,
): Promise<void> {
  await sql.query(`UPDATE tasks SET status = $2, completed_on = $3, updated_at = now() WHERE id = $1`, [
    id,
    status,
    completedOn,
  ]);
}

export async function setTaskPercent(sql: Sql, id: number, percent: number): Promise<void> {
  await sql.query(`UPDATE tasks SET percent = $2, updated_at = now() WHERE id = $1`, [id, percent]);
}

export async function setTaskDue(sql: Sql, id: number, dueOn: string): Promise<void> {
  await sql.query(`UPDATE tasks SET due_on = $2, updated_at = now() WHERE id = $1`, [id, dueOn]);
}

/**
 * The latest day a child of the parent was accepted when every child not cancelled is done; null
 * while one is not, or when all were cancelled.
 */
export async function findChildrenCompletion(sql: Sql, parentId: number): Promise<string | null> {
  const { rows } = await sql.query<{ completed_on: string | null }>(
    `SELECT CASE WHEN bool_and(status = 'done') THEN max(completed_on)::text END AS completed_on
       FROM tasks WHERE parent_id = $1 AND status <> 'cancelled'`,
    [parentId],
  );
  return rows[0]?.completed_on ?? null;
}

/** Locks the parent of a child being accepted, so two last children cannot both miss completing it. */
export async function lockTask(sql: Sql, id: number): Promise<void> {
  await sql.query(`SELECT id FROM tasks WHERE id = $1 FOR UPDATE`, [id]);
}

/** The fields the giving unit may edit (those given change). */
export async function updateTaskFields(
  sql: Sql,
  id: number,
  fields: { title?: string; expectedResult?: string; priority?: TaskPriority; cooperatingUnitIds?: number[] },
): Promise<void> {
  await sql.query(
    `UPDATE tasks SET title = coalesce($2, title), expected_result = coalesce($3, expected_result),
            priority = coalesce($4, priority), cooperating_unit_ids = coalesce($5::int[], cooperating_unit_ids),
            updated_at = now()
      WHERE id = $1`,
    [
      id,
      fields.title ?? null,
      fields.expectedResult ?? null,
      fields.priority ?? null,
      fields.cooperatingUnitIds ?? null,
    ],
  );
}

export async function cancelTaskRow(sql: Sql, id: number, day: string, reason: string): Promise<void> {
  await sql.query(
    `UPDATE tasks SET status = 'cancelled', cancelled_on = $2, cancel_reason = $3, updated_at = now() WHERE id = $1`,
    [id, day, reason],
  );
}
