import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { currentWork, FairQueue } from './fair-queue.js';
import { pgliteExtensions, pgliteParsers, pgliteSessionSettings } from './pglite-options.js';
import { PgliteStatements, rowsOf } from './pglite-statements.js';
import { PgliteThread } from './pglite-thread.js';
import { OpenReads } from './open-reads.js';
import { inTransaction, scriptAfterBegin } from './transaction.js';

export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<{ rows: T[] }>;
  exec(script: string): Promise<void>;
  /**
   * Values kept between transactions of this database (one map per database, whatever the process holds), each
   * stored with the row version it was read from and used only while that version is still the one read.
   */
  readonly cache?: Map<string, unknown>;
}

export type Engine = 'pglite' | 'postgres';

/** What a transaction starts with: the application role and the scope its row-level security reads (scope.ts). */
export interface TransactionSetup {
  scopePath: string;
  /**
   * The work only reads (scope.ts readInScope): the transaction starts READ ONLY, so a write in it fails rather than
   * being committed, and nobody waits for its end: on PostgreSQL the connection's next use ends it (openReads below),
   * on PGlite's thread its COMMIT is sent and not waited for (pglite-thread.ts).
   */
  readOnly?: boolean;
}

export interface Database {
  engine: Engine;
  /**
   * Runs `work` in one transaction: as the connecting (owner) role, or with `setup` as the application role in a
   * scope, set with the BEGIN itself (one round trip fewer on every request).
   */
  transaction<T>(work: (sql: Sql) => Promise<T>, setup?: TransactionSetup): Promise<T>;
  /** One statement as the owner role, in a transaction of its own (autocommit): one round trip, not three. */
  statement<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * The statements that start a transaction with `setup`. The path is written into the text, not bound, so that it
 * travels with the BEGIN in one simple-protocol message; an ltree path is labels of letters, digits and `_` (or
 * nothing: no scope, nothing visible), so anything else is refused rather than quoted. `set_config('role', …, true)`
 * is SET LOCAL ROLE, with the same membership check.
 */
function setupStatement(setup: TransactionSetup): string {
  if (!/^([A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*)?$/.test(setup.scopePath)) {
    throw new Error(`not a scope path: ${JSON.stringify(setup.scopePath)}`);
  }
  return `SELECT set_config('role', 'danvan_app', true), set_config('danvan.scope', '${setup.scopePath}', true)`;
}

export function beginWith(setup: TransactionSetup | undefined): string {
  if (!setup) return 'BEGIN';
  return `${setup.readOnly ? 'BEGIN READ ONLY' : 'BEGIN'}; ${setupStatement(setup)}`;
}

export { pgliteExtensions };

export interface PgliteDatabase extends Database {
  /** The whole data directory as a tarball, to start other instances from (tests). */
  dumpDataDir(): Promise<Blob>;
}

/**
 * PGlite on its own thread (`thread: true`, what the server runs: pglite-thread.ts) or on the caller's (tools,
 * benchmarks of the database alone). Either way one transaction at a time, in the queue's order.
 */
export async function openPglite(
  dataDir: string | undefined,
  loadDataDir?: Blob,
  options: { thread?: boolean } = {},
): Promise<PgliteDatabase> {
  if (dataDir) mkdirSync(path.dirname(dataDir), { recursive: true });
  if (options.thread) return openPgliteThread(dataDir, loadDataDir);
  const db = await PGlite.create({
    dataDir,
    loadDataDir,
    extensions: pgliteExtensions,
    parsers: pgliteParsers,
  });
  await db.exec(pgliteSessionSettings);
  // PGlite is one connection: transactions take turns, in the queue's order rather than PGlite's own
  // first-come one (fair-queue.ts: a short request does not wait behind everyone's long ones).
  const queue = new FairQueue(1);
  const cache = new Map<string, unknown>();
  const statements = new PgliteStatements(db);
  return {
    engine: 'pglite',
    // BEGIN and COMMIT by hand, not PGlite's `transaction`: statements go through PgliteStatements, as on the thread.
    transaction: (work, setup) =>
      queue.run(async () => {
        const counted = currentWork();
        return inTransaction(
          beginWith(setup),
          (text) => db.exec(text),
          (takeBegin) =>
            work({
              cache,
              query: async <T>(text: string, params?: unknown[]) => {
                counted.statements += 1;
                return { rows: rowsOf(await statements.raw(text, params, takeBegin()), db.parsers) as T[] };
              },
              exec: async (script) => {
                counted.statements += 1;
                await db.exec(scriptAfterBegin(takeBegin(), script));
              },
            }),
        );
      }),
    statement: <T>(text: string, params?: unknown[]) =>
      queue.run(async () => {
        currentWork().statements += 1;
        return (await statements.query(text, params)) as T[];
      }),
    close: () => db.close(),
    dumpDataDir: () => db.dumpDataDir('none'),
  };
}

async function openPgliteThread(dataDir: string | undefined, loadDataDir?: Blob): Promise<PgliteDatabase> {
  const thread = await PgliteThread.start(dataDir, loadDataDir);
  const queue = new FairQueue(1);
  const cache = new Map<string, unknown>();
  return {
    engine: 'pglite',
    transaction: (work, setup) =>
      queue.run(() => {
        const counted = currentWork();
        return thread.transaction(work, cache, () => (counted.statements += 1), beginWith(setup), setup?.readOnly);
      }),
    statement: <T>(text: string, params?: unknown[]) =>
      queue.run(async () => {
        currentWork().statements += 1;
        return (await thread.statement(text, params)) as T[];
      }),
    // After the transactions already queued, as the in-thread database's dump would be.
    close: () => queue.run(() => thread.close()),
    dumpDataDir: () => queue.run(() => thread.dump()),
  };
}

for (const [oid, parse] of Object.entries(pgliteParsers)) pg.types.setTypeParser(Number(oid), parse);

const POOL_SIZE = 10;

// Named (prepared) statements: each connection parses and plans a statement once, not on every call. Planning is
// about half of what the app's short statements cost the server (EXPLAIN of a report's: planning 0.2–0.8 ms each,
// execution 0.1–0.4 ms). The app's statements are constant texts (values travel as parameters; scripts go through
// `exec`); at most PREPARED_MAX texts are named, so a statement built from values somewhere cannot fill the server's
// memory.
const PREPARED_MAX = 2000;
const preparedNames = new Map<string, string>();
function statementName(text: string): string | undefined {
  let name = preparedNames.get(text);
  if (!name && preparedNames.size < PREPARED_MAX) {
    name = `danvan_${preparedNames.size + 1}`;
    preparedNames.set(text, name);
  }
  return name;
}

/**
 * A transaction's statements asked for in the same tick (Promise.all of independent reads, or the BEGIN that travels
 * with the first statement) go to PostgreSQL in one write: the pool's clients pipeline (they send a statement without
 * waiting for the answer to the one before) and the socket is corked until the tick ends. Each write to PostgreSQL
 * costs the server ~150 µs of CPU on a small virtual machine, beside the round trips saved.
 */
function writesTogether(client: pg.PoolClient): () => void {
  let corked = false;
  return () => {
    if (corked) return;
    corked = true;
    client.connection.stream.cork();
    process.nextTick(() => {
      corked = false;
      client.connection.stream.uncork();
    });
  };
}

/** A transaction's first statement, sent right behind its BEGIN. */
async function afterBegin(client: pg.PoolClient, begin: string, statement: pg.QueryConfig): Promise<pg.QueryResult> {
  const [beginning, answer] = await Promise.allSettled([client.query(begin), client.query(statement)]);
  // A failed setup leaves the transaction aborted, so the statement failed too: the setup's error says why.
  if (beginning.status === 'rejected') throw beginning.reason;
  if (answer.status === 'rejected') throw answer.reason;
  return answer.value;
}

export async function openPostgres(connectionString: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString, max: POOL_SIZE, pipeline: true });
  // Waiting for a connection in the queue's order (fair-queue.ts), not the pool's first-come one.
  const queue = new FairQueue(POOL_SIZE);
  const cache = new Map<string, unknown>();
  const openReads = new OpenReads();
  pool.on('connect', (client) => {
    // JIT compiles a statement for ~200 ms when the planner expects many rows; the app's statements
    // read maintained rows through indexes, where that is pure loss (the rollup reads paid it on every call).
    client.query('SET random_page_cost = 1.1; SET jit = off').catch(() => undefined);
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
    transaction: (work, setup) =>
      queue.run(async () => {
        const client = await pool.connect();
        const counted = currentWork();
        const together = writesTogether(client);
        const ending = openReads.take(client);
        let begun = false;
        const begin = beginWith(setup);
        try {
          return await inTransaction(
            ending ? `ROLLBACK; ${begin}` : begin,
            (text) => client.query(text),
            (takeBegin) => {
              const takeOnce = () => {
                const text = takeBegin();
                if (text) begun = true;
                return text;
              };
              return work({
                cache,
                query: async <T>(text: string, params?: unknown[]) => {
                  counted.statements += 1;
                  const statement = { name: statementName(text), text, values: params };
                  together();
                  const first = takeOnce();
                  const result = first ? await afterBegin(client, first, statement) : await client.query(statement);
                  return { rows: result.rows as T[] };
                },
                exec: async (script) => {
                  counted.statements += 1;
                  await client.query(scriptAfterBegin(takeOnce(), script));
                },
              });
            },
            setup?.readOnly ? () => openReads.leave(client) : undefined,
          );
        } finally {
          // Work that ran no statement sent neither its BEGIN nor the ROLLBACK it carried.
          if (ending && !begun) openReads.leave(client);
          client.release();
        }
      }),
    statement: <T>(text: string, params?: unknown[]) =>
      queue.run(async () => {
        currentWork().statements += 1;
        const client = await pool.connect();
        try {
          const statement = { name: statementName(text), text, values: params };
          if (!openReads.take(client)) return (await client.query(statement)).rows as T[];
          writesTogether(client)();
          const [, answer] = await Promise.all([client.query('ROLLBACK'), client.query(statement)]);
          return answer.rows as T[];
        } finally {
          client.release();
        }
      }),
    close: async () => {
      await openReads.endAll();
      await pool.end();
    },
  };
}

export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openPglite(path.join(options.dataDir, 'db'), undefined, { thread: true });
}
