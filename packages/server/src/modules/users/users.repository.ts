import type { Role } from '@danvan/shared';
import type { Sql } from '../../db/client.js';

export interface UserRow {
  id: number;
  username: string;
  full_name: string;
  role: Role;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  /** The nearest area at or above the unit (its ward for a ward's bloc); null when that is outside the scope. */
  area_path: string | null;
  disabled_at: Date | null;
  last_login_at: Date | null;
  created_at: Date;
}

const userSelect = `
  SELECT x.id, x.username, x.full_name, x.role, x.unit_id, u.name AS unit_name, u.path::text AS unit_path,
         (SELECT a.path FROM units a JOIN unit_types at ON at.code = a.type
           WHERE at.is_area AND a.path @> u.path ORDER BY nlevel(a.path) DESC LIMIT 1)::text AS area_path,
         x.disabled_at, x.last_login_at, x.created_at
    FROM users x JOIN units u ON u.id = x.unit_id`;

/** Accounts of units in the transaction's scope, optionally of one unit's subtree. */
export async function findUsers(
  sql: Sql,
  options: { query?: string; unitId?: number; includeDisabled: boolean },
): Promise<UserRow[]> {
  const { rows } = await sql.query<UserRow>(
    `${userSelect}
      WHERE ($1::boolean OR x.disabled_at IS NULL)
        AND ($2::int IS NULL OR u.path <@ (SELECT path FROM units WHERE id = $2))
        AND ($3::text IS NULL OR vi_fold(x.full_name) LIKE '%' || like_literal(vi_fold($3)) || '%' OR x.username LIKE '%' || like_literal(lower($3)) || '%')
      ORDER BY u.path, x.username`,
    [options.includeDisabled, options.unitId ?? null, options.query?.trim() || null],
  );
  return rows;
}

/** The nearest area at or above a unit (its ward for a ward's bloc), as `area_path` of an account there would be. */
export async function findAreaPathOfUnit(sql: Sql, unitId: number): Promise<string | null> {
  const { rows } = await sql.query<{ area_path: string | null }>(
    `SELECT (SELECT a.path FROM units a JOIN unit_types at ON at.code = a.type
              WHERE at.is_area AND a.path @> u.path ORDER BY nlevel(a.path) DESC LIMIT 1)::text AS area_path
       FROM units u WHERE u.id = $1`,
    [unitId],
  );
  return rows[0]?.area_path ?? null;
}

export async function findUserById(
  sql: Sql,
  id: number,
  options: { forUpdate?: boolean } = {},
): Promise<UserRow | null> {
  const { rows } = await sql.query<UserRow>(
    `${userSelect} WHERE x.id = $1 ${options.forUpdate ? 'FOR UPDATE OF x' : ''}`,
    [id],
  );
  return rows[0] ?? null;
}

export async function insertUser(
  sql: Sql,
  user: { username: string; fullName: string; passwordHash: string; role: Role; unitId: number },
): Promise<number> {
  const { rows } = await sql.query<{ id: number }>(
    `INSERT INTO users (username, full_name, password_hash, role, unit_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [user.username, user.fullName, user.passwordHash, user.role, user.unitId],
  );
  return rows[0].id;
}

export async function updateUserRow(
  sql: Sql,
  id: number,
  changes: { fullName?: string; role?: Role; unitId?: number; disabled?: boolean; passwordHash?: string },
): Promise<void> {
  await sql.query(
    `UPDATE users SET
        full_name = coalesce($2, full_name),
        role = coalesce($3, role),
        unit_id = coalesce($4, unit_id),
        disabled_at = CASE WHEN $5::boolean IS NULL THEN disabled_at WHEN $5 THEN coalesce(disabled_at, now()) ELSE NULL END,
        password_hash = coalesce($6, password_hash),
        password_changed_at = CASE WHEN $6::text IS NULL THEN password_changed_at ELSE now() END
      WHERE id = $1`,
    [
      id,
      changes.fullName ?? null,
      changes.role ?? null,
      changes.unitId ?? null,
      changes.disabled ?? null,
      changes.passwordHash ?? null,
    ],
  );
}

export async function countUsers(sql: Sql): Promise<number> {
  const { rows } = await sql.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return rows[0].n;
}

/** The first admin account still enabled, which the CLI acts as when told no other. */
export async function findFirstAdminUsername(sql: Sql): Promise<string | null> {
  const { rows } = await sql.query<{ username: string }>(
    `SELECT username FROM users WHERE role = 'admin' AND disabled_at IS NULL ORDER BY id LIMIT 1`,
  );
  return rows[0]?.username ?? null;
}
