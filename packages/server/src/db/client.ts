import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { ltree } from '@electric-sql/pglite/contrib/ltree';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import pg from 'pg';

/** The part of a connection the repositories use: parameterised queries and plain scripts. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(script: string): Promise<void>;
}

export type Engine = 'pglite' | 'postgres';

export interface Database {
  engine: Engine;
  /** Runs `work` in one transaction as the connecting (owner) role; callers add the app role and scope. */
  transaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

/** Same value shapes from both engines: dates stay `YYYY-MM-DD`, int8 and numeric become numbers. */
const parsers = {
  [DATE_OID]: (value: string) => value,
  [INT8_OID]: (value: string) => Number(value),
  [NUMERIC_OID]: (value: string) => Number(value),
};

export const pgliteExtensions = { ltree, pg_trgm, unaccent };

export interface PgliteDatabase extends Database {
  /** The whole data directory as a tarball, to start other instances from (tests). */
  dumpDataDir(): Promise<Blob>;
}

export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<PgliteDatabase> {
  if (dataDir) mkdirSync(path.dirname(dataDir), { recursive: true });
  const db = await PGlite.create({
    dataDir,
    loadDataDir,
    extensions: pgliteExtensions,
    parsers,
  });
  await db.exec('SET random_page_cost = 1.1');
  return {
    engine: 'pglite',
    // PGlite is one connection: its transaction() queues callers, which is the serialisation we need.
    transaction: (work) =>
      db.transaction((tx) =>
        work({
          query: async <T>(text: string, params?: unknown[]) => ({ rows: (await tx.query<T>(text, params)).rows }),
          exec: async (script) => {
            await tx.exec(script);
          },
        }),
      ),
    close: () => db.close(),
    dumpDataDir: () => db.dumpDataDir('none'),
  };
}

for (const [oid, parse] of Object.entries(parsers)) pg.types.setTypeParser(Number(oid), parse);

export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  pool.on('connect', (client) => {
    client.query('SET random_page_cost = 1.1').catch(() => undefined);
  });
  // An idle connection ended by the server (restart, failover, a dropped test database) is an
  // 'error' event; unheard, it would bring the whole process down. The pool opens a new one.
  pool.on('error', (error) => {
    console.error(`danvan: an idle PostgreSQL connection was closed: ${error.message}`);
  });
  // Fail at start, not at the first request, when the server is unreachable.
  (await pool.connect()).release();
  return {
    engine: 'postgres',
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          query: async <T>(text: string, params?: unknown[]) => ({
            rows: (await client.query(text, params as unknown[])).rows as T[],
          }),
          exec: async (script) => {
            await client.query(script);
          },
        });
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(path.join(options.dataDir, 'db'));
}
