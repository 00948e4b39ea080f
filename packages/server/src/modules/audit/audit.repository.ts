import type { AuditListQuery } from '@danvan/shared';
import type { Sql } from '../../db/client.js';

export interface AuditEntryInput {
  actorUserId: number | null;
  actorUsername: string | null;
  unitId: number;
  action: string;
  entityType: string;
  entityId: string | number | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
}

export async function insertAuditEntry(sql: Sql, entry: AuditEntryInput): Promise<void> {
  await sql.query(
    `INSERT INTO audit_log (actor_user_id, actor_username, unit_id, action, entity_type, entity_id, before, after, ip)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      entry.actorUserId,
      entry.actorUsername,
      entry.unitId,
      entry.action,
      entry.entityType,
      entry.entityId == null ? null : String(entry.entityId),
      // "Nothing before" is SQL NULL, never a JSON null: a backup cannot tell the two apart.
      entry.before == null ? null : JSON.stringify(entry.before),
      entry.after == null ? null : JSON.stringify(entry.after),
      entry.ip ?? null,
    ],
  );
}

interface AuditRow {
  id: number;
  at: Date;
  actor_username: string | null;
  actor_name: string | null;
  unit_id: number;
  unit_name: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  record_name: string | null;
  before: unknown;
  after: unknown;
  total: number;
}

const auditFilters = `
       FROM audit_log a
       JOIN units u ON u.id = a.unit_id
      WHERE ($1::text IS NULL OR a.action ILIKE '%' || like_literal($1) || '%')
        AND ($2::text IS NULL OR a.entity_type = $2)
        AND ($3::text IS NULL OR a.actor_username = lower($3))
        AND ($4::int IS NULL OR u.path <@ (SELECT path FROM units WHERE id = $4))
        AND ($5::date IS NULL OR a.at >= $5::date)
        AND ($6::date IS NULL OR a.at < $6::date + 1)
        AND ($7::text IS NULL OR a.entity_id = $7)`;

/** A page of the audit log within the transaction's scope (RLS), newest first, with the filtered total. */
export async function findAuditEntries(sql: Sql, query: AuditListQuery) {
  const filters = [
    query.action || null,
    query.entityType || null,
    query.actor || null,
    query.unitId ?? null,
    query.from ?? null,
    query.to ?? null,
    query.entityId || null,
  ];
  const { rows } = await sql.query<AuditRow>(
    `SELECT a.id, a.at, a.actor_username, audit_actor_name(a.actor_user_id) AS actor_name, a.unit_id,
            u.name AS unit_name, a.action, a.entity_type, a.entity_id,
            audit_record_name(a.entity_type, a.entity_id) AS record_name, a.before, a.after, count(*) OVER () AS total
     ${auditFilters}
      ORDER BY a.at DESC, a.id DESC
      LIMIT $8 OFFSET $9`,
    [...filters, query.limit, query.offset],
  );
  // A page past the end has no row to carry the window count: count separately.
  const total =
    rows[0]?.total ??
    (query.offset > 0
      ? (await sql.query<{ total: number }>(`SELECT count(*)::int AS total ${auditFilters}`, filters)).rows[0].total
      : 0);
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actorUsername: row.actor_username,
      // The account's name now; the login name when the account is gone.
      actorName: row.actor_name ?? row.actor_username,
      unitId: row.unit_id,
      unitName: row.unit_name,
      action: row.action,
      entityType: row.entity_type,
      entityId: row.entity_id,
      recordName: row.record_name,
      before: row.before,
      after: row.after,
    })),
  };
}
