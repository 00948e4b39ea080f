import type { Sql } from '../../db/client.js';

/** The cheapest statement that proves the database answers. */
export async function ping(sql: Sql): Promise<void> {
  await sql.query('SELECT 1');
}
