import type { Database, Sql } from '../../db/client.js';
import type { Role } from '@danvan/shared';

export interface AccountRow {
  id: number;
  username: string;
  full_name: string;
  password_hash: string;
  role: Role;
  unit_id: number;
  unit_name: string;
  unit_path: string;
  /** A closed unit's accounts can neither sign in nor keep their sessions. */
  unit_closed_on: string | null;
  scope_unit_id: number;
  scope_path: string;
  disabled_at: Date | null;
}

// A leading body's accounts (party committee, board, bloc) see the whole area the body sits in.
const accountColumns = `
  x.id, x.username, x.full_name, x.role, x.unit_id, x.disabled_at,
  u.name AS unit_name, u.path::text AS unit_path, u.closed_on AS unit_closed_on,
  CASE WHEN t.governs_area AND p.id IS NOT NULL THEN p.id ELSE u.id END AS scope_unit_id,
  CASE WHEN t.governs_area AND p.id IS NOT NULL THEN p.path ELSE u.path END::text AS scope_path`;
const accountJoins = `
  JOIN units u ON u.id = x.unit_id
  JOIN unit_types t ON t.code = u.type
  LEFT JOIN units p ON p.id = u.parent_id`;
const accountSelect = `SELECT ${accountColumns}, x.password_hash FROM users x ${accountJoins}`;

export async function findAccountByUsername(sql: Sql, username: string): Promise<AccountRow | null> {
  const { rows } = await sql.query<AccountRow>(`${accountSelect} WHERE x.username = $1`, [username]);
  return rows[0] ?? null;
}

export async function findAccountById(sql: Sql, id: number): Promise<AccountRow | null> {
  const { rows } = await sql.query<AccountRow>(`${accountSelect} WHERE x.id = $1`, [id]);
  return rows[0] ?? null;
}

export async function insertSession(
  sql: Sql,
  session: { tokenHash: string; userId: number; expiresAt: Date; ip: string; userAgent: string | null },
): Promise<void> {
  await sql.query(
    `INSERT INTO sessions (token_hash, user_id, expires_at, ip, user_agent) VALUES ($1, $2, $3, $4, $5)`,
    [session.tokenHash, session.userId, session.expiresAt, session.ip, session.userAgent],
  );
}

/** A session with its account as it is now: role, unit, scope and status read live with every request. */
export type SessionAccountRow = Omit<AccountRow, 'password_hash'> & { last_seen_at: Date; expires_at: Date };

/**
 * The session and its account in one statement, so that disabling an account, closing or moving its unit
 * (or an ancestor: paths move with the subtree) or changing its role counts from the very next request,
 * whichever server process answers it. Primary-key lookups only.
 */
export async function findSessionAccount(db: Database, tokenHash: string): Promise<SessionAccountRow | null> {
  const rows = await db.statement<SessionAccountRow>(
    `SELECT s.last_seen_at, s.expires_at, ${accountColumns}
       FROM sessions s
       JOIN users x ON x.id = s.user_id ${accountJoins}
      WHERE s.token_hash = $1`,
    [tokenHash],
  );
  return rows[0] ?? null;
}

export async function touchSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql.query(`UPDATE sessions SET last_seen_at = now() WHERE token_hash = $1`, [tokenHash]);
}

export async function deleteSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql.query(`DELETE FROM sessions WHERE token_hash = $1`, [tokenHash]);
}

export async function deleteSessionsOfUser(sql: Sql, userId: number, exceptTokenHash?: string): Promise<void> {
  await sql.query(`DELETE FROM sessions WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2`, [
    userId,
    exceptTokenHash ?? null,
  ]);
}

export async function recordLogin(sql: Sql, userId: number): Promise<void> {
  await sql.query(`UPDATE users SET last_login_at = now() WHERE id = $1`, [userId]);
}

export async function updatePasswordHash(sql: Sql, userId: number, passwordHash: string): Promise<void> {
  await sql.query(`UPDATE users SET password_hash = $2, password_changed_at = now() WHERE id = $1`, [
    userId,
    passwordHash,
  ]);
}
