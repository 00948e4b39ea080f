import type { MemberCountInput, MemberCountListQuery, MemberPeriodKind, OrganisationKind } from '@danvan/shared';
import type { Sql } from '../../db/client.js';
import { inArea, type ReportArea } from '../../reporting/computed-indicators.js';
import { unitOpenDuring } from '../units/index.js';

export interface MemberCountRow {
  id: number;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  kind: OrganisationKind;
  parent_name: string | null;
  period_kind: MemberPeriodKind;
  year: number;
  period_index: number;
  period_start: string;
  period_end: string;
  members: number;
  admitted: number;
  left_count: number;
  referred_to_party: number;
  note: string;
  /** Members of the entry that ends the day before this one starts; null when there is none. */
  previous_members: number | null;
  updated_at: Date;
}

const memberCountSelect = `
  SELECT m.id, m.unit_id, u.name AS unit_name, u.path::text AS unit_path, u.type AS kind, p.name AS parent_name,
         m.period_kind, m.year, m.period_index, m.period_start::text AS period_start, m.period_end::text AS period_end,
         m.members, m.admitted, m.left_count, m.referred_to_party, m.note, prev.members AS previous_members, m.updated_at
    FROM member_counts m
    JOIN units u ON u.id = m.unit_id
    LEFT JOIN units p ON p.id = u.parent_id
    LEFT JOIN LATERAL (
      SELECT x.members FROM member_counts x
       WHERE x.unit_id = m.unit_id AND x.period_end = m.period_start - 1
       ORDER BY x.period_start DESC LIMIT 1
    ) prev ON true`;

const orders: Record<MemberCountListQuery['sort'], string> = {
  period: 'm.period_end, m.period_start DESC, u.name, m.id',
  '-period': 'm.period_end DESC, m.period_start, u.name, m.id',
  unit: 'u.name_folded, m.period_end DESC, m.id',
  members: 'm.members, m.id',
  '-members': 'm.members DESC, m.id',
  admitted: 'm.admitted, m.id',
  '-admitted': 'm.admitted DESC, m.id',
};

/** A page of member counts of the transaction's scope matching the filters, with the filtered total. */
export async function findMemberCounts(sql: Sql, query: MemberCountListQuery & { kinds: readonly string[] }) {
  const { rows } = await sql.query<MemberCountRow & { total: number }>(
    `SELECT x.*, count(*) OVER ()::int AS total FROM (${memberCountSelect}
      WHERE u.type = ANY($1::text[])
        AND ($2::text IS NULL OR u.type = $2)
        AND ($3::int IS NULL OR u.path <@ (SELECT path FROM units WHERE id = $3))
        AND ($4::int IS NULL OR m.year = $4)
        AND ($5::text IS NULL OR m.period_kind = $5)
        AND ($6::int IS NULL OR m.period_index = $6)
        AND ($7::text IS NULL OR u.name_folded LIKE '%' || like_literal(vi_fold($7)) || '%')
      ORDER BY ${orders[query.sort]}) x
      LIMIT $8 OFFSET $9`,
    [
      query.kinds,
      query.kind ?? null,
      query.unitId ?? null,
      query.year ?? null,
      query.periodKind ?? null,
      query.periodIndex ?? null,
      query.q?.trim() || null,
      query.limit,
      query.offset,
    ],
  );
  return { total: rows[0]?.total ?? 0, rows };
}

export async function findMemberCount(
  sql: Sql,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<MemberCountRow | null> {
  const { rows } = await sql.query<MemberCountRow>(
    `${memberCountSelect} WHERE m.id = $1 ${options.forUpdate ? 'FOR UPDATE OF m' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

/** Serialises writes of one organisation's counts, so two overlapping entries cannot both pass the check. */
export async function lockOrganisation(sql: Sql, unitId: number): Promise<void> {
  await sql.query(`SELECT id FROM units WHERE id = $1 FOR UPDATE`, [unitId]);
}

/** An entry of the organisation whose period overlaps the given one (other than `exceptId`). */
export async function findOverlappingCount(
  sql: Sql,
  args: { unitId: number; start: string; end: string; exceptId: number | null },
) {
  const { rows } = await sql.query<{ id: number; period_kind: MemberPeriodKind; year: number; period_index: number }>(
    `SELECT id, period_kind, year, period_index FROM member_counts
      WHERE unit_id = $1 AND period_start <= $3::date AND period_end >= $2::date AND ($4::int IS NULL OR id <> $4)
      ORDER BY period_start LIMIT 1`,
    [args.unitId, args.start, args.end, args.exceptId],
  );
  return rows[0] ?? null;
}

/** The organisation's entry that starts the day after `end`: its balance depends on this one. */
export async function findNextCount(sql: Sql, unitId: number, end: string): Promise<MemberCountRow | null> {
  const { rows } = await sql.query<MemberCountRow>(
    `${memberCountSelect} WHERE m.unit_id = $1 AND m.period_start = $2::date + 1`,
    [unitId, end],
  );
  return rows[0] ?? null;
}

/** An entry as stored: the input with its period's dates. */
export type MemberCountValues = MemberCountInput & { periodStart: string; periodEnd: string };

const valueParams = (v: MemberCountValues) => [
  v.unitId,
  v.periodKind,
  v.year,
  v.periodIndex,
  v.periodStart,
  v.periodEnd,
  v.members,
  v.admitted,
  v.left,
  v.referredToParty,
  v.note,
];

export async function insertMemberCount(sql: Sql, values: MemberCountValues, createdBy: number): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO member_counts (unit_id, period_kind, year, period_index, period_start, period_end, members, admitted, left_count, referred_to_party, note, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id`,
    [...valueParams(values), createdBy],
  );
  return rows[0].id;
}

export async function updateMemberCount(sql: Sql, id: number, values: MemberCountValues): Promise<void> {
  await sql.query(
    `UPDATE member_counts SET unit_id = $2, period_kind = $3, year = $4, period_index = $5, period_start = $6, period_end = $7,
            members = $8, admitted = $9, left_count = $10, referred_to_party = $11, note = $12, updated_at = now()
      WHERE id = $1`,
    [id, ...valueParams(values)],
  );
}

/**
 * Figures of a report's area for a data period. An entry belongs to the period its last day falls in.
 * Members are a stock: each organisation's latest entry, summed over organisations; the flows are
 * summed over entries. Null when no organisation of the area has an entry in the period.
 */
export async function sumMemberFigures(sql: Sql, args: { area: ReportArea; from: string; to: string }) {
  const { rows } = await sql.query<{
    entries: number;
    members: number | null;
    admitted: number | null;
    left_count: number | null;
    referred_to_party: number | null;
  }>(
    `WITH inside AS (
       SELECT m.* FROM member_counts m JOIN units u ON u.id = m.unit_id
        WHERE ${inArea('u.path', 1)} AND m.period_end BETWEEN $3::date AND $4::date
     ), latest AS (
       SELECT DISTINCT ON (unit_id) unit_id, members FROM inside ORDER BY unit_id, period_end DESC
     )
     SELECT (SELECT count(*)::int FROM inside) AS entries,
            (SELECT sum(members)::int FROM latest) AS members,
            (SELECT sum(admitted)::int FROM inside) AS admitted,
            (SELECT sum(left_count)::int FROM inside) AS left_count,
            (SELECT sum(referred_to_party)::int FROM inside) AS referred_to_party`,
    [args.area.unitPath, args.area.excludedPaths, args.from, args.to],
  );
  return rows[0];
}

export interface RollupGroupRow {
  group_id: number;
  kind: OrganisationKind;
  organisations: number;
  reporting: number;
  members: number | null;
  admitted: number | null;
  left_count: number | null;
  referred_to_party: number | null;
}

/**
 * Per organisation kind, for the unit itself (its whole subtree) and for each of its children:
 * organisations open during the period, how many have an entry in it, and their figures.
 */
export async function findRollupGroups(
  sql: Sql,
  args: { unitId: number; from: string; to: string; kinds: readonly string[] },
): Promise<RollupGroupRow[]> {
  const { rows } = await sql.query<RollupGroupRow>(
    `WITH target AS (SELECT id, path FROM units WHERE id = $1),
     groups AS (
       SELECT t.id AS group_id, t.path FROM target t
       UNION ALL
       SELECT c.id, c.path FROM units c JOIN target t ON c.parent_id = t.id
     ),
     orgs AS (
       SELECT o.id, o.type, o.path FROM units o, target t
        WHERE o.path <@ t.path AND o.type = ANY($4::text[])
          AND ${unitOpenDuring('o', '$2::date', '$3::date')}
     ),
     inside AS (
       SELECT m.* FROM member_counts m JOIN orgs o ON o.id = m.unit_id WHERE m.period_end BETWEEN $2::date AND $3::date
     ),
     per_org AS (
       SELECT o.id, o.type, o.path, l.members, f.admitted, f.left_count, f.referred_to_party
         FROM orgs o
         LEFT JOIN (SELECT DISTINCT ON (unit_id) unit_id, members FROM inside ORDER BY unit_id, period_end DESC) l ON l.unit_id = o.id
         LEFT JOIN (SELECT unit_id, sum(admitted) AS admitted, sum(left_count) AS left_count, sum(referred_to_party) AS referred_to_party
                      FROM inside GROUP BY unit_id) f ON f.unit_id = o.id
     )
     SELECT g.group_id, p.type AS kind, count(*)::int AS organisations, count(p.members)::int AS reporting,
            sum(p.members)::int AS members, sum(p.admitted)::int AS admitted, sum(p.left_count)::int AS left_count,
            sum(p.referred_to_party)::int AS referred_to_party
       FROM groups g JOIN per_org p ON p.path <@ g.path
      GROUP BY g.group_id, p.type`,
    [args.unitId, args.from, args.to, args.kinds],
  );
  return rows;
}

/** The unit's children open during the period, in the order of their types, then by name. */
export async function findRollupChildren(sql: Sql, args: { unitId: number; from: string; to: string }) {
  const { rows } = await sql.query<{ id: number; name: string; type: string; has_children: boolean }>(
    `SELECT c.id, c.name, c.type, EXISTS (SELECT 1 FROM units g WHERE g.parent_id = c.id) AS has_children
       FROM units c JOIN unit_types ut ON ut.code = c.type
      WHERE c.parent_id = $1 AND ${unitOpenDuring('c', '$2::date', '$3::date')}
      ORDER BY ut.sort_order, c.name_folded, c.id`,
    [args.unitId, args.from, args.to],
  );
  return rows;
}
