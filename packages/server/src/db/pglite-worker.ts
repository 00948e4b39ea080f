// The PGlite database on a thread of its own (started by pglite-thread.ts): its statements run here, so the
// server's event loop keeps reading requests and writing answers while one runs.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { pgliteExtensions, pgliteParsers } from './pglite-options.js';
import { PgliteStatements } from './pglite-statements.js';

export interface PgliteWorkerData {
  dataDir: string | undefined;
  loadDataDir: Blob | undefined;
}

export type PgliteCall =
  | { id: number; op: 'query'; text: string; params?: unknown[]; begin?: string }
  | { id: number; op: 'exec'; text: string; begin?: string }
  | { id: number; op: 'commit' | 'rollback' | 'dump' | 'close' };

/** A database error's fields (code, constraint, detail…), which the error handler reads. */
export type ErrorFields = Record<string, string | number | undefined> & { message: string };

export type PgliteAnswer =
  { id: number; ok: true; rows?: unknown[]; dump?: Blob } | { id: number; ok: false; error: ErrorFields };

function fieldsOf(error: unknown): ErrorFields {
  if (!(error instanceof Error)) return { message: String(error) };
  const fields: ErrorFields = { message: error.message, name: error.name };
  for (const [key, value] of Object.entries(error)) {
    if (typeof value === 'string' || typeof value === 'number') fields[key] = value;
  }
  return fields;
}

const port = parentPort;
if (!port) throw new Error('pglite-worker.ts runs as a worker thread');
const { dataDir, loadDataDir } = workerData as PgliteWorkerData;
const db = await PGlite.create({ dataDir, loadDataDir, extensions: pgliteExtensions, parsers: pgliteParsers });
await db.exec('SET random_page_cost = 1.1');
const statements = new PgliteStatements(db);

async function run(call: PgliteCall): Promise<Omit<PgliteAnswer & { ok: true }, 'id' | 'ok'>> {
  switch (call.op) {
    case 'query':
      if (call.begin) await db.exec(call.begin);
      return { rows: await statements.query(call.text, call.params) };
    case 'exec':
      if (call.begin) await db.exec(call.begin);
      await db.exec(call.text);
      return {};
    case 'commit':
      await db.exec('COMMIT');
      return {};
    case 'rollback':
      await db.exec('ROLLBACK');
      return {};
    case 'dump':
      return { dump: await db.dumpDataDir('none') };
    case 'close':
      await db.close();
      return {};
  }
}

port.on('message', (call: PgliteCall) => {
  run(call).then(
    (answer) => port.postMessage({ id: call.id, ok: true, ...answer } satisfies PgliteAnswer),
    (error: unknown) => port.postMessage({ id: call.id, ok: false, error: fieldsOf(error) } satisfies PgliteAnswer),
  );
});
port.postMessage({ id: 0, ok: true } satisfies PgliteAnswer);
