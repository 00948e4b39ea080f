// The PGlite database on a thread of its own (started by pglite-thread.ts): its statements run here, so the
// server's event loop keeps reading requests and writing answers while one runs.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import {
  arrayTypesQuery,
  pgliteExtensions,
  pgliteParsers,
  pgliteSessionSettings,
  type ArrayTypes,
} from './pglite-options.js';
import { PgliteStatements } from './pglite-statements.js';
import { scriptAfterBegin } from './transaction.js';

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
  | { id: number; ok: true; bytes?: Uint8Array<ArrayBuffer>; dump?: Blob; arrayTypes?: ArrayTypes }
  | { id: number; ok: false; error: ErrorFields };

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
await db.exec(pgliteSessionSettings);
const statements = new PgliteStatements(db);

async function run(call: PgliteCall): Promise<Omit<PgliteAnswer & { ok: true }, 'id' | 'ok'>> {
  switch (call.op) {
    case 'query':
      // The answer's bytes: the rows are read on the event loop's thread (pglite-thread.ts), not on this busy one.
      return { bytes: await statements.raw(call.text, call.params, call.begin) };
    case 'exec':
      await db.exec(scriptAfterBegin(call.begin, call.text));
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

async function answer(call: PgliteCall): Promise<PgliteAnswer> {
  try {
    return { id: call.id, ok: true, ...(await run(call)) };
  } catch (error) {
    return { id: call.id, ok: false, error: fieldsOf(error) };
  }
}

// Calls come in batches (the calls the other thread asked for in one tick) and are answered in one message. One call
// at a time, in the order sent: a transaction's statements may be asked for together, and the first carries the
// BEGIN, so none may start before the one sent ahead of it has finished.
let turn: Promise<unknown> = Promise.resolve();
port.on('message', (calls: PgliteCall[]) => {
  turn = turn.then(async () => {
    const answers: PgliteAnswer[] = [];
    for (const call of calls) answers.push(await answer(call));
    // The answers' bytes are moved to the other thread, not copied.
    port.postMessage(
      answers,
      answers.flatMap((a) => (a.ok && a.bytes ? [a.bytes.buffer] : [])),
    );
  });
});
// Ready, with what the other thread needs to read array values as PGlite does.
const arrayTypes = (await db.query<ArrayTypes[number]>(arrayTypesQuery)).rows;
port.postMessage([{ id: 0, ok: true, arrayTypes }] satisfies PgliteAnswer[]);
