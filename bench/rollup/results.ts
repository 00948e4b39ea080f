// The figures of a rollup benchmark run: how a case is timed, each result with its target, and the notes.
import os from 'node:os';
import { stats } from '../lib/scratch.js';
import type { StructureKey } from './units.js';

export type EngineName = 'pglite' | 'postgres' | 'duckdb';
export type CaseName = 'national' | 'province' | 'commune' | 'load' | 'approve';

export interface Result {
  engine: EngineName;
  case: CaseName;
  structure?: StructureKey;
  /** Absent for the headline figure; 'no_rls' = same read as the owner role, 'apply_rollup_only' = just the SQL function. */
  variant?: string;
  median_ms: number;
  p95_ms: number;
  runs: number;
  target_ms?: number;
  meets_target?: boolean;
  ratio_to_duckdb?: number;
  /** Execution time of the read statement inside the server (one EXPLAIN ANALYZE run), for the SQL engines' read cases. */
  server_ms?: number;
  /** Of server_ms, the time PostgreSQL spent JIT-compiling the statement (absent: no JIT). */
  jit_ms?: number;
}

export const benchStarted = performance.now();
export const [startLoad] = os.loadavg();
const env = process.env;
export const RUNS = Number(env.BENCH_RUNS ?? 20);
export const WARMUP = Number(env.BENCH_WARMUP ?? 3);
export const MIN_RUNS = Math.min(RUNS, 5);
export const CASE_BUDGET_MS = Number(env.BENCH_CASE_BUDGET_S ?? 15) * 1000;

export const targets: Partial<Record<EngineName, Partial<Record<CaseName, number>>>> = {
  postgres: { national: 150, province: 30, commune: 10, approve: 50 },
  pglite: { province: 100, commune: 100, approve: 50 },
};

export const results: Result[] = [];
export const notes: string[] = [];
export const digests = new Map<string, string>();
export const log = (line: string) => console.log(line);

/**
 * Median and p95 over RUNS runs after WARMUP warm-ups; a case slower than the per-case budget
 * allows gets fewer runs (at least MIN_RUNS), so that the slowest views don't eat the run time.
 */
export async function measure(
  fn: (i: number) => Promise<unknown>,
): Promise<{ median: number; p95: number; runs: number; used: number }> {
  const w0 = performance.now();
  let warmups = 0;
  while (warmups < WARMUP && (warmups === 0 || performance.now() - w0 < CASE_BUDGET_MS / 4)) await fn(warmups++);
  const perRun = (performance.now() - w0) / Math.max(1, warmups);
  const runs = Math.min(RUNS, Math.max(MIN_RUNS, Math.floor(CASE_BUDGET_MS / perRun)));
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn(warmups + i);
    samples.push(performance.now() - t0);
  }
  return { ...stats(samples), runs, used: warmups + runs };
}

export function record(result: Omit<Result, 'runs' | 'target_ms' | 'meets_target'> & { runs?: number }) {
  const target = result.variant ? undefined : targets[result.engine]?.[result.case];
  const row: Result = {
    ...result,
    median_ms: Math.round(result.median_ms * 100) / 100,
    ...(result.server_ms !== undefined ? { server_ms: Math.round(result.server_ms * 100) / 100 } : {}),
    ...(result.jit_ms !== undefined ? { jit_ms: Math.round(result.jit_ms * 100) / 100 } : {}),
    p95_ms: Math.round(result.p95_ms * 100) / 100,
    runs: result.runs ?? RUNS,
    ...(target ? { target_ms: target, meets_target: result.median_ms < target } : {}),
  };
  results.push(row);
  const what = [row.structure, row.case, row.variant].filter(Boolean).join(' ');
  log(
    `    ${what.padEnd(44)} median ${row.median_ms.toFixed(1).padStart(8)} ms   p95 ${row.p95_ms.toFixed(1).padStart(8)} ms   ${String(row.runs).padStart(2)} runs` +
      `${row.server_ms !== undefined ? `   (in server ${row.server_ms.toFixed(1)} ms${row.jit_ms !== undefined ? `, JIT ${row.jit_ms.toFixed(0)}` : ''})` : ''}${target ? `   (target < ${target} ms)` : ''}`,
  );
}

/** The generated value of one entered indicator, as the SQL generator computes it (for report forms and spot checks). */
