// The extraction worker's entry: one file per worker, whose time and memory the server bounds
// (text-extraction.ts). Parsing a PDF or DOCX here keeps a hostile file off the server's thread.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { extractCappedText, type CappedText, type TextCaps } from './extract-text.js';

export interface ExtractionJob {
  content: Uint8Array;
  mime: string;
  caps: TextCaps;
}

export type WorkerAnswer = { ok: true; result: CappedText } | { ok: false; message: string };

// The lowest CPU priority for this thread alone (Linux gives each thread its own nice value, and
// /proc/thread-self names it): on a busy machine the server's requests come first. Elsewhere the
// worker keeps the normal priority.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19);
} catch {
  // Not Linux.
}

const job = workerData as ExtractionJob;
const answer = await extractCappedText(job.content, job.mime, job.caps).then(
  (result): WorkerAnswer => ({ ok: true, result }),
  (error: unknown): WorkerAnswer => ({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);
parentPort?.postMessage(answer);
