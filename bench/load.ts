// Load benchmark: `npm run bench -- load`.
//
// Starts the demo server (bin/danvan.js demo, a real server process) on each engine and loads it on
// loopback with 50 keep-alive connections for 10 s per case, each connection a signed-in demo user
// (six demo accounts in turn):
//   health  GET /api/health, no session: the ceiling (one `SELECT 1` per request);
//   units   GET /api/units (the units tree in the user's scope);
//   search  GET /api/documents?q=… (twelve searches as officials type them);
//   report  GET /api/reports/:id of the city's consolidated report of the current 9-month round;
//   mixed   50 users each in turn: the units tree, a search, their own report (the city's for the
//           city's and the province's officials), then saving their draft (the ward specialists) or the
//           round's progress (the others).
// During each case one more user (the probe, signed in as `tinh.lanhdao`, an account the load does not use) asks
// GET /api/auth/me every 100 ms: its times tell how long one user is held up by the others'
// requests. Targets: mixed p99 < 200 ms on PostgreSQL and < 500 ms on PGlite; probe max < 200 ms.
// Output: a table on stdout and bench/out/load.json.
// Environment: DATABASE_URL (server for the scratch database), BENCH_ENGINES (pglite,postgres),
// BENCH_LOAD_CONNECTIONS (50), BENCH_LOAD_SECONDS (10), BENCH_LOAD_CASES (all), BENCH_LOAD_COST_REPEATS (10),
// BENCH_LOAD_URL and BENCH_LOAD_PID (a server already running), BENCH_LOAD_PORT (the started server's port, else any
// free one), BENCH_KEEP_DB=1.
// Before the load, each kind of request alone (load/cost.ts): its time, the server's CPU time and database work.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { outDir as serverLogDir } from '../e2e/driver.js';
import { freePort, startServer, stopServer, type Server } from '../e2e/server.js';
import { measureCosts, type Cost } from './load/cost.js';
import { percentile, runLoad, runProbe, type LoadRun } from './load/http.js';
import { accounts, cases, prepare, probeAccount } from './load/workload.js';
import { cleanUpOnSignals, runCleanups, scratchPostgres, type Cleanup } from './lib/scratch.js';
import { machine, writeBenchOutput } from './lib/output.js';

type EngineName = 'pglite' | 'postgres';
interface Result {
  engine: EngineName;
  case: string;
  rps: number;
  median_ms: number;
  p99_ms: number;
  max_ms: number;
  requests: number;
  errors: number;
  /** The probe user's requests during the case: how long one user waited behind the others. */
  probe_median_ms: number;
  probe_p99_ms: number;
  probe_max_ms: number;
  /** Mixed only: the same figures per kind of request. */
  kinds?: Record<string, { requests: number; median_ms: number; p99_ms: number; max_ms: number }>;
  target_p99_ms?: number;
  meets_target?: boolean;
}

const env = process.env;
const engines = (env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((e) => e.trim()) as EngineName[];
const serverUrl = env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const connections = Number(env.BENCH_LOAD_CONNECTIONS ?? 50);
const durationMs = Number(env.BENCH_LOAD_SECONDS ?? 10) * 1000;
const caseNames = (env.BENCH_LOAD_CASES ?? 'health,units,search,report,mixed').split(',').map((c) => c.trim());
const probeIntervalMs = 100;
const costRepeats = Number(env.BENCH_LOAD_COST_REPEATS ?? 10);
const startTimeoutMs = 600_000;
const probeTargetMs = 200;
const mixedTarget: Record<EngineName, number> = { postgres: 200, pglite: 500 };
const roundTitle = `Báo cáo kết quả công tác dân vận 9 tháng đầu năm ${new Date().getFullYear()}`;
const cleanups: Cleanup[] = [];
const results: Result[] = [];
const costs: (Cost & { engine: EngineName })[] = [];
const notes: string[] = [];
const log = (line: string) => console.log(line);
const round1 = (ms: number) => Math.round(ms * 10) / 10;

function summarise(run: LoadRun) {
  const times = run.samples.map((s) => s.ms);
  return {
    rps: Math.round((run.samples.length / run.elapsedMs) * 1000 * 10) / 10,
    median_ms: round1(percentile(times, 50)),
    p99_ms: round1(percentile(times, 99)),
    max_ms: round1(Math.max(...times)),
    requests: run.samples.length,
    errors: run.samples.filter((s) => !s.ok).length,
  };
}

function byKind(run: LoadRun): Result['kinds'] {
  const kinds: NonNullable<Result['kinds']> = {};
  for (const kind of new Set(run.samples.map((s) => s.kind))) {
    const times = run.samples.filter((s) => s.kind === kind).map((s) => s.ms);
    kinds[kind] = {
      requests: times.length,
      median_ms: round1(percentile(times, 50)),
      p99_ms: round1(percentile(times, 99)),
      max_ms: round1(Math.max(...times)),
    };
  }
  return kinds;
}

/** Until the server answers /api/health: the demo's seeding takes minutes on a busy machine. */
async function waitForHealth(baseUrl: string, server: Server): Promise<void> {
  const deadline = Date.now() + startTimeoutMs;
  let exited = false;
  void server.exited.then(() => {
    exited = true;
  });
  while (Date.now() < deadline && !exited) {
    const answered = await fetch(`${baseUrl}/api/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`the demo server ${exited ? 'exited' : 'did not answer'} (log: ${server.logFile})`);
}

/** The demo server on `engine` in a fresh data folder (and scratch database); its address and process, or null if skipped. */
async function startEngine(engine: EngineName): Promise<{ baseUrl: string; pid?: number } | null> {
  let databaseUrl: string | undefined;
  if (engine === 'postgres') {
    const url = await scratchPostgres({ serverUrl, name: `danvan_bench_load_${process.pid}`, log, notes, cleanups });
    if (!url) return null;
    databaseUrl = url;
  }
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `danvan-bench-load-${engine}-`));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const port = env.BENCH_LOAD_PORT ? Number(env.BENCH_LOAD_PORT) : await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const started = performance.now();
  mkdirSync(serverLogDir, { recursive: true });
  // The server says what each answer cost the database (Server-Timing), for the costs measured alone.
  process.env.DANVAN_SERVER_TIMING = '1';
  const server = startServer({ engine, port, dataDir, databaseUrl });
  cleanups.push(() => stopServer(server));
  await waitForHealth(baseUrl, server);
  log(`  demo server up in ${((performance.now() - started) / 1000).toFixed(0)} s (log: ${server.logFile})`);
  return { baseUrl, pid: server.child.pid };
}

async function runEngine(engine: EngineName): Promise<void> {
  log(`\n## ${engine}`);
  const server = env.BENCH_LOAD_URL
    ? { baseUrl: env.BENCH_LOAD_URL, pid: env.BENCH_LOAD_PID ? Number(env.BENCH_LOAD_PID) : undefined }
    : await startEngine(engine);
  if (!server) return;
  const { baseUrl } = server;
  const workload = await prepare(baseUrl, roundTitle);
  const next = cases(workload);
  const probe = workload.sessions.get(probeAccount);
  if (!probe) throw new Error(`no session for the probe account ${probeAccount}`);
  const probeRequest = { method: 'GET' as const, path: '/api/auth/me', cookie: probe.cookie };
  // Warm-up: every case's requests once per connection slot's account (caches, plans, JIT of the server).
  for (const name of caseNames) await runLoad(baseUrl, accounts.length, 300, next[name]);
  // Each kind of the mixed workload's requests alone, as every account makes it.
  const alone = await measureCosts(baseUrl, next.mixed, {
    connections: accounts.length,
    steps: 4,
    repeats: costRepeats,
    serverPid: server.pid,
  });
  for (const cost of alone) {
    costs.push({ engine, ...cost });
    log(
      `  alone: ${cost.kind.padEnd(8)} median ${cost.median_ms} ms, server CPU ${cost.cpu_ms ?? '?'} ms, ` +
        `database ${cost.db_ms ?? '?'} ms in ${cost.transactions ?? '?'} transactions, ${cost.statements ?? '?'} statements`,
    );
  }
  const idle = await runProbe(baseUrl, probeRequest, 50, new Promise((resolve) => setTimeout(resolve, 2000)));
  log(`  probe alone: median ${percentile(idle, 50).toFixed(1)} ms, max ${Math.max(...idle).toFixed(1)} ms`);
  notes.push(
    `${engine}: the probe alone (GET /api/auth/me, no load) answered in ${percentile(idle, 50).toFixed(1)} ms (median)`,
  );

  for (const name of caseNames) {
    const load = runLoad(baseUrl, connections, durationMs, next[name]);
    const probeTimes = await runProbe(baseUrl, probeRequest, probeIntervalMs, load);
    const run = await load;
    const result: Result = {
      engine,
      case: name,
      ...summarise(run),
      probe_median_ms: round1(percentile(probeTimes, 50)),
      probe_p99_ms: round1(percentile(probeTimes, 99)),
      probe_max_ms: round1(Math.max(...probeTimes)),
    };
    if (name === 'mixed') {
      result.kinds = byKind(run);
      result.target_p99_ms = mixedTarget[engine];
      result.meets_target = result.p99_ms < mixedTarget[engine] && result.probe_max_ms < probeTargetMs;
    }
    for (const [what, count] of run.unexpected) notes.push(`${engine} ${name}: ${count} × ${what}`);
    results.push(result);
    log(
      `  ${name.padEnd(7)} ${String(result.rps).padStart(7)} req/s  median ${result.median_ms} ms  p99 ${result.p99_ms} ms  ` +
        `probe p99 ${result.probe_p99_ms} ms max ${result.probe_max_ms} ms${result.errors ? `  ${result.errors} errors` : ''}`,
    );
  }
}

function table(): string {
  const header = [
    'engine',
    'case',
    'req/s',
    'median ms',
    'p99 ms',
    'max ms',
    'errors',
    'probe p99',
    'probe max',
    'target',
  ];
  const rows = results.flatMap((r) => {
    const target = r.target_p99_ms
      ? `p99 < ${r.target_p99_ms}, probe < ${probeTargetMs}: ${r.meets_target ? 'yes' : 'NO'}`
      : '';
    const main = [
      r.engine,
      r.case,
      r.rps,
      r.median_ms,
      r.p99_ms,
      r.max_ms,
      r.errors,
      r.probe_p99_ms,
      r.probe_max_ms,
      target,
    ];
    const kinds = Object.entries(r.kinds ?? {}).map(([kind, k]) => [
      '',
      `  ${kind}`,
      '',
      k.median_ms,
      k.p99_ms,
      k.max_ms,
      '',
      '',
      '',
      `${k.requests} requests`,
    ]);
    return [main, ...kinds];
  });
  return [header, header.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

async function main() {
  const stopping = cleanUpOnSignals(cleanups, log, 'stopping the servers');
  log(`load: ${connections} connections × ${durationMs / 1000} s per case; cases ${caseNames.join(', ')}`);
  for (const engine of engines) {
    if (stopping()) return;
    await runEngine(engine);
    await runCleanups(cleanups, (e) => log(`  cleanup: ${e.message}`));
  }
  log(`\n${table()}`);
  for (const note of notes) log(`- ${note}`);
  const written = writeBenchOutput('load', {
    machine: machine(),
    connections,
    duration_s: durationMs / 1000,
    probe: {
      request: 'GET /api/auth/me',
      account: probeAccount,
      interval_ms: probeIntervalMs,
      target_max_ms: probeTargetMs,
    },
    results,
    costs,
    notes,
  });
  log(`\nwrote ${written}`);
}

main().catch(async (error: Error) => {
  console.error(error);
  await runCleanups(cleanups);
  process.exit(1);
});
