// Report benchmark: `npm run bench -- report`.
//
// Times what an official waits for when opening a consolidated report and downloading it: the
// report view (GET /api/reports/:id), the Word document (GET …/export.docx) and the Excel workbook
// (GET …/export.xlsx), through the HTTP app (buildApp + app.inject, signed in as the admin with a
// session cookie, so the session check, the route, the service and the serialisation all count).
// Two reports of this year's 9-month round, each beside last year's: a provincial city with 30
// wards (under the demo province) and a province with 100 communes (under the national root),
// built through the services on a freshly migrated database per engine (bench/report/dataset.ts),
// then analyzed. Targets at p95 on PostgreSQL: view < 30 ms, Word < 300 ms, Excel < 300 ms. Beside
// the cases, where the time goes: the view before ANALYZE, the service alone (getReport, what every
// request starts with, and its statements) and the rendering alone; CPU time per run beside the wall time.
//
// Environment: DATABASE_URL (server to create the scratch database on; default
// postgres://postgres@127.0.0.1:5432/postgres), BENCH_ENGINES (postgres,pglite), BENCH_RUNS (20),
// BENCH_WARMUP (3), BENCH_CASE_BUDGET_S (15), BENCH_KEEP_DB=1, BENCH_QUICK=1 or --quick (5 runs
// after 1 warm-up).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ReportView } from '@danvan/shared';
import type { Actor } from '../packages/server/src/auth/authorize.js';
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import { openPglite, openPostgres, type Database } from '../packages/server/src/db/client.js';
import { migrate } from '../packages/server/src/db/migrate.js';
import { DEMO_PASSWORD } from '../packages/server/src/demo/demo-data.js';
import { seedDemo } from '../packages/server/src/demo/seed.js';
import { actorFor } from '../packages/server/src/modules/auth/index.js';
import {
  exportSettingsFor,
  getReport,
  placeOf,
  renderReportDocx,
  renderReportXlsx,
} from '../packages/server/src/modules/reports/index.js';
import { cleanUpOnSignals, runCleanups, scratchPostgres, stats, type Cleanup } from './lib/scratch.js';
import { buildDataset, CURRENT_YEAR, LAST_YEAR, type AreaReports } from './report/dataset.js';
import {
  benchStarted,
  log,
  measure,
  notes,
  printTable,
  quick,
  record,
  results,
  RUNS,
  seconds,
  startLoad,
  timedDatabase,
  WARMUP,
  type EngineName,
  type Kind,
} from './report/results.js';

const env = process.env;
const engines = (env.BENCH_ENGINES ?? 'postgres,pglite').split(',').map((e) => e.trim()) as EngineName[];
const serverUrl = env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const outDir = path.join(import.meta.dirname, 'out');
const SIGNER = 'Nguyen Van A';
const cleanups: Cleanup[] = [];

async function openEngine(engine: EngineName): Promise<Database | null> {
  if (engine === 'postgres') {
    const url = await scratchPostgres({ serverUrl, name: `danvan_bench_report_${process.pid}`, log, notes, cleanups });
    if (!url) return null;
    const db = await openPostgres(url);
    cleanups.push(() => db.close());
    return db;
  }
  // On disk, as the application runs it (DANVAN_DATA/pglite).
  const dir = mkdtempSync(path.join(os.tmpdir(), 'danvan-bench-report-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const db = await openPglite(path.join(dir, 'db'));
  cleanups.push(() => db.close());
  log(`  PGlite (on disk, ${dir})`);
  return db;
}

async function benchEngine(engine: EngineName) {
  log(`\n== ${engine} ==`);
  const engineStarted = performance.now();
  const db = await openEngine(engine);
  if (!db) return;

  const t0 = performance.now();
  await migrate(db);
  await seedDemo(db, { withReports: false });
  const admin = (await actorFor(db, 'admin')) as Actor;
  log(
    `    ${'migrate + demo accounts and units'.padEnd(40)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(6)} s`,
  );
  const areas = await buildDataset(db, admin, log);
  const setupMs = performance.now() - t0;
  results.push({ engine, case: 'setup', median_ms: Math.round(setupMs), p95_ms: Math.round(setupMs), runs: 1 });

  const app = await buildApp({ db, config: loadConfig(), logger: false });
  await app.ready();
  cleanups.push(() => app.close());
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { username: 'admin', password: DEMO_PASSWORD },
  });
  const session = login.cookies.find((cookie) => cookie.name === 'danvan_sid');
  if (login.statusCode !== 200 || !session)
    throw new Error(`${engine}: login failed: ${login.statusCode} ${login.body}`);
  const cookie = `danvan_sid=${session.value}`;

  const get: Get = (url) => app.inject({ method: 'GET', url, headers: { cookie } });

  // The freshly built tables have no planner statistics until they are analyzed: PostgreSQL's
  // autovacuum does it after a while (when it is on), PGlite has no autovacuum and the application
  // never runs ANALYZE. The view first as it is then, for information; the cases after ANALYZE.
  const autovacuum =
    engine === 'pglite'
      ? 'PGlite runs no autovacuum'
      : `autovacuum ${(await db.transaction((sql) => sql.query<{ on: string }>(`SELECT current_setting('autovacuum') AS on`))).rows[0].on} on this server`;
  for (const area of areas) {
    const url = urlsOf(area.reportId[CURRENT_YEAR]).view;
    const m = await measure(() => fetchChecked(get, `${engine} ${area.spec.key}.view`, 'view', url));
    record({
      engine,
      case: `${area.spec.key}.view`,
      variant: 'not_analyzed',
      median_ms: m.median,
      p95_ms: m.p95,
      runs: m.runs,
      cpu_ms: m.cpu,
    });
  }
  const ta = performance.now();
  await db.transaction((sql) => sql.exec('ANALYZE'));
  log(`    ${'ANALYZE'.padEnd(40)} ${((performance.now() - ta) / 1000).toFixed(1).padStart(6)} s   (${autovacuum})`);

  for (const area of areas) await benchArea(engine, db, admin, area, get);

  log(`  ${engine} done in ${seconds(performance.now() - engineStarted)}`);
  await runCleanups(cleanups, (e) => {
    throw e;
  });
}

type Get = (
  url: string,
) => Promise<{ statusCode: number; rawPayload: Buffer; headers: Record<string, unknown>; body: string }>;

const urlsOf = (id: number): Record<Kind, string> => ({
  view: `/api/reports/${id}`,
  word: `/api/reports/${id}/export.docx?signerName=${encodeURIComponent(SIGNER)}`,
  excel: `/api/reports/${id}/export.xlsx`,
});
const expectedType: Record<Kind, string> = {
  view: 'application/json',
  word: 'wordprocessingml',
  excel: 'spreadsheetml',
};

/** One request, checked: 200, the right content type, a body (a zip for the downloads). */
async function fetchChecked(get: Get, what: string, kind: Kind, url: string) {
  const response = await get(url);
  if (response.statusCode !== 200)
    throw new Error(`${what}: GET ${url} answered ${response.statusCode}: ${response.body.slice(0, 500)}`);
  const type = String(response.headers['content-type'] ?? '');
  if (!type.includes(expectedType[kind])) throw new Error(`${what}: content-type ${type}`);
  const bytes = response.rawPayload.length;
  if (bytes === 0 || (kind !== 'view' && response.rawPayload.subarray(0, 2).toString('latin1') !== 'PK'))
    throw new Error(`${what}: empty or not a zip (${bytes} bytes)`);
  return response;
}

async function benchArea(engine: EngineName, db: Database, admin: Actor, area: AreaReports, get: Get) {
  const id = area.reportId[CURRENT_YEAR];
  const key = area.spec.key;
  const urls = urlsOf(id);
  const fetch = (kind: Kind) => fetchChecked(get, `${engine} ${key}.${kind}`, kind, urls[kind]);

  const first = await fetch('view');
  const view = JSON.parse(first.body) as ReportView;
  const describe = [
    `${view.unit.name} (report ${id}, ${view.status}): ${view.children.length} ${area.spec.childType}s, ${view.rows.length} indicator rows, ${view.checks.length} checks${view.checks.length ? ` (${view.checks.map((c) => `${c.code} ${c.rule} ${c.severity}`).join(', ')})` : ''}`,
    `included ${view.included.approved}/${view.included.expected} approved; like-for-like over ${view.comparison.units} of ${view.comparison.of} parts` +
      ` (${view.comparison.missing.length} missing: ${view.comparison.missing.slice(0, 3).join(', ')}${view.comparison.missing.length > 3 ? ', …' : ''})`,
  ];
  log(`  ${key}: ${describe[0]};\n    ${describe[1]}`);
  if (view.children.length !== area.spec.children.length)
    throw new Error(
      `${engine} ${key}: ${view.children.length} children in the view, expected ${area.spec.children.length}`,
    );
  if (view.comparison.units >= view.comparison.of)
    throw new Error(
      `${engine} ${key}: the comparison covers every part; expected some this year without approved figures`,
    );
  if (!view.rows.some((row) => row.comparable.lastYear.value !== null))
    throw new Error(`${engine} ${key}: no figure of last year (${LAST_YEAR}) in the view`);

  for (const kind of ['view', 'word', 'excel'] as Kind[]) {
    const bytes = (await fetch(kind)).rawPayload.length;
    const m = await measure(() => fetch(kind));
    record(
      { engine, case: `${key}.${kind}`, median_ms: m.median, p95_ms: m.p95, runs: m.runs, cpu_ms: m.cpu, bytes },
      kind,
    );
  }

  // Where the time goes: the service every request starts with (and of it, the database's
  // statements), and each rendering from a view in hand.
  const timed = timedDatabase(db);
  const perRun: { ms: number; statements: number }[] = [];
  const service = await measure(async () => {
    const before = { ...timed.spent };
    await getReport(timed.db, admin, id);
    perRun.push({ ms: timed.spent.ms - before.ms, statements: timed.spent.statements - before.statements });
  });
  const timedRuns = perRun.slice(-service.runs);
  record({
    engine,
    case: `${key}.view`,
    variant: 'service',
    median_ms: service.median,
    p95_ms: service.p95,
    runs: service.runs,
    cpu_ms: service.cpu,
    sql_ms: stats(timedRuns.map((r) => r.ms)).median,
    statements: timedRuns[0].statements,
  });
  const fullView = await getReport(db, admin, id);
  const settings = exportSettingsFor(fullView, { signerName: SIGNER });
  const word = await measure(() =>
    renderReportDocx(fullView, { place: placeOf(fullView), date: new Date(), settings }),
  );
  record({
    engine,
    case: `${key}.word`,
    variant: 'render',
    median_ms: word.median,
    p95_ms: word.p95,
    runs: word.runs,
    cpu_ms: word.cpu,
  });
  const excel = await measure(() => renderReportXlsx(fullView));
  record({
    engine,
    case: `${key}.excel`,
    variant: 'render',
    median_ms: excel.median,
    p95_ms: excel.p95,
    runs: excel.runs,
    cpu_ms: excel.cpu,
  });
}
async function main() {
  log(
    `report benchmark${quick ? ' (quick)' : ''}: engines ${engines.join(', ')}; ${RUNS} runs after ${WARMUP} warm-ups`,
  );
  try {
    for (const engine of engines) await benchEngine(engine);
  } finally {
    await runCleanups(cleanups, (e) => log(`cleanup: ${e.message}`));
  }
  printTable();
  mkdirSync(outDir, { recursive: true });
  const cpus = os.cpus();
  const out = {
    generated_at: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      load_average_1m: { start: Math.round(startLoad * 100) / 100, end: Math.round(os.loadavg()[0] * 100) / 100 },
    },
    results,
    notes,
  };
  writeFileSync(path.join(outDir, 'report.json'), `${JSON.stringify(out, null, 2)}\n`);
  log(
    `\nwrote ${path.relative(process.cwd(), path.join(outDir, 'report.json'))}; total run time ${seconds(performance.now() - benchStarted)}`,
  );
}

const stopping = cleanUpOnSignals(cleanups, log, 'dropping the scratch database and files');

try {
  await main();
} catch (error) {
  // Once a signal has closed the connections, the requests in flight fail: that is the stop, not an error.
  if (!stopping()) throw error;
}
