import type { FastifyBaseLogger } from 'fastify';
import type { ExtractionConfig } from '../../config.js';
import type { Database } from '../../db/client.js';
import { asSystem } from '../../db/scope.js';
import type { FileStore } from '../../files/file-store.js';
import { extractInWorker, type ExtractionResult } from '../../files/text-extraction.js';
import {
  claimAttachment,
  findUnclaimedPending,
  releaseAttachment,
  storeAttachmentText,
  type AttachmentText,
} from './attachment-text.repository.js';

/** A file whose extraction took the process down this many times is not tried again. */
const MAX_ATTEMPTS = 3;
/** Pending attachments read per look at the table. */
const SWEEP_BATCH = 100;

function stored(result: ExtractionResult): AttachmentText {
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
 * The durable queue of attachments whose text is to be read: the table's pending rows are the queue,
 * so an upload answers once its file is stored, and what a stopped process left pending is picked up
 * at the next start (and by another process once its lease ends). At most `workers` extractions run
 * at a time, each in a worker thread of its own, bounded in time and memory.
 */
export class AttachmentExtraction {
  private readonly waiting = new Set<number>();
  private readonly running = new Map<number, Promise<void>>();
  private readonly stopping = new AbortController();
  private sweepTimer: NodeJS.Timeout | undefined;
  private readonly leaseSeconds: number;

  constructor(
    private readonly deps: { db: Database; files: FileStore; log: FastifyBaseLogger },
    private readonly config: ExtractionConfig,
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

  /** Queues a stored, pending attachment; its extraction starts when a worker is free. */
  enqueue(attachmentId: number): void {
    if (this.stopping.signal.aborted || this.running.has(attachmentId)) return;
    this.waiting.add(attachmentId);
    this.pump();
  }

  /** Stops the running extractions (their attachments stay pending for the next start) and waits for them. */
  async close(): Promise<void> {
    clearInterval(this.sweepTimer);
    this.waiting.clear();
    this.stopping.abort();
    await Promise.allSettled(this.running.values());
  }

  private async sweep(): Promise<void> {
    try {
      const ids = await asSystem(this.deps.db, (sql) => findUnclaimedPending(sql, SWEEP_BATCH));
      for (const id of ids) this.enqueue(id);
    } catch (err) {
      if (!this.stopping.signal.aborted) this.deps.log.error({ err }, 'looking for pending attachments failed');
    }
  }

  private pump(): void {
    for (const id of this.waiting) {
      if (this.running.size >= this.config.workers) return;
      this.waiting.delete(id);
      const run = this.extract(id)
        .catch((err: unknown) => {
          if (!this.stopping.signal.aborted) this.deps.log.error({ err, attachmentId: id }, 'text extraction failed');
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
    const claimed = await asSystem(db, (sql) => claimAttachment(sql, id, this.leaseSeconds));
    if (!claimed) return;
    if (claimed.attempts > MAX_ATTEMPTS) {
      await asSystem(db, (sql) =>
        storeAttachmentText(sql, id, {
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
        storeAttachmentText(sql, id, {
          status: 'failed',
          text: '',
          note: { reason: 'unreadable', limit: null, pages: null },
        }),
      );
      log.warn({ attachmentId: id, sha256: claimed.sha256 }, 'attachment file missing from the store');
      return;
    }
    let result: ExtractionResult;
    try {
      result = await extractInWorker(content, claimed.mime, this.config, this.stopping.signal);
    } catch (error) {
      // Stopped with the server: not an attempt, and the next start need not wait for the lease.
      await asSystem(db, (sql) => releaseAttachment(sql, id));
      throw error;
    }
    await asSystem(db, (sql) => storeAttachmentText(sql, id, stored(result)));
    log.info(
      {
        attachmentId: id,
        status: result.status,
        reason: 'reason' in result ? result.reason : undefined,
        message: 'message' in result ? result.message : undefined,
        ms: Math.round(performance.now() - started),
      },
      'attachment text extracted',
    );
  }
}
