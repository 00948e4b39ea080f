import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CappedText, TextCaps } from './extract-text.js';
import type { ExtractionJob, WorkerAnswer } from './extract-worker.js';

export interface ExtractionLimits extends TextCaps {
  /** Wall time of one extraction; the worker is terminated past it. */
  timeoutMs: number;
  /** The worker's JavaScript heap, and (doubled) how far the process may grow while it runs. */
  memoryMb: number;
}

export type ExtractionResult =
  | CappedText
  | { status: 'failed'; reason: 'timeout' | 'memory'; limit: number; pages: null }
  | { status: 'failed'; reason: 'unreadable'; message: string; pages: null };

/**
 * The file URL of a package's ES module entry, from its exports map: what import.meta.resolve says,
 * which vitest's module runner does not offer (and require.resolve gives the CommonJS entry).
 */
function esmEntryOf(name: string, subpath: string): string {
  const manifest = createRequire(import.meta.url).resolve(`${name}/package.json`);
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    exports: Record<string, { import: { default: string } }>;
  };
  return pathToFileURL(path.join(path.dirname(manifest), exports[subpath].import.default)).href;
}

// The worker is a TypeScript file like the rest of the server, which runs under tsx (bin/danvan.js,
// vitest, e2e). A loader registered from code stays on the thread that registered it, and Node 20
// loads a worker's entry before an `--import` loader is ready: so a bootstrap registers tsx in the
// worker, then imports the entry.
const workerUrl = new URL('./extract-worker.ts', import.meta.url).href;
const tsxApiUrl = esmEntryOf('tsx', './esm/api');
const bootstrap = `import(${JSON.stringify(tsxApiUrl)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl)}); })`;

/** How often the process's memory is looked at while a worker runs. */
const MEMORY_POLL_MS = 100;

/**
 * Extracts a PDF's or DOCX's text in a worker thread of its own, ended at the time limit or when it
 * outgrows the memory limit: its heap is capped by V8, and decoded buffers outside the heap (a
 * content stream that inflates to gigabytes) by watching the process's resident size. Rejects only
 * when `signal` aborts it (the server is stopping).
 */
export function extractInWorker(
  content: Buffer,
  mime: string,
  limits: ExtractionLimits,
  signal?: AbortSignal,
): Promise<ExtractionResult> {
  const bytes = new Uint8Array(content);
  const job: ExtractionJob = { content: bytes, mime, caps: { maxPages: limits.maxPages, maxChars: limits.maxChars } };
  const worker = new Worker(bootstrap, {
    eval: true,
    workerData: job,
    transferList: [bytes.buffer],
    resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
    // pdf.js warns about every odd object on the console: not the server's log. (A failure reaches
    // the server as the worker's error or answer.)
    stdout: true,
    stderr: true,
  });
  worker.stdout.resume();
  worker.stderr.resume();
  const rssAtStart = process.memoryUsage.rss();
  return new Promise<ExtractionResult>((resolve, reject) => {
    let settled = false;
    const finish = (result: ExtractionResult | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(watch);
      signal?.removeEventListener('abort', abort);
      void worker.terminate();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    const timer = setTimeout(
      () => finish({ status: 'failed', reason: 'timeout', limit: limits.timeoutMs, pages: null }),
      limits.timeoutMs,
    );
    const watch = setInterval(() => {
      if (process.memoryUsage.rss() - rssAtStart > 2 * limits.memoryMb * 1024 * 1024)
        finish({ status: 'failed', reason: 'memory', limit: limits.memoryMb, pages: null });
    }, MEMORY_POLL_MS);
    worker.on('message', (answer: WorkerAnswer) =>
      finish(
        answer.ok ? answer.result : { status: 'failed', reason: 'unreadable', message: answer.message, pages: null },
      ),
    );
    worker.on('error', (error: Error & { code?: string }) =>
      finish(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? { status: 'failed', reason: 'memory', limit: limits.memoryMb, pages: null }
          : { status: 'failed', reason: 'unreadable', message: error.message, pages: null },
      ),
    );
    worker.on('exit', (code) =>
      finish({ status: 'failed', reason: 'unreadable', message: `worker exited with code ${code}`, pages: null }),
    );
    const abort = () => finish(new Error('extraction aborted'));
    if (signal?.aborted) abort();
    signal?.addEventListener('abort', abort);
  });
}
