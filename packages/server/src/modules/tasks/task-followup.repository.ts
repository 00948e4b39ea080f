import type { TaskBucket, TaskStatus } from '@danvan/shared';
import type { Sql } from '../../db/client.js';
import { inArea, type ReportArea } from '../../reporting/computed-indicators.js';

// The follow-up of tasks: what the owners reported, their files, the extensions, and the queries of
// the inbox and the report figures. The tasks themselves are in tasks.repository.ts.

export interface TaskUpdateRow {
  id: number;
  kind: 'progress' | 'proposal' | 'accepted' | 'returned';
  note: string;
  percent: number | null;
  document_ids: number[];
  by_name: string;
  created_at: Date;
}

export async function insertTaskUpdate(
  sql: Sql,
  update: {
    taskId: number;
    kind: TaskUpdateRow['kind'];
    note: string;
    percent: number | null;
    documentIds: number[];
    userId: number;
  },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO task_updates (task_id, kind, note, percent, document_ids, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [update.taskId, update.kind, update.note, update.percent, update.documentIds, update.userId],
  );
  return rows[0].id;
}

// Names of the writers: the users table is under RLS too, and a ward's reader may not see the city's
// accounts; the name is then left as the giving unit's.
export async function findTaskUpdates(sql: Sql, taskId: number): Promise<TaskUpdateRow[]> {
  const { rows } = await sql.query<TaskUpdateRow>(
    `SELECT x.id, x.kind, x.note, x.percent, x.document_ids, coalesce(u.full_name, '') AS by_name, x.created_at
       FROM task_updates x LEFT JOIN users u ON u.id = x.created_by
      WHERE x.task_id = $1 ORDER BY x.id DESC`,
    [taskId],
  );
  return rows;
}

/** Whether the owner has given any evidence: a file, or a registered document cited in an update. */
export async function hasEvidence(sql: Sql, taskId: number): Promise<boolean> {
  const { rows } = await sql.query<{ found: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM task_attachments WHERE task_id = $1)
         OR EXISTS (SELECT 1 FROM task_updates WHERE task_id = $1 AND cardinality(document_ids) > 0) AS found`,
    [taskId],
  );
  return rows[0].found;
}

export interface TaskAttachmentRow {
  id: number;
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
  by_name: string;
  created_at: Date;
}

export async function findTaskAttachments(sql: Sql, taskId: number): Promise<TaskAttachmentRow[]> {
  const { rows } = await sql.query<TaskAttachmentRow>(
    `SELECT x.id, x.file_name, x.mime, x.size, x.sha256, coalesce(u.full_name, '') AS by_name, x.created_at
       FROM task_attachments x LEFT JOIN users u ON u.id = x.created_by
      WHERE x.task_id = $1 ORDER BY x.id`,
    [taskId],
  );
  return rows;
}

export async function insertTaskAttachment(
  sql: Sql,
  file: { taskId: number; fileName: string; mime: string; size: number; sha256: string; userId: number },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO task_attachments (task_id, file_name, mime, size, sha256, created_by)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [file.taskId, file.fileName, file.mime, file.size, file.sha256, file.userId],
  );
  return rows[0].id;
}

export interface TaskExtensionRow {
  id: number;
  previous_due: string;
  new_deadline: string;
  reason: string;
  status: 'pending' | 'approved' | 'refused';
  kind: 'request' | 'change';
  comment: string;
  requested_by: string;
  requested_at: Date;
  decided_by: string | null;
  decided_at: Date | null;
}

const extensionSelect = `
  SELECT e.id, e.previous_due::text AS previous_due, e.new_deadline::text AS new_deadline, e.reason, e.status,
         e.kind, e.comment, coalesce(r.full_name, '') AS requested_by, e.requested_at, d.full_name AS decided_by, e.decided_at
    FROM task_extensions e
    LEFT JOIN users r ON r.id = e.requested_by
    LEFT JOIN users d ON d.id = e.decided_by`;

export async function findTaskExtensions(sql: Sql, taskId: number): Promise<TaskExtensionRow[]> {
  const { rows } = await sql.query<TaskExtensionRow>(`${extensionSelect} WHERE e.task_id = $1 ORDER BY e.id DESC`, [
    taskId,
  ]);
  return rows;
}

export async function findPendingExtension(sql: Sql, taskId: number): Promise<TaskExtensionRow | null> {
  const { rows } = await sql.query<TaskExtensionRow>(
    `${extensionSelect} WHERE e.task_id = $1 AND e.status = 'pending' FOR UPDATE OF e`,
    [taskId],
  );
  return rows[0] ?? null;
}

export async function insertTaskExtension(
  sql: Sql,
  request: { taskId: number; previousDue: string; newDeadline: string; reason: string; userId: number },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO task_extensions (task_id, previous_due, new_deadline, reason, requested_by)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [request.taskId, request.previousDue, request.newDeadline, request.reason, request.userId],
  );
  return rows[0].id;
}

export async function decideTaskExtension(
  sql: Sql,
  decision: { id: number; status: 'approved' | 'refused'; comment: string; userId: number },
): Promise<void> {
  await sql.query(
    `UPDATE task_extensions SET status = $2, comment = $3, decided_by = $4, decided_at = now() WHERE id = $1`,
    [decision.id, decision.status, decision.comment, decision.userId],
  );
}

export interface TaskInboxRow {
  id: number;
  title: string;
  unit_name: string;
  owner_path: string;
  assigner_path: string;
  status: TaskStatus;
  date: string;
  comment: string | null;
  total: number;
}

/**
 * The owner's tasks in `states` due on or before `dueBy` (and after `dueAfter`, when given), oldest
 * deadline first: the overdue ones, and those due within the week.
 */
export async function findOwnedTasksDue(
  sql: Sql,
  args: { ownerPath: string; states: readonly string[]; dueAfter: string | null; dueBy: string; limit: number },
): Promise<TaskInboxRow[]> {
  const { rows } = await sql.query<TaskInboxRow>(
    `SELECT t.id, t.title, t.assigner_name AS unit_name, o.path::text AS owner_path, '' AS assigner_path, t.status,
            t.due_on::text AS date,
            (SELECT nullif(x.note, '') FROM task_updates x WHERE x.task_id = t.id AND x.kind = 'returned'
              AND t.status = 'returned' ORDER BY x.id DESC LIMIT 1) AS comment,
            count(*) OVER ()::int AS total
       FROM tasks t JOIN units o ON o.id = t.owner_unit_id
      WHERE o.path = $1::ltree AND t.status = ANY($2::text[])
        AND ($3::date IS NULL OR t.due_on > $3::date) AND t.due_on <= $4::date
      ORDER BY t.due_on, t.id LIMIT $5`,
    [args.ownerPath, args.states, args.dueAfter, args.dueBy, args.limit],
  );
  return rows;
}

/** The giver's tasks waiting for its answer: proposals (`states`) or extension requests, oldest first. */
export async function findGivenTasksWaiting(
  sql: Sql,
  args: { assignerUnitId: number; states: readonly string[]; extensions: boolean; limit: number },
): Promise<TaskInboxRow[]> {
  const { rows } = await sql.query<TaskInboxRow>(
    `SELECT t.id, t.title, o.name AS unit_name, o.path::text AS owner_path, a.path::text AS assigner_path, t.status,
            w.since::date::text AS date, NULL AS comment, count(*) OVER ()::int AS total
       FROM tasks t
       JOIN units o ON o.id = t.owner_unit_id
       JOIN units a ON a.id = t.assigner_unit_id
       JOIN LATERAL (
         SELECT CASE WHEN $3::boolean
                     THEN (SELECT e.requested_at FROM task_extensions e WHERE e.task_id = t.id AND e.status = 'pending')
                     ELSE (SELECT max(x.created_at) FROM task_updates x WHERE x.task_id = t.id AND x.kind = 'proposal')
                END AS since
       ) w ON w.since IS NOT NULL
      WHERE t.assigner_unit_id = $1 AND t.status = ANY($2::text[])
      ORDER BY w.since, t.id LIMIT $4`,
    [args.assignerUnitId, args.states, args.extensions, args.limit],
  );
  return rows;
}

/** The tasks the giver gave that are past their deadline and not done (its parents' shares, not the parents). */
export async function findGivenTasksOverdue(
  sql: Sql,
  args: { assignerUnitId: number; states: readonly string[]; today: string; limit: number },
): Promise<TaskInboxRow[]> {
  const { rows } = await sql.query<TaskInboxRow>(
    `SELECT t.id, t.title, o.name AS unit_name, o.path::text AS owner_path, a.path::text AS assigner_path, t.status,
            t.due_on::text AS date, NULL AS comment, count(*) OVER ()::int AS total
       FROM tasks t
       JOIN units o ON o.id = t.owner_unit_id
       JOIN units a ON a.id = t.assigner_unit_id
      WHERE t.assigner_unit_id = $1 AND t.status = ANY($2::text[]) AND t.due_on < $3::date AND NOT t.cascaded
      ORDER BY t.due_on, t.id LIMIT $4`,
    [args.assignerUnitId, args.states, args.today, args.limit],
  );
  return rows;
}

/**
 * Tasks of an area live during a period (given by its end, not completed before its start), by
 * bucket as of `asOf` (the period's end, or today when the period is running): a completion after
 * that day is not yet one. Parents are left out: their children are the tasks counted.
 */
export async function countTaskBuckets(
  sql: Sql,
  args: { area: ReportArea; from: string; to: string; asOf: string },
): Promise<Record<TaskBucket, number> & { tasks: number }> {
  const { rows } = await sql.query<{ bucket: TaskBucket; n: number }>(
    `SELECT task_bucket(t.due_on, CASE WHEN t.completed_on <= $4::date THEN t.completed_on END, $4::date) AS bucket,
            count(*)::int AS n
       FROM tasks t JOIN units o ON o.id = t.owner_unit_id
      WHERE ${inArea('o.path', 1)} AND NOT t.cascaded AND t.status <> 'cancelled'
        AND t.assigned_on <= $3::date AND (t.completed_on IS NULL OR t.completed_on >= $5::date)
      GROUP BY 1`,
    [args.area.unitPath, args.area.excludedPaths, args.to, args.asOf, args.from],
  );
  const counts = { on_time: 0, late: 0, in_progress: 0, overdue: 0, tasks: 0 };
  for (const row of rows) {
    counts[row.bucket] = row.n;
    counts.tasks += row.n;
  }
  return counts;
}

/** The tasks already made from a record of another module (a report's directions): ids and the source in words. */
export async function findTasksFromSource(
  sql: Sql,
  kind: string,
  refId: number,
): Promise<{ id: number; source_text: string }[]> {
  const { rows } = await sql.query<{ id: number; source_text: string }>(
    `SELECT id, source_text FROM tasks WHERE source_kind = $1 AND source_ref_id = $2 AND parent_id IS NULL ORDER BY id`,
    [kind, refId],
  );
  return rows;
}

/** The giving unit moved the deadline itself: kept with the extensions, decided when made. */
export async function insertDeadlineChange(
  sql: Sql,
  change: { taskId: number; previousDue: string; newDeadline: string; reason: string; userId: number },
): Promise<void> {
  await sql.query(
    `INSERT INTO task_extensions (task_id, previous_due, new_deadline, reason, status, kind, requested_by,
                                  decided_by, decided_at)
     VALUES ($1, $2, $3, $4, 'approved', 'change', $5, $5, now())`,
    [change.taskId, change.previousDue, change.newDeadline, change.reason, change.userId],
  );
}
