import type { AttachmentTextNote, AttachmentTextStatus } from '@danvan/shared';
import type { FastifyBaseLogger } from 'fastify';
import type { ExtractionConfig } from '../config.js';
import type { Database, Sql } from '../db/client.js';
import { asSystem } from '../db/scope.js';
import type { FileStore } from './file-store.js';
import { extractInWorker, type ExtractionResult } from './text-extraction.js';

/** A file whose extraction took the process down this many times is not tried again. */
const MAX_ATTEMPTS = 3;
/** Pending files read per look at the table. */
const SWEEP_BATCH = 100;

export interface ClaimedFile {
  mime: string;
  sha256: string;
  /** Attempts including this one. */
  attempts: number;
}

export interface ExtractedText {
  status: Exclude<AttachmentTextStatus, 'pending'>;
  text: string;
  note: AttachmentTextNote | null;
}

/**
 * The table whose pending rows are a queue: the module that owns it writes these statements, so the
 * queue reaches no module's tables (documents' attachments, conferences' files).
 */
export interface ExtractionTable {
  /** What the log calls it. */
  name: string;
  /** Pending rows no live process holds, oldest first. */
  findUnclaimedPending(sql: Sql, limit: number): Promise<number[]>;
  /** Takes a pending row for `leaseSeconds` unless another process holds it; counts an attempt. */
  claim(sql: Sql, id: number, leaseSeconds: number): Promise<ClaimedFile | null>;
  /** Gives a claimed row back, as if it had not been tried. */
  release(sql: Sql, id: number): Promise<void>;
  /** Stores the result on a still-pending row (a late result is dropped). */
  store(sql: Sql, id: number, result: ExtractedText): Promise<boolean>;
}

function stored(result: ExtractionResult): ExtractedText {
  switch (result.status) {
    case 'extracted':
      return { status: result.text ? 'extracted' : 'none', text: result.text, note: null };
    case 'partial':
      return {
        status: 'partial',
        text: result.text,
        note: { reason: result.reason, limit: result.limit, pages: result.pages },
      };
    case 'failed':
      return {
        status: 'failed',
        text: '',
        note: { reason: result.reason, limit: 'limit' in result ? result.limit : null, pages: null },
      };
  }
}

/**
 * The durable queue of files whose text is to be read: the table's pending rows are the queue, so an
 * upload answers once its file is stored, and what a stopped process left pending is picked up at the
 * next start (and by another process once its lease ends). At most `workers` extractions run at a
 * time, each in a worker thread of its own, bounded in time and memory.
 */
export class ExtractionQueue {
  private readonly waiting = new Set<number>();
  private readonly running = new Map<number, Promise<void>>();
  private readonly stopping = new AbortController();
  private sweepTimer: NodeJS.Timeout | undefined;
  private readonly leaseSeconds: number;

  constructor(
    private readonly deps: { db: Database; files: FileStore; log: FastifyBaseLogger },
    private readonly config: ExtractionConfig,
    private readonly table: ExtractionTable,
  ) {
    // A lease outlives the extraction it covers: past the time limit the worker is gone.
    this.leaseSeconds = Math.ceil(config.timeoutMs / 1000) + 60;
  }

  /** Picks up what is pending now, and looks again every lease for what a stopped process held. */
  start(): void {
    void this.sweep();
    this.sweepTimer = setInterval(() => void this.sweep(), this.leaseSeconds * 1000);
    this.sweepTimer.unref();
  }

  /** Queues a stored, pending row; its extraction starts when a worker is free. */
  enqueue(id: number): void {
    if (this.stopping.signal.aborted || this.running.has(id)) return;
    this.waiting.add(id);
    this.pump();
  }

  /** Stops the running extractions (their rows stay pending for the next start) and waits for them. */
  async close(): Promise<void> {
    clearInterval(this.sweepTimer);
    this.waiting.clear();
    this.stopping.abort();
    await Promise.allSettled(this.running.values());
  }

  private async sweep(): Promise<void> {
    try {
      const ids = await asSystem(this.deps.db, (sql) => this.table.findUnclaimedPending(sql, SWEEP_BATCH));
      for (const id of ids) this.enqueue(id);
    } catch (err) {
      if (!this.stopping.signal.aborted)
        this.deps.log.error({ err, table: this.table.name }, 'looking for pending files failed');
    }
  }

  private pump(): void {
    for (const id of this.waiting) {
      if (this.running.size >= this.config.workers) return;
      this.waiting.delete(id);
      const run = this.extract(id)
        .catch((err: unknown) => {
          if (!this.stopping.signal.aborted)
            this.deps.log.error({ err, table: this.table.name, id }, 'text extraction failed');
        })
        .finally(() => {
          this.running.delete(id);
          this.pump();
        });
      this.running.set(id, run);
    }
  }

  private async extract(id: number): Promise<void> {
    const { db, files, log } = this.deps;
    const { table } = this;
    const claimed = await asSystem(db, (sql) => table.claim(sql, id, this.leaseSeconds));
    if (!claimed) return;
    if (claimed.attempts > MAX_ATTEMPTS) {
      await asSystem(db, (sql) =>
        table.store(sql, id, {
          status: 'failed',
          text: '',
          note: { reason: 'attempts', limit: MAX_ATTEMPTS, pages: null },
        }),
      );
      return;
    }
    const started = performance.now();
    const content = await files.get(claimed.sha256).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return null;
      throw error;
    });
    if (!content) {
      // The store lost the file (a restore without files): nothing to read, ever.
      await asSystem(db, (sql) =>
        table.store(sql, id, { status: 'failed', text: '', note: { reason: 'unreadable', limit: null, pages: null } }),
      );
      log.warn({ table: table.name, id, sha256: claimed.sha256 }, 'file missing from the store');
      return;
    }
    let result: ExtractionResult;
    try {
      result = await extractInWorker(content, claimed.mime, this.config, this.stopping.signal);
    } catch (error) {
      // Stopped with the server: not an attempt, and the next start need not wait for the lease.
      await asSystem(db, (sql) => table.release(sql, id));
      throw error;
    }
    await asSystem(db, (sql) => table.store(sql, id, stored(result)));
    log.info(
      {
        table: table.name,
        id,
        status: result.status,
        reason: 'reason' in result ? result.reason : undefined,
        message: 'message' in result ? result.message : undefined,
        ms: Math.round(performance.now() - started),
      },
      'file text extracted',
    );
  }
}
