// Session lookup benchmark: `npm run bench -- sessions`.
//
// What every signed-in request pays before its route runs: the session cookie resolved to the account, its
// unit, scope and status (modules/auth: one statement joining the session with the account, so a disabled
// account, a closed or moved unit or a new role count from the next request, on any number of processes).
// Timed through the HTTP app (buildApp + app.inject): `anonymous` (GET /api/auth/me without a cookie: the same
// hooks and an error answer, no database), `me` (the same with a session cookie: the lookup plus a tiny route) and
// `lookup` (the difference, what the session costs). The demo data on a freshly migrated database per engine (PGlite on disk in a temporary folder).
//
// Environment: DATABASE_URL (server for the scratch database; default postgres://postgres@127.0.0.1:5432/postgres),
// BENCH_ENGINES (postgres,pglite), BENCH_RUNS (2000), BENCH_QUICK=1 or --quick (300 runs).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import { openPglite, openPostgres, type Database } from '../packages/server/src/db/client.js';
import { migrate } from '../packages/server/src/db/migrate.js';
import { seedDemo } from '../packages/server/src/demo/seed.js';
import { DEMO_PASSWORD } from '../packages/server/src/demo/demo-data.js';
import { cleanUpOnSignals, runCleanups, scratchPostgres, stats, type Cleanup } from './lib/scratch.js';
import { writeBenchOutput } from './lib/output.js';

type EngineName = 'postgres' | 'pglite';
interface Result {
  engine: EngineName;
  case: 'anonymous' | 'me' | 'lookup';
  median_ms: number;
  p95_ms: number;
  runs: number;
}

const env = process.env;
const quick = process.argv.includes('--quick') || env.BENCH_QUICK === '1';
const RUNS = Number(env.BENCH_RUNS ?? (quick ? 300 : 2000));
const engines = (env.BENCH_ENGINES ?? 'postgres,pglite').split(',').map((e) => e.trim()) as EngineName[];
const serverUrl = env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const cleanups: Cleanup[] = [];
const results: Result[] = [];
const notes: string[] = [];
const log = (line: string) => console.log(line);
const stopping = cleanUpOnSignals(cleanups, log, 'dropping the scratch database');

async function openEngine(engine: EngineName): Promise<Database | null> {
  if (engine === 'postgres') {
    const url = await scratchPostgres({
      serverUrl,
      name: `danvan_bench_sessions_${process.pid}`,
      log,
      notes,
      cleanups,
    });
    if (!url) return null;
    const db = await openPostgres(url);
    cleanups.push(() => db.close());
    return db;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'danvan-bench-sessions-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const db = await openPglite(path.join(dir, 'db'));
  cleanups.push(() => db.close());
  return db;
}

async function time(run: () => Promise<void>): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < Math.min(50, RUNS); i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS && !stopping(); i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return stats(samples);
}

async function benchEngine(engine: EngineName): Promise<void> {
  log(`\n## ${engine}`);
  const db = await openEngine(engine);
  if (!db) return;
  await migrate(db);
  await seedDemo(db, { withReports: false });
  const app = await buildApp({ db, config: loadConfig() });
  cleanups.push(() => app.close());
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'phuong1.dv', password: DEMO_PASSWORD },
  });
  const cookie = login.cookies.find((c) => c.name === 'danvan_sid');
  if (login.statusCode !== 200 || !cookie) throw new Error(`login failed: ${login.statusCode} ${login.body}`);
  const request = (headers: Record<string, string>, expected: number) => async () => {
    const response = await app.inject({ method: 'GET', url: '/api/auth/me', headers });
    if (response.statusCode !== expected) throw new Error(`/api/auth/me: ${response.statusCode} ${response.body}`);
  };
  const anonymous = await time(request({}, 401));
  const me = await time(request({ cookie: `danvan_sid=${cookie.value}` }, 200));
  const round = (ms: number) => Math.round(ms * 1000) / 1000;
  results.push(
    { engine, case: 'anonymous', median_ms: round(anonymous.median), p95_ms: round(anonymous.p95), runs: RUNS },
    { engine, case: 'me', median_ms: round(me.median), p95_ms: round(me.p95), runs: RUNS },
    {
      engine,
      case: 'lookup',
      median_ms: round(me.median - anonymous.median),
      p95_ms: round(me.p95 - anonymous.p95),
      runs: RUNS,
    },
  );
  await runCleanups(cleanups);
}

try {
  for (const engine of engines) await benchEngine(engine);
} finally {
  await runCleanups(cleanups, (error) => log(`cleanup failed: ${error.message}`));
}
console.log('\nengine    case     median_ms  p95_ms  runs');
for (const r of results) {
  console.log(
    `${r.engine.padEnd(9)} ${r.case.padEnd(8)} ${String(r.median_ms).padStart(9)} ${String(r.p95_ms).padStart(7)}  ${r.runs}`,
  );
}
for (const note of notes) console.log(`note: ${note}`);
writeBenchOutput('sessions', { load_average_1m: os.loadavg()[0], results, notes });
