import type {
  AssessmentEntryInput,
  AssessmentListQuery,
  AssessmentStatus,
  ChecklistItem,
  ChecklistItemInput,
  ChecklistItemUpdate,
  DemocracyGroup,
  DemocracyRating,
  EntryStatus,
} from '@danvan/shared';
import type { Sql } from '../../db/client.js';
import { inArea, type ReportArea } from '../../reporting/computed-indicators.js';
import { unitOpenDuring } from '../units/index.js';

/** Unit types that carry out grassroots democracy themselves: the commune level. */
export const ASSESSED_UNIT_TYPES = ['commune', 'ward', 'township', 'special_zone'];

const itemColumns = `id, year, grp AS "group", code, title, legal_ref AS "legalRef", guidance, retired, sort_order AS "sortOrder"`;

export async function findChecklist(sql: Sql, year: number): Promise<ChecklistItem[]> {
  const { rows } = await sql.query<ChecklistItem>(
    `SELECT ${itemColumns} FROM democracy_checklist_items WHERE year = $1 ORDER BY sort_order, id`,
    [year],
  );
  return rows;
}

export async function findChecklistYears(sql: Sql): Promise<number[]> {
  const { rows } = await sql.query<{ year: number }>(
    `SELECT DISTINCT year FROM democracy_checklist_items ORDER BY year DESC`,
  );
  return rows.map((row) => row.year);
}

export async function findChecklistItem(sql: Sql, id: number): Promise<ChecklistItem | null> {
  const { rows } = await sql.query<ChecklistItem>(
    `SELECT ${itemColumns} FROM democracy_checklist_items WHERE id = $1`,
    [id],
  );
  return rows[0] ?? null;
}

export async function checklistCodeExists(sql: Sql, year: number, code: string): Promise<boolean> {
  const { rows } = await sql.query(`SELECT 1 FROM democracy_checklist_items WHERE year = $1 AND code = $2`, [
    year,
    code,
  ]);
  return rows.length > 0;
}

export async function insertChecklistItem(sql: Sql, input: ChecklistItemInput): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO democracy_checklist_items (year, grp, code, title, legal_ref, guidance, sort_order)
     VALUES ($1, $2, $3, $4, $5, $6, (SELECT coalesce(max(sort_order), 0) + 1 FROM democracy_checklist_items WHERE year = $1)) RETURNING id`,
    [input.year, input.group, input.code, input.title, input.legalRef, input.guidance],
  );
  return rows[0].id;
}

export async function updateChecklistItem(sql: Sql, id: number, input: ChecklistItemUpdate): Promise<void> {
  await sql.query(
    `UPDATE democracy_checklist_items SET grp = $2, title = $3, legal_ref = $4, guidance = $5, retired = $6 WHERE id = $1`,
    [id, input.group, input.title, input.legalRef, input.guidance, input.retired],
  );
}

/** Copies the items still in use of one year into a year that has none; returns how many. */
export async function copyChecklist(sql: Sql, fromYear: number, toYear: number): Promise<number> {
  const { rows } = await sql.query(
    `INSERT INTO democracy_checklist_items (year, grp, code, title, legal_ref, guidance, sort_order)
     SELECT $2, grp, code, title, legal_ref, guidance, row_number() OVER (ORDER BY sort_order, id)
       FROM democracy_checklist_items WHERE year = $1 AND NOT retired
     RETURNING id`,
    [fromYear, toYear],
  );
  return rows.length;
}

export interface AssessmentRowData {
  id: number | null;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  unit_type: string;
  parent_name: string | null;
  year: number;
  status: AssessmentStatus;
  self_rating: DemocracyRating | null;
  self_comment: string;
  rating: DemocracyRating | null;
  rating_comment: string;
  return_comment: string;
  rated_by_name: string | null;
  submitted_at: string | null;
  rated_at: string | null;
  items_done: number;
  items_total: number;
  disclosed: number;
  meetings: number;
}

// Units of the commune level in scope that existed during the year, with their assessment if any.
const assessmentSelect = `
  SELECT a.id, u.id AS unit_id, u.name AS unit_name, u.path::text AS unit_path, u.type AS unit_type, p.name AS parent_name, $1::int AS year,
         coalesce(a.status, 'not_started') AS status, a.self_rating, coalesce(a.self_comment, '') AS self_comment,
         a.rating, coalesce(a.rating_comment, '') AS rating_comment, coalesce(a.return_comment, '') AS return_comment, a.rated_by_name,
         to_char(a.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS submitted_at,
         to_char(a.rated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS rated_at,
         coalesce(s.items_done, 0)::int AS items_done, total.n::int AS items_total,
         coalesce(s.disclosed, 0)::int AS disclosed, coalesce(s.meetings, 0)::int AS meetings
    FROM units u
    LEFT JOIN units p ON p.id = u.parent_id
    LEFT JOIN democracy_assessments a ON a.unit_id = u.id AND a.year = $1
    CROSS JOIN (SELECT count(*) AS n FROM democracy_checklist_items i WHERE i.year = $1 AND NOT i.retired) total
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE e.status = 'done') AS items_done,
             sum(e.quantity) FILTER (WHERE i.grp = 'disclosure' AND e.status IN ('done', 'partial')) AS disclosed,
             sum(e.meetings) FILTER (WHERE e.status IN ('done', 'partial')) AS meetings
        FROM democracy_entries e JOIN democracy_checklist_items i ON i.id = e.item_id
       WHERE e.assessment_id = a.id) s ON a.id IS NOT NULL`;

const unitExistedInYear = unitOpenDuring('u', 'make_date($1, 1, 1)', 'make_date($1, 12, 31)');

export async function findAssessments(sql: Sql, query: AssessmentListQuery): Promise<AssessmentRowData[]> {
  const { rows } = await sql.query<AssessmentRowData>(
    `${assessmentSelect}
      WHERE u.type = ANY($2::text[]) AND ${unitExistedInYear}
        AND ($3::text IS NULL OR coalesce(a.status, 'not_started') = $3)
        AND ($4::text IS NULL OR a.rating = $4)
        AND ($5::int IS NULL OR u.path <@ (SELECT path FROM units WHERE id = $5))
        AND ($6::text IS NULL OR u.name_folded LIKE '%' || like_literal(vi_fold($6)) || '%')
      ORDER BY u.path`,
    [
      query.year,
      ASSESSED_UNIT_TYPES,
      query.status ?? null,
      query.rating ?? null,
      query.unitId ?? null,
      query.q?.trim() || null,
    ],
  );
  return rows;
}

/** The assessment of a unit and year (or the unit with `not_started`); null when the unit is not visible. */
export async function findAssessment(
  sql: Sql,
  unitId: number,
  year: number,
  options: { forUpdate?: boolean } = {},
): Promise<AssessmentRowData | null> {
  if (options.forUpdate)
    await sql.query(`SELECT 1 FROM democracy_assessments WHERE unit_id = $1 AND year = $2 FOR UPDATE`, [unitId, year]);
  const { rows } = await sql.query<AssessmentRowData>(`${assessmentSelect} WHERE u.id = $2`, [year, unitId]);
  return rows[0] ?? null;
}

export async function insertAssessment(sql: Sql, unitId: number, year: number, createdBy: number): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    // Two first saves at once meet here: the second waits for the first and carries on with its row.
    `INSERT INTO democracy_assessments (unit_id, year, created_by) VALUES ($1, $2, $3)
     ON CONFLICT (unit_id, year) DO UPDATE SET updated_at = now() RETURNING id`,
    [unitId, year, createdBy],
  );
  return rows[0].id;
}

export async function updateSelfAssessment(
  sql: Sql,
  id: number,
  values: { selfRating: DemocracyRating | null; selfComment: string },
): Promise<void> {
  await sql.query(
    `UPDATE democracy_assessments SET self_rating = $2, self_comment = $3, updated_at = now() WHERE id = $1`,
    [id, values.selfRating, values.selfComment],
  );
}

export interface EntryRow {
  item_id: number;
  status: EntryStatus;
  quantity: number | null;
  meetings: number | null;
  done_on: string | null;
  note: string;
  document_ids: number[];
}

export async function findEntries(sql: Sql, assessmentId: number): Promise<EntryRow[]> {
  const { rows } = await sql.query<EntryRow>(
    `SELECT item_id, status, quantity, meetings, done_on, note, document_ids FROM democracy_entries WHERE assessment_id = $1 ORDER BY item_id`,
    [assessmentId],
  );
  return rows;
}

/** Replaces the answers of an assessment with the given ones. */
export async function replaceEntries(sql: Sql, assessmentId: number, entries: AssessmentEntryInput[]): Promise<void> {
  await sql.query(`DELETE FROM democracy_entries WHERE assessment_id = $1`, [assessmentId]);
  if (entries.length === 0) return;
  await sql.query(
    `INSERT INTO democracy_entries (assessment_id, item_id, status, quantity, meetings, done_on, note, document_ids)
     SELECT $1, e."itemId", e.status, e.quantity, e.meetings, e."doneOn", e.note, ARRAY(SELECT jsonb_array_elements_text(e."documentIds")::int)
       FROM jsonb_to_recordset($2::jsonb) AS e("itemId" int, status text, quantity int, meetings int, "doneOn" date, note text, "documentIds" jsonb)`,
    [assessmentId, JSON.stringify(entries)],
  );
}

export async function setStatus(
  sql: Sql,
  id: number,
  change:
    | { status: 'submitted' }
    | { status: 'returned'; comment: string }
    | { status: 'rated'; rating: DemocracyRating; comment: string; byUnitId: number; byName: string; byUser: number },
): Promise<void> {
  if (change.status === 'submitted') {
    await sql.query(
      `UPDATE democracy_assessments SET status = 'submitted', submitted_at = now(), updated_at = now() WHERE id = $1`,
      [id],
    );
  } else if (change.status === 'returned') {
    await sql.query(
      `UPDATE democracy_assessments SET status = 'returned', return_comment = $2, updated_at = now() WHERE id = $1`,
      [id, change.comment],
    );
  } else {
    await sql.query(
      `UPDATE democracy_assessments SET status = 'rated', rating = $2, rating_comment = $3, rated_by_unit_id = $4, rated_by_name = $5, rated_by = $6,
              rated_at = now(), updated_at = now() WHERE id = $1`,
      [id, change.rating, change.comment, change.byUnitId, change.byName, change.byUser],
    );
  }
}

export interface AttachmentRow {
  id: number;
  item_id: number;
  file_name: string;
  mime: string;
  size: number;
  sha256: string;
}

export async function findAttachments(sql: Sql, assessmentId: number): Promise<AttachmentRow[]> {
  const { rows } = await sql.query<AttachmentRow>(
    `SELECT id, item_id, file_name, mime, size, sha256 FROM democracy_attachments WHERE assessment_id = $1 ORDER BY id`,
    [assessmentId],
  );
  return rows;
}

export async function insertAttachment(
  sql: Sql,
  a: {
    assessmentId: number;
    itemId: number;
    fileName: string;
    mime: string;
    size: number;
    sha256: string;
    createdBy: number;
  },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO democracy_attachments (assessment_id, item_id, file_name, mime, size, sha256, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [a.assessmentId, a.itemId, a.fileName, a.mime, a.size, a.sha256, a.createdBy],
  );
  return rows[0].id;
}

/** A report's figures from the assessments of its area for its year: quantities by group, and meetings held. */
export interface EntrySums {
  quantity: Map<DemocracyGroup, number>;
  meetings: number;
}

/**
 * Figures for report indicators: over the assessments of a report's area for the report's year (the
 * year its data period ends in), the sum of quantities of each group and of meetings held, in one
 * pass for all of a report's figures; null when no unit of the area has an assessment for that year
 * (missing, not zero).
 */
export async function sumEntries(sql: Sql, args: { area: ReportArea; year: number }): Promise<EntrySums | null> {
  // No assessment in the area: no group at all; assessments without entries: one group, null.
  const { rows } = await sql.query<{ grp: DemocracyGroup | null; quantity: number; meetings: number }>(
    `SELECT i.grp,
            coalesce(sum(e.quantity) FILTER (WHERE e.status IN ('done', 'partial')), 0)::int AS quantity,
            coalesce(sum(e.meetings) FILTER (WHERE e.status IN ('done', 'partial')), 0)::int AS meetings
       FROM democracy_assessments a
       JOIN units u ON u.id = a.unit_id
       LEFT JOIN democracy_entries e ON e.assessment_id = a.id
       LEFT JOIN democracy_checklist_items i ON i.id = e.item_id
      WHERE ${inArea('u.path', 1)} AND a.year = $3
      GROUP BY i.grp`,
    [args.area.unitPath, args.area.excludedPaths, args.year],
  );
  if (!rows.length) return null;
  return {
    quantity: new Map(rows.flatMap((row) => (row.grp ? [[row.grp, row.quantity] as const] : []))),
    meetings: rows.reduce((sum, row) => sum + row.meetings, 0),
  };
}

/** Units of a report's area the upper level rated, by rating, for a year; empty when none was rated yet. */
export async function countRatings(
  sql: Sql,
  args: { area: ReportArea; year: number },
): Promise<Map<DemocracyRating, number>> {
  const { rows } = await sql.query<{ rating: DemocracyRating; n: number }>(
    `SELECT a.rating, count(*)::int AS n
       FROM democracy_assessments a JOIN units u ON u.id = a.unit_id
      WHERE ${inArea('u.path', 1)} AND a.year = $3 AND a.status = 'rated'
      GROUP BY a.rating`,
    [args.area.unitPath, args.area.excludedPaths, args.year],
  );
  return new Map(rows.map((row) => [row.rating, row.n]));
}

export interface PendingAssessmentRow {
  unit_id: number;
  unit_name: string;
  unit_path: string;
  year: number;
  status: AssessmentStatus;
  /** The Vietnamese day it was submitted. */
  submitted_on: string;
  /** How many assessments the query found; the rows are the first `limit` of them. */
  total: number;
}

/** The assessments of the units strictly below `unitPath` in the given states, counted, the first `limit` by submission. */
export async function findAssessmentsBelow(
  sql: Sql,
  args: { unitPath: string; states: readonly string[]; limit: number },
): Promise<PendingAssessmentRow[]> {
  const { rows } = await sql.query<PendingAssessmentRow>(
    `SELECT a.unit_id, u.name AS unit_name, u.path::text AS unit_path, a.year, a.status,
            (coalesce(a.submitted_at, a.updated_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date::text AS submitted_on,
            count(*) OVER ()::int AS total
       FROM democracy_assessments a JOIN units u ON u.id = a.unit_id
      WHERE a.status = ANY($2::text[]) AND u.path <@ $1::ltree AND u.path <> $1::ltree
      ORDER BY coalesce(a.submitted_at, a.updated_at), a.id
      LIMIT $3`,
    [args.unitPath, args.states, args.limit],
  );
  return rows;
}
