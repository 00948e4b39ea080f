import type { Sql } from '../db/client.js';

/**
 * The registers' version as this transaction sees it, and the scope it reads them in: the version of the one row
 * of register_stamp (migration 0036), which every write to a register table rewrites. xmin and cmin name the
 * transaction and command that wrote it, so a version written by a transaction that was rolled back is never
 * current again, and one this transaction wrote itself is seen by no other until it commits.
 */
export async function readRegisterVersion(sql: Sql): Promise<{ version: string; scope: string }> {
  const { rows } = await sql.query<{ version: string; scope: string | null }>(
    `SELECT concat_ws(':', xmin, cmin, stamp) AS version, current_setting('danvan.scope', true) AS scope FROM register_stamp`,
  );
  return { version: rows[0].version, scope: rows[0].scope ?? '' };
}
