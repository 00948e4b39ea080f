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

export interface SequenceState {
  name: string;
  /** The table and column whose ids it gives, when it is owned by one (identity or serial). */
  owner: { table: string; column: string } | null;
  lastValue: string;
  isCalled: boolean;
}

/**
 * Every sequence of the schema where it stands now, advanced by rows deleted since included: a restore
 * that only moved it past the remaining rows would hand a deleted record's id to a new one.
 */
export async function sequenceStates(sql: Sql): Promise<SequenceState[]> {
  const { rows } = await sql.query<{ name: string; table_name: string | null; column_name: string | null }>(
    `SELECT s.relname AS name, t.relname AS table_name, a.attname AS column_name
       FROM pg_class s
       JOIN pg_namespace n ON n.oid = s.relnamespace AND n.nspname = 'public'
       LEFT JOIN pg_depend d ON d.objid = s.oid AND d.classid = 'pg_class'::regclass
        AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')
       LEFT JOIN pg_class t ON t.oid = d.refobjid
       LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
      WHERE s.relkind = 'S'
      ORDER BY s.relname`,
  );
  const states: SequenceState[] = [];
  for (const row of rows) {
    // Sequences are not transactional: this is the value now, never lower than any id in the snapshot.
    const { rows: values } = await sql.query<{ last_value: string; is_called: boolean }>(
      `SELECT last_value::text AS last_value, is_called FROM "${row.name}"`,
    );
    states.push({
      name: row.name,
      owner: row.table_name && row.column_name ? { table: row.table_name, column: row.column_name } : null,
      lastValue: values[0].last_value,
      isCalled: values[0].is_called,
    });
  }
  return states;
}

/** The stored files the snapshot's records name: every `sha256` column of the schema. */
export async function referencedFiles(sql: Sql): Promise<string[]> {
  const { rows: tables } = await sql.query<{ table_name: string }>(
    `SELECT c.table_name FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE c.table_schema = 'public' AND c.column_name = 'sha256' AND t.table_type = 'BASE TABLE'
      ORDER BY c.table_name`,
  );
  if (!tables.length) return [];
  const { rows } = await sql.query<{ sha256: string }>(
    `${tables.map((t) => `SELECT sha256 FROM "${t.table_name}"`).join(' UNION ')} ORDER BY 1`,
  );
  return rows.map((row) => row.sha256);
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
): Promise<{ data: string; rows: number } | null> {
  const { rows } = await sql.query<{ data: string | null; rows: number }>(
    `SELECT json_agg(t)::text AS data, count(*)::int AS rows FROM (SELECT ${chunk.columns} FROM ${chunk.table} ORDER BY ${chunk.orderBy} LIMIT ${chunk.limit} OFFSET ${chunk.offset}) t`,
  );
  const chunkRows = rows[0];
  return chunkRows?.data ? { data: chunkRows.data, rows: chunkRows.rows } : null;
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

/**
 * Puts a sequence back where it stood at the backup (never below its table's restored ids), so ids of
 * records deleted before the backup are not given out again. Values come from the catalogue, never input.
 */
export function restoreSequenceStatement(state: SequenceState): string {
  const value = String(BigInt(state.lastValue));
  const target = `'public."${state.name}"'`;
  if (!state.owner) return `SELECT setval(${target}, ${value}, ${state.isCalled});`;
  return (
    `SELECT setval(${target}, GREATEST(${value}, m), ${state.isCalled} OR m >= ${value}) ` +
    `FROM (SELECT coalesce(max("${state.owner.column}"), 0) AS m FROM "${state.owner.table}") restored;`
  );
}
