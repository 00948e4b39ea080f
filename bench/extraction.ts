// Attachment text extraction benchmark: `npm run bench -- extraction` (bench/out/extraction.json).
//
// Cases:
//   pdf20_before / pdf20_after  a normal 20-page PDF: unpdf on the server's thread as uploads used to
//                               do it, and in a bounded worker thread as now (the worker's start included)
//   health_<file>_<where>       GET /api/health over HTTP, one after another, while a worst-case file is
//                               extracted: in the worker (now), and for contrast on the server's thread
//                               (before; a 1,500-page PDF there, since 15,000 pages take minutes and GBs)
// The server is buildApp on an empty migrated PGlite; health touches no table, so what it measures is
// the event loop. Environment: BENCH_RUNS (7).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { extractText, getDocumentProxy } from 'unpdf';
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import { openPglite } from '../packages/server/src/db/client.js';
import { migrate } from '../packages/server/src/db/migrate.js';
import { PDF_MIME } from '../packages/server/src/files/file-content.js';
import { extractInWorker } from '../packages/server/src/files/text-extraction.js';
import { heavyContentPdf, manyPagesPdf, textPdf } from '../packages/server/src/test/hostile-files.js';

interface Result {
  case: string;
  median_ms: number;
  p99_ms?: number;
  max_ms?: number;
  runs: number;
  /** The extraction's own time and outcome, for the health cases. */
  extraction_ms?: number;
  outcome?: string;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const config = loadConfig();
const limits = config.extraction;
const results: Result[] = [];

const quantile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] * 10) / 10;
};

async function inProcess(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return `extracted ${text.length} chars`;
}

async function timeExtraction(name: string, work: () => Promise<unknown>) {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  results.push({ case: name, median_ms: quantile(times, 0.5), max_ms: quantile(times, 1), runs: RUNS });
}

/** Health's latencies over HTTP while `work` runs (at least one request). */
async function healthDuring(baseUrl: string, name: string, work: () => Promise<string>) {
  const latencies: number[] = [];
  let done = false;
  const started = performance.now();
  const extraction = work().finally(() => (done = true));
  do {
    const at = performance.now();
    await (await fetch(`${baseUrl}/api/health`)).arrayBuffer();
    latencies.push(performance.now() - at);
    await new Promise((resolve) => setTimeout(resolve, 20));
  } while (!done);
  const outcome = await extraction;
  results.push({
    case: name,
    median_ms: quantile(latencies, 0.5),
    p99_ms: quantile(latencies, 0.99),
    max_ms: quantile(latencies, 1),
    runs: latencies.length,
    extraction_ms: Math.round(performance.now() - started),
    outcome,
  });
}

const inWorker = (pdf: Buffer) => async () => {
  const result = await extractInWorker(pdf, PDF_MIME, limits);
  return 'reason' in result ? `${result.status} (${result.reason})` : result.status;
};

const pdf20 = textPdf(Array.from({ length: 20 }, (_, i) => `Trang ${i + 1}: bien ban hoi nghi doi thoai voi Nhan dan`));
await timeExtraction('pdf20_before', () => inProcess(pdf20));
await timeExtraction('pdf20_after', inWorker(pdf20));

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'danvan-bench-extraction-'));
const db = await openPglite(undefined);
await migrate(db);
const app = await buildApp({ db, config: { ...config, dataDir } });
const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
try {
  await healthDuring(baseUrl, 'health_idle', async () => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    return 'idle';
  });
  await healthDuring(baseUrl, 'health_15000_pages_after', inWorker(manyPagesPdf(15_000)));
  await healthDuring(baseUrl, 'health_content_bomb_after', inWorker(heavyContentPdf(20_000_000)));
  await healthDuring(baseUrl, 'health_1500_pages_before', () => inProcess(manyPagesPdf(1_500)));
} finally {
  await app.close();
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}

console.table(results);
const outDir = path.join(import.meta.dirname, 'out');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  path.join(outDir, 'extraction.json'),
  `${JSON.stringify({ at: new Date().toISOString(), limits, cpus: os.cpus().length, load: os.loadavg(), results }, null, 2)}\n`,
);
