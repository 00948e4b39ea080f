import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Sql } from './client.js';
import { pgliteParsersWithArrays, type ArrayTypes } from './pglite-options.js';
import { rowsOf } from './pglite-statements.js';
import { inTransaction } from './transaction.js';
import type { ErrorFields, PgliteAnswer, PgliteCall, PgliteWorkerData } from './pglite-worker.js';

/** The file URL of a package's ES module entry (import.meta.resolve is not offered by vitest's module runner). */
function esmEntryOf(name: string, subpath: string): string {
  const manifest = createRequire(import.meta.url).resolve(`${name}/package.json`);
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(path.join(path.dirname(manifest), exports[subpath].import.default)).href;
}

// As files/text-extraction.ts does: a worker's TypeScript entry needs tsx registered on its own thread first.
const workerUrl = new URL('./pglite-worker.ts', import.meta.url).href;
const bootstrap = `import(${JSON.stringify(esmEntryOf('tsx', './esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl)}); })`;

type Call = PgliteCall extends infer C ? (C extends { id: number } ? Omit<C, 'id'> : never) : never;

/** An error from the database thread, with the fields the error handler reads (code, constraint…). */
function toError(fields: ErrorFields): Error {
  const error = new Error(fields.message);
  for (const [key, value] of Object.entries(fields)) {
    if (key !== 'message' && key !== 'stack') Object.assign(error, { [key]: value });
  }
  return error;
}

/** PGlite running on a worker thread: one caller at a time (the caller's queue sees to that). */
export class PgliteThread {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (answer: PgliteAnswer) => void; reject: (e: Error) => void }>();
  private failure: Error | null = null;
  /** Calls asked for in this tick, sent together when it ends (see `call`). */
  private outgoing: PgliteCall[] = [];
  /** How this thread reads the values in the database thread's answers. */
  private parsers = pgliteParsersWithArrays([]);

  private constructor(private readonly worker: Worker) {
    worker.on('message', (answers: PgliteAnswer[]) => {
      for (const answer of answers) {
        const waiting = this.pending.get(answer.id);
        this.pending.delete(answer.id);
        waiting?.resolve(answer);
      }
    });
    const fail = (error: Error) => {
      this.failure = error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the database thread exited (code ${code})`)));
  }

  static async start(dataDir: string | undefined, loadDataDir: Blob | undefined): Promise<PgliteThread> {
    const worker = new Worker(bootstrap, {
      eval: true,
      workerData: { dataDir, loadDataDir } satisfies PgliteWorkerData,
    });
    const thread = new PgliteThread(worker);
    // The worker says id 0 once the database is open.
    await new Promise<void>((resolve, reject) => {
      thread.pending.set(0, {
        resolve: (answer) => {
          if (!answer.ok) return reject(toError(answer.error));
          thread.parsers = pgliteParsersWithArrays(answer.arrayTypes as ArrayTypes);
          resolve();
        },
        reject,
      });
    });
    return thread;
  }

  async call(call: Call): Promise<PgliteAnswer & { ok: true }> {
    if (this.failure) throw this.failure;
    const id = this.nextId++;
    const answer = await new Promise<PgliteAnswer>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      // Statements asked for together (Promise.all) cross to the database thread in one message and come back in
      // one: each message costs both threads CPU time (posting was ~8 % of the database thread's time under load).
      if (this.outgoing.length === 0) {
        process.nextTick(() => {
          this.worker.postMessage(this.outgoing);
          this.outgoing = [];
        });
      }
      this.outgoing.push({ ...call, id } as PgliteCall);
    });
    if (!answer.ok) throw toError(answer.error);
    return answer;
  }

  /**
   * `work` in one transaction; `begin` (BEGIN and what the transaction starts with) travels with the first statement.
   * A read-only transaction's COMMIT is sent without waiting for it: the thread runs calls in the order sent, so the
   * next transaction's statements are queued behind it at once, and the database thread does not sit idle while the
   * busy event loop gets round to reading the COMMIT's answer and starting the next one.
   */
  transaction<T>(
    work: (sql: Sql) => Promise<T>,
    cache: Map<string, unknown>,
    onStatement: () => void,
    begin: string,
    readOnly = false,
  ): Promise<T> {
    return inTransaction(
      begin,
      (text) => this.call({ op: text === 'COMMIT' ? 'commit' : 'rollback' }),
      (takeBegin) =>
        work({
          cache,
          query: async <R>(text: string, params?: unknown[]) => {
            onStatement();
            const answer = await this.call({ op: 'query', text, params, begin: takeBegin() });
            return { rows: rowsOf(answer.bytes as Uint8Array, this.parsers) as R[] };
          },
          exec: async (text) => {
            onStatement();
            await this.call({ op: 'exec', text, begin: takeBegin() });
          },
        }),
      readOnly ? () => void this.call({ op: 'commit' }).catch(() => undefined) : undefined,
    );
  }

  /** One statement outside any transaction: its rows. */
  async statement(text: string, params?: unknown[]): Promise<unknown[]> {
    return rowsOf((await this.call({ op: 'query', text, params })).bytes as Uint8Array, this.parsers);
  }

  async dump(): Promise<Blob> {
    return (await this.call({ op: 'dump' })).dump as Blob;
  }

  async close(): Promise<void> {
    await this.call({ op: 'close' }).catch(() => undefined);
    await this.worker.terminate();
  }
}
