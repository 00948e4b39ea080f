import type { Sql } from '../../db/client.js';

// The backup reads the catalogue and every table as the database owner; the tables stay their modules'.

export async function dataColumns(sql: Sql, table: string): Promise<string[]> {
  const { rows } = await sql.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND is_generated = 'NEVER'
      ORDER BY ordinal_position`,
    [table],
  );
  return rows.map((row) => row.column_name);
}

export async function identityColumns(sql: Sql, table: string): Promise<string[]> {
  const { rows } = await sql.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND (is_identity = 'YES' OR column_default LIKE 'nextval(%')`,
    [table],
  );
  return rows.map((row) => row.column_name);
}

export async function appliedMigrations(sql: Sql): Promise<string[]> {
  const { rows } = await sql.query<{ name: string }>(`SELECT name FROM schema_migrations ORDER BY name`);
  return rows.map((row) => row.name);
}

/** A dump reads every table in one snapshot: the first statement of its transaction. */
export async function snapshotIsolation(sql: Sql): Promise<void> {
  await sql.exec('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
}

/** One chunk of a table's rows as a JSON array, or null past its end; names come from TABLES and the catalogue, never from input. */
export async function readChunkAsJson(
  sql: Sql,
  chunk: { table: string; columns: string; orderBy: string; limit: number; offset: number },
): Promise<string | null> {
  const { rows } = await sql.query<{ data: string | null }>(
    `SELECT json_agg(t)::text AS data FROM (SELECT ${chunk.columns} FROM ${chunk.table} ORDER BY ${chunk.orderBy} LIMIT ${chunk.limit} OFFSET ${chunk.offset}) t`,
  );
  return rows[0]?.data ?? null;
}

/** Runs a dump's statements (TRUNCATE, INSERTs, setval) in the caller's transaction. */
export async function loadDump(sql: Sql, dump: string): Promise<void> {
  await sql.exec(dump);
}

// The statements a dump is written as (restoreDatabase runs them back).

/** Empties the tables, children first, the sessions (a restore signs everyone out) and the sign-in counters. */
export const emptyTablesStatement = (tables: string[]) =>
  `TRUNCATE ${tables.join(', ')}, sessions, login_throttle RESTART IDENTITY CASCADE;`;

/** Inserts rows given as a dollar-quoted JSON array, keeping their ids. */
export const insertRowsStatement = (table: string, columns: string, quotedJson: string) =>
  `INSERT INTO ${table} (${columns}) OVERRIDING SYSTEM VALUE SELECT ${columns} FROM json_populate_recordset(NULL::${table}, ${quotedJson});`;

/** Moves an identity column's sequence past the restored ids. */
export const resetSequenceStatement = (table: string, column: string) =>
  `SELECT setval(pg_get_serial_sequence('${table}', '${column}'), coalesce((SELECT max("${column}") FROM ${table}), 0) + 1, false);`;
