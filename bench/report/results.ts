// The figures of a report benchmark run: how a case is timed, each result with its target, the table and the notes.
import os from 'node:os';
import type { Database } from '../../packages/server/src/db/client.js';
import { stats } from '../lib/scratch.js';
import { CURRENT_YEAR, LAST_YEAR } from './dataset.js';

export type EngineName = 'postgres' | 'pglite';
export type Kind = 'view' | 'word' | 'excel';

export interface Result {
  engine: EngineName;
  /** `city30.view`, `province100.word`, …; `setup` is the dataset build, once. */
  case: string;
  /** Absent for the request as the user makes it; 'service' = getReport alone, 'render' = the Word/Excel rendering alone. */
  variant?: string;
  median_ms: number;
  p95_ms: number;
  runs: number;
  /** Median CPU time of this process per run (user + system, all its threads; PGlite's work included, PostgreSQL's not): less affected than the wall time by other work on the machine. */
  cpu_ms?: number;
  /** For 'service': median time per run spent in the database's statements as the client sees them (round trips included), and their number. */
  sql_ms?: number;
  statements?: number;
  /** Size of the response body (JSON, .docx, .xlsx). */
  bytes?: number;
  target_ms?: number;
  meets_target?: boolean;
}
export const benchStarted = performance.now();
export const [startLoad] = os.loadavg();
const env = process.env;
export const quick = process.argv.includes('--quick') || env.BENCH_QUICK === '1';
export const RUNS = Number(env.BENCH_RUNS ?? (quick ? 5 : 20));
export const WARMUP = Number(env.BENCH_WARMUP ?? (quick ? 1 : 3));
export const MIN_RUNS = Math.min(RUNS, 5);
export const CASE_BUDGET_MS = Number(env.BENCH_CASE_BUDGET_S ?? 15) * 1000;

/** p95 targets; on PGlite the same figures are printed for information. */
export const TARGET_P95: Record<Kind, number> = { view: 30, word: 300, excel: 300 };
export const TARGET_ENGINES: EngineName[] = ['postgres'];

export const results: Result[] = [];
export const notes: string[] = [];
export const log = (line: string) => console.log(line);
export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Median and p95 over RUNS runs after WARMUP warm-ups; a case slower than the per-case budget
 * allows gets fewer runs (at least MIN_RUNS).
 */
export async function measure(
  fn: () => Promise<unknown>,
): Promise<{ median: number; p95: number; runs: number; cpu: number }> {
  const w0 = performance.now();
  let warmups = 0;
  while (warmups < WARMUP && (warmups === 0 || performance.now() - w0 < CASE_BUDGET_MS / 4)) {
    await fn();
    warmups++;
  }
  const perRun = (performance.now() - w0) / Math.max(1, warmups);
  const runs = Math.min(RUNS, Math.max(MIN_RUNS, Math.floor(CASE_BUDGET_MS / perRun)));
  const samples: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ...stats(samples), runs, cpu: stats(cpu).median };
}

/** A database whose statements are timed as the client sees them (sent, executed, rows back and parsed). */
export function timedDatabase(db: Database): { db: Database; spent: { ms: number; statements: number } } {
  const spent = { ms: 0, statements: 0 };
  const timed = async <T>(run: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    try {
      return await run();
    } finally {
      spent.ms += performance.now() - t0;
      spent.statements++;
    }
  };
  return {
    spent,
    db: {
      engine: db.engine,
      transaction: (work, setup) =>
        db.transaction(
          (sql) =>
            work({
              query: <T>(text: string, params?: unknown[]) => timed(() => sql.query<T>(text, params)),
              exec: (script) => timed(() => sql.exec(script)),
            }),
          setup,
        ),
      statement: <T>(text: string, params?: unknown[]) => timed(() => db.statement<T>(text, params)),
      close: () => db.close(),
    },
  };
}

export function record(result: Omit<Result, 'target_ms' | 'meets_target'>, kind?: Kind) {
  const target = kind && !result.variant ? TARGET_P95[kind] : undefined;
  const row: Result = {
    ...result,
    median_ms: Math.round(result.median_ms * 100) / 100,
    p95_ms: Math.round(result.p95_ms * 100) / 100,
    ...(result.cpu_ms !== undefined ? { cpu_ms: Math.round(result.cpu_ms * 10) / 10 } : {}),
    ...(result.sql_ms !== undefined ? { sql_ms: Math.round(result.sql_ms * 10) / 10 } : {}),
    ...(target !== undefined && TARGET_ENGINES.includes(result.engine)
      ? { target_ms: target, meets_target: result.p95_ms < target }
      : {}),
  };
  results.push(row);
  const what = [row.case, row.variant].filter(Boolean).join(' ');
  log(
    `    ${what.padEnd(30)} median ${row.median_ms.toFixed(1).padStart(7)} ms   p95 ${row.p95_ms.toFixed(1).padStart(7)} ms   ${String(row.runs).padStart(2)} runs` +
      `${row.cpu_ms !== undefined ? `   cpu ${row.cpu_ms.toFixed(1).padStart(6)} ms` : ''}${row.sql_ms !== undefined ? `   sql ${row.sql_ms.toFixed(1)} ms in ${row.statements} statements` : ''}${row.bytes !== undefined ? `   ${(row.bytes / 1024).toFixed(0).padStart(4)} KB` : ''}${row.target_ms ? `   (target p95 < ${row.target_ms} ms: ${row.meets_target ? 'ok' : 'MISSED'})` : ''}`,
  );
}
export function printTable() {
  const header = [
    'engine',
    'case',
    'variant',
    'median_ms',
    'p95_ms',
    'runs',
    'cpu_ms',
    'sql_ms',
    'size',
    'target',
    'meets',
  ];
  const rows = results.map((r) => [
    r.engine,
    r.case,
    r.variant ?? '',
    r.case === 'setup' ? seconds(r.median_ms) : r.median_ms.toFixed(1),
    r.case === 'setup' ? '' : r.p95_ms.toFixed(1),
    r.case === 'setup' ? '' : String(r.runs),
    r.cpu_ms !== undefined ? r.cpu_ms.toFixed(1) : '',
    r.sql_ms !== undefined ? `${r.sql_ms.toFixed(1)} (${r.statements})` : '',
    r.bytes !== undefined ? `${(r.bytes / 1024).toFixed(0)} KB` : '',
    r.target_ms ? `p95 < ${r.target_ms}` : '',
    r.target_ms ? (r.meets_target ? 'ok' : 'MISSED') : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 3 && i <= 8 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  log('\n' + line(header));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) log(line(row));

  const [endLoad] = os.loadavg();
  notes.unshift(
    `dataset: city30 = Thành phố Bến Cát (provincial city under the demo province An Sơn) with its Thành ủy, Ban Dân vận and 30 wards (each with its Đảng ủy and Khối dân vận); ` +
      `province100 = Tỉnh Trà Vân (under the national root) with its Tỉnh ủy, Ban Dân vận and 100 communes (same). A 9-month round per area and year (${LAST_YEAR}: 15/12/${LAST_YEAR - 1}–14/09/${LAST_YEAR}, ${CURRENT_YEAR}: 15/12/${CURRENT_YEAR - 1}–14/09/${CURRENT_YEAR}), ` +
      `every ward/commune with 34 seeded hand figures, the opener with its board's own figures and a drafted narrative; ${LAST_YEAR} all approved, ${CURRENT_YEAR} every tenth ward/commune left in draft or submitted, the opener's report approved (so the Word export needs a signer).`,
    `cases: the opener's ${CURRENT_YEAR} report through the HTTP app as the admin (session cookie): view = GET /api/reports/:id, word = GET …/export.docx?signerName=…, excel = GET …/export.xlsx; ` +
      `each checked 200, right content type, non-empty (a zip for the downloads). Median/p95 over ${RUNS} runs after ${WARMUP} warm-up${WARMUP === 1 ? '' : 's'} (fewer, at least ${MIN_RUNS}, where the runs would take over ${CASE_BUDGET_MS / 1000} s). ` +
      `Variants: not_analyzed = the view before the tables are analyzed (right after the build; the cases run after ANALYZE, what autovacuum would do on PostgreSQL — PGlite has no autovacuum and the application runs no ANALYZE, so an installation on PGlite keeps whatever statistics it has), service = getReport() alone (what each of the three requests starts with), render = renderReportDocx / renderReportXlsx alone from a view in hand. ` +
      `cpu_ms = median CPU time of the benchmark's process per run (all its threads; PGlite runs inside it, PostgreSQL does not): the wall time minus waiting for a core; sql_ms (n) = of the service's time, the n statements as the client sees them.`,
    `targets (p95, PostgreSQL): view < ${TARGET_P95.view} ms, Word < ${TARGET_P95.word} ms, Excel < ${TARGET_P95.excel} ms; PGlite figures are for information.`,
    `machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores; load average (1 min) ${startLoad.toFixed(1)} before the run, ${endLoad.toFixed(1)} at its end (this benchmark included)` +
      `${startLoad > 1 ? ' — other processes were using the cores when it started, so the timings may be pessimistic' : ''}.`,
  );
  log('\nNotes');
  for (const note of notes) log(`- ${note}`);
}
