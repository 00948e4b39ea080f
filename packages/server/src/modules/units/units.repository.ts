import type { Sql } from '../../db/client.js';
import { inArea, type ReportArea } from '../../reporting/computed-indicators.js';
import { unitOpenDuring } from './open-during.js';

export interface UnitRow {
  id: number;
  code: string | null;
  name: string;
  type: string;
  parent_id: number | null;
  path: string;
  depth: number;
  opened_on: string | null;
  closed_on: string | null;
  short_name: string | null;
  abbreviation: string | null;
}

const unitColumns = `id, code, name, type, parent_id, path::text AS path, nlevel(path) - 1 AS depth, opened_on, closed_on, short_name, abbreviation`;

/** Units visible in the transaction's scope, in tree order; `query` matches folded name or code. */
export async function findUnits(sql: Sql, options: { query?: string; includeClosed: boolean }): Promise<UnitRow[]> {
  const { rows } = await sql.query<UnitRow>(
    `SELECT ${unitColumns} FROM units
      WHERE ($1::boolean OR closed_on IS NULL)
        AND ($2::text IS NULL OR name_folded LIKE '%' || like_literal(vi_fold($2)) || '%' OR lower(code) = lower($2))
      ORDER BY path`,
    [options.includeClosed, options.query?.trim() || null],
  );
  return rows;
}

export async function findUnitById(
  sql: Sql,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<UnitRow | null> {
  const { rows } = await sql.query<UnitRow>(
    `SELECT ${unitColumns} FROM units WHERE id = $1 ${options.forUpdate ? 'FOR UPDATE' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function findOpenUnitsByCodes(sql: Sql, codes: string[]): Promise<UnitRow[]> {
  const { rows } = await sql.query<UnitRow>(
    `SELECT ${unitColumns} FROM units WHERE closed_on IS NULL AND code = ANY($1::text[])`,
    [codes],
  );
  return rows;
}

/** Ancestors of a path inside the scope, root first. */
export async function findAncestors(sql: Sql, path: string): Promise<{ id: number; name: string }[]> {
  const { rows } = await sql.query<{ id: number; name: string }>(
    `SELECT id, name FROM units WHERE path @> $1::ltree AND path <> $1::ltree ORDER BY nlevel(path)`,
    [path],
  );
  return rows;
}

export async function countChildrenAndUsers(
  sql: Sql,
  id: number,
): Promise<{ children: number; openChildren: number; users: number }> {
  const { rows } = await sql.query<{ children: number; open_children: number; users: number }>(
    `SELECT (SELECT count(*) FROM units WHERE parent_id = $1)::int AS children,
            (SELECT count(*) FROM units WHERE parent_id = $1 AND closed_on IS NULL)::int AS open_children,
            (SELECT count(*) FROM users WHERE unit_id = $1 AND disabled_at IS NULL)::int AS users`,
    [id],
  );
  const row = rows[0];
  return { children: row.children, openChildren: row.open_children, users: row.users };
}

export interface UnitEventRow {
  kind: 'created' | 'renamed' | 'moved' | 'closed' | 'imported';
  effective_on: string | null;
  detail: Record<string, unknown>;
  at: Date;
  actor: string | null;
}

export async function findUnitEvents(sql: Sql, unitId: number): Promise<UnitEventRow[]> {
  const { rows } = await sql.query<UnitEventRow>(
    `SELECT e.kind, e.effective_on, e.detail, e.at, x.username AS actor
       FROM unit_events e LEFT JOIN users x ON x.id = e.actor_user_id
      WHERE e.unit_id = $1 ORDER BY e.at DESC, e.id DESC`,
    [unitId],
  );
  return rows;
}

export async function unitTypeExists(sql: Sql, code: string): Promise<boolean> {
  const { rows } = await sql.query(`SELECT 1 FROM unit_types WHERE code = $1`, [code]);
  return rows.length > 0;
}

export async function findUnitTypes(sql: Sql) {
  const { rows } = await sql.query<{ code: string; name_vi: string; name_en: string; is_area: boolean }>(
    `SELECT code, name_vi, name_en, is_area FROM unit_types ORDER BY sort_order, code`,
  );
  return rows.map((row) => ({ code: row.code, nameVi: row.name_vi, nameEn: row.name_en, isArea: row.is_area }));
}

export interface LeadingBody {
  id: number;
  name: string;
  type: string;
  shortName: string | null;
  abbreviation: string | null;
}

/** Sets the names a unit signs its documents with (null: derived). */
export async function updateUnitDocumentNames(
  sql: Sql,
  id: number,
  names: { shortName: string | null; abbreviation: string | null },
): Promise<void> {
  await sql.query(`UPDATE units SET short_name = $2, abbreviation = $3, updated_at = now() WHERE id = $1`, [
    id,
    names.shortName,
    names.abbreviation,
  ]);
}

/**
 * The leading bodies of a unit's area (its party committee, mass-mobilization board or bloc), open,
 * in their types' order: what a report's issuing body is made of.
 */
export async function findLeadingBodies(sql: Sql, unitId: number): Promise<LeadingBody[]> {
  const { rows } = await sql.query<LeadingBody>(
    `SELECT u.id, u.name, u.type, u.short_name AS "shortName", u.abbreviation FROM units u JOIN unit_types t ON t.code = u.type
      WHERE u.parent_id = $1 AND t.governs_area AND u.closed_on IS NULL
      ORDER BY t.sort_order, u.id`,
    [unitId],
  );
  return rows;
}

/** The leading bodies of the area above a unit in scope (leading_bodies_above): its report goes up to them. */
export async function findLeadingBodiesAbove(
  sql: Sql,
  unitId: number,
): Promise<{ name: string; type: string; shortName: string | null }[]> {
  const { rows } = await sql.query<{ name: string; type: string; shortName: string | null }>(
    `SELECT name, type, short_name AS "shortName" FROM leading_bodies_above($1)`,
    [unitId],
  );
  return rows;
}

/** Vietnamese names of unit types, by code. */
export async function findUnitTypeNames(sql: Sql, codes: string[]): Promise<Map<string, string>> {
  const { rows } = await sql.query<{ code: string; name_vi: string }>(
    `SELECT code, name_vi FROM unit_types WHERE code = ANY($1::text[])`,
    [codes],
  );
  return new Map(rows.map((row) => [row.code, row.name_vi]));
}

/** Reserves ids for new units so their paths (which end in the id) can be built before inserting. */
export async function reserveUnitIds(sql: Sql, count: number): Promise<number[]> {
  const { rows } = await sql.query<{ id: number }>(
    `SELECT nextval(pg_get_serial_sequence('units', 'id'))::int AS id FROM generate_series(1, $1)`,
    [count],
  );
  return rows.map((row) => row.id);
}

export const childPath = (parentPath: string, id: number) => `${parentPath}.u${id}`;

export interface NewUnit {
  id: number;
  code: string | null;
  name: string;
  type: string;
  parentId: number;
  path: string;
  openedOn: string | null;
}

/** Inserts many units in one statement; parents must already exist. */
export async function insertUnits(sql: Sql, units: NewUnit[]): Promise<void> {
  if (units.length === 0) return;
  await sql.query(
    `INSERT INTO units (id, code, name, type, parent_id, path, opened_on)
     SELECT r.id, r.code, r.name, r.type, r."parentId", r.path::ltree, r."openedOn"
       FROM json_to_recordset($1::json) AS r(id int, code text, name text, type text, "parentId" int, path text, "openedOn" date)`,
    [JSON.stringify(units)],
  );
}

export async function updateUnitNameAndCode(sql: Sql, id: number, name: string, code: string | null): Promise<void> {
  await sql.query(`UPDATE units SET name = $2, code = $3, updated_at = now() WHERE id = $1`, [id, name, code]);
}

export async function updateUnitType(sql: Sql, id: number, type: string): Promise<void> {
  await sql.query(`UPDATE units SET type = $2, updated_at = now() WHERE id = $1`, [id, type]);
}

/** Re-roots a whole subtree under a new parent in one statement. */
export async function moveSubtree(
  sql: Sql,
  unit: { id: number; path: string },
  parent: { id: number; path: string },
): Promise<void> {
  await sql.query(`UPDATE units SET parent_id = $2, updated_at = now() WHERE id = $1`, [unit.id, parent.id]);
  await sql.query(
    `UPDATE units SET path = $2::ltree || subpath(path, nlevel($1::ltree) - 1)
      WHERE path <@ $1::ltree`,
    [unit.path, parent.path],
  );
}

export async function closeUnitRow(sql: Sql, id: number, closedOn: string, reason: string): Promise<void> {
  await sql.query(`UPDATE units SET closed_on = $2, close_reason = $3, updated_at = now() WHERE id = $1`, [
    id,
    closedOn,
    reason,
  ]);
}

export interface UnitEventInput {
  unitId: number;
  kind: UnitEventRow['kind'];
  effectiveOn: string | null;
  detail: Record<string, unknown>;
  actorUserId: number | null;
}

export async function insertUnitEvents(sql: Sql, events: UnitEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await sql.query(
    `INSERT INTO unit_events (unit_id, kind, effective_on, detail, actor_user_id)
     SELECT r."unitId", r.kind, r."effectiveOn", coalesce(r.detail, '{}'::jsonb), r."actorUserId"
       FROM jsonb_to_recordset($1::jsonb) AS r("unitId" int, kind text, "effectiveOn" date, detail jsonb, "actorUserId" int)`,
    [JSON.stringify(events)],
  );
}

/** Codes among `codes` held by open units in any branch (a definer function, so RLS does not hide them). */
export async function findCodesInUse(sql: Sql, codes: string[]): Promise<Set<string>> {
  const { rows } = await sql.query<{ code: string }>(`SELECT open_unit_codes_in_use($1::text[]) AS code`, [codes]);
  return new Set(rows.map((row) => row.code));
}

/** Units of the given types in a report's area open on a day, by type (a report counts those open on its period's last day). */
export async function countUnitsOpenOn(
  sql: Sql,
  args: { area: ReportArea; types: string[]; day: string },
): Promise<Map<string, number>> {
  const { rows } = await sql.query<{ type: string; n: number }>(
    `SELECT type, count(*)::int AS n FROM units
      WHERE ${inArea('path', 1)} AND type = ANY($3::text[]) AND ${unitOpenDuring('units', '$4::date', '$4::date')}
      GROUP BY type`,
    [args.area.unitPath, args.area.excludedPaths, args.types, args.day],
  );
  return new Map(rows.map((row) => [row.type, row.n]));
}
