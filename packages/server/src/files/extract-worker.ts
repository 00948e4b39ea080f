// The extraction worker's entry: one file per worker, whose time and memory the server bounds
// (text-extraction.ts). Parsing a PDF or DOCX here keeps a hostile file off the server's thread.
import { parentPort, workerData } from 'node:worker_threads';
import { extractCappedText, type CappedText, type TextCaps } from './extract-text.js';

export interface ExtractionJob {
  content: Uint8Array;
  mime: string;
  caps: TextCaps;
}

export type WorkerAnswer = { ok: true; result: CappedText } | { ok: false; message: string };

const job = workerData as ExtractionJob;
const answer = await extractCappedText(job.content, job.mime, job.caps).then(
  (result): WorkerAnswer => ({ ok: true, result }),
  (error: unknown): WorkerAnswer => ({ ok: false, message: error instanceof Error ? error.message : String(error) }),
);
parentPort?.postMessage(answer);
