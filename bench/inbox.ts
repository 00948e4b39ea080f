// Inbox benchmark: `npm run bench -- inbox`.
//
// Times GET /api/inbox ("Việc cần làm", the home screen after sign-in and the menu's badges) through the
// HTTP app (buildApp + app.inject with a session cookie, so the session check, the route, every provider's
// queries under RLS and the serialisation count) for the leader of a province with 100 communes below, and
// for a commune's specialist and the city leader beside it. The dataset is the report benchmark's
// (bench/report/dataset.ts: a city of 30 wards under the demo province and a province of 100 communes,
// both years' 9-month rounds, this year's left with some communes submitted and some in draft), plus, so
// every provider has work to find: three years of democracy assessments of every commune (this year's
// submitted for a third of them) and a movement with five models per commune (one in eight registered and
// not evaluated). Target: p95 < 50 ms on PostgreSQL for the province's leader.
//
// Environment: DATABASE_URL (server for the scratch database; default postgres://postgres@127.0.0.1:5432/postgres),
// BENCH_ENGINES (postgres; add pglite for information), BENCH_RUNS (20), BENCH_WARMUP (3), BENCH_QUICK=1 or --quick.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Inbox } from '@danvan/shared';
import type { Actor } from '../packages/server/src/auth/authorize.js';
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import { openPglite, openPostgres, type Database } from '../packages/server/src/db/client.js';
import { migrate } from '../packages/server/src/db/migrate.js';
import { seedDemo } from '../packages/server/src/demo/seed.js';
import { actorFor } from '../packages/server/src/modules/auth/index.js';
import { createUser } from '../packages/server/src/modules/users/index.js';
import { cleanUpOnSignals, runCleanups, scratchPostgres, type Cleanup } from './lib/scratch.js';
import { machine, writeBenchOutput } from './lib/output.js';
import { buildDataset, CURRENT_YEAR } from './report/dataset.js';
import { measure, quick, RUNS, WARMUP } from './report/results.js';

type EngineName = 'postgres' | 'pglite';
interface Result {
  engine: EngineName;
  /** `province100`, `commune`, `city30`; `setup` is the dataset build, once. */
  case: string;
  median_ms: number;
  p95_ms: number;
  runs: number;
  cpu_ms?: number;
  /** What the inbox held: group key → count. */
  groups?: Record<string, number>;
  bytes?: number;
  target_ms?: number;
  meets_target?: boolean;
}

const TARGET_P95_MS = 50;
const env = process.env;
const engines = (env.BENCH_ENGINES ?? 'postgres').split(',').map((e) => e.trim()) as EngineName[];
const serverUrl = env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const PASSWORD = 'bench-inbox-password';
const cleanups: Cleanup[] = [];
const results: Result[] = [];
const notes: string[] = [];
const log = (line: string) => console.log(line);

async function openEngine(engine: EngineName): Promise<Database | null> {
  if (engine === 'postgres') {
    const url = await scratchPostgres({ serverUrl, name: `danvan_bench_inbox_${process.pid}`, log, notes, cleanups });
    if (!url) return null;
    const db = await openPostgres(url);
    cleanups.push(() => db.close());
    return db;
  }
  const dir = mkdtempSync(path.join(os.tmpdir(), 'danvan-bench-inbox-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const db = await openPglite(path.join(dir, 'db'));
  cleanups.push(() => db.close());
  return db;
}

/** Every commune's or ward's democracy assessments of three years and five models each, written as the owner (set-based). */
async function addRecords(db: Database, provinceCode: string) {
  await db.transaction(async (sql) => {
    const communes = `SELECT u.id, row_number() OVER (ORDER BY u.path) AS n FROM units u
                        JOIN units p ON p.id = u.parent_id WHERE p.code = '${provinceCode}' AND u.type IN ('commune', 'ward')`;
    await sql.exec(
      `INSERT INTO democracy_assessments (unit_id, year, status, rating, submitted_at, rated_at)
       SELECT c.id, y, CASE WHEN y < ${CURRENT_YEAR} THEN 'rated' WHEN c.n % 3 = 0 THEN 'submitted' ELSE 'draft' END,
              CASE WHEN y < ${CURRENT_YEAR} THEN 'good' END,
              CASE WHEN y < ${CURRENT_YEAR} OR c.n % 3 = 0 THEN make_date(y, 11, 1) + (c.n::int % 28) END,
              CASE WHEN y < ${CURRENT_YEAR} THEN make_date(y, 12, 15) END
         FROM (${communes}) c CROSS JOIN generate_series(${CURRENT_YEAR - 2}, ${CURRENT_YEAR}) y`,
    );
    await sql.exec(
      `INSERT INTO movements (owner_unit_id, name, start_on, kind)
       SELECT id, 'Phong trào thi đua "Dân vận khéo" giai đoạn 2026–2030', '2026-01-01', (SELECT code FROM movement_kinds ORDER BY code LIMIT 1)
         FROM units WHERE code = '${provinceCode}'`,
    );
    await sql.exec(
      `INSERT INTO models (movement_id, unit_id, name, field, registered_on, status)
       SELECT (SELECT max(id) FROM movements), c.id, 'Mô hình ' || c.n || '.' || k, 'economy',
              make_date(${CURRENT_YEAR}, 1 + (k * 2 + c.n::int) % 11, 1 + c.n::int % 27),
              CASE WHEN (c.n * 5 + k) % 8 = 0 THEN 'registered' ELSE 'evaluated' END
         FROM (${communes}) c CROSS JOIN generate_series(1, 5) k`,
    );
  });
}

async function benchEngine(engine: EngineName) {
  log(`\n== ${engine} ==`);
  const db = await openEngine(engine);
  if (!db) return;
  const t0 = performance.now();
  await migrate(db);
  await seedDemo(db, { withReports: false });
  const admin = (await actorFor(db, 'admin')) as Actor;
  const areas = await buildDataset(db, admin, log);
  const province = areas.find((area) => area.spec.key === 'province100');
  const city = areas.find((area) => area.spec.key === 'city30');
  if (!province || !city) throw new Error('the dataset has no province100 or city30');
  await addRecords(db, province.spec.code);
  await addRecords(db, city.spec.code);
  const unitIdOf = async (code: string) =>
    (await db.transaction((sql) => sql.query<{ id: number }>(`SELECT id FROM units WHERE code = $1`, [code]))).rows[0]
      .id;
  const accounts = {
    province100: { username: 'bench.tinh', role: 'leader', unit: `${province.spec.code}-BDV` },
    city30: { username: 'bench.thanhpho', role: 'leader', unit: `${city.spec.code}-BDV` },
    // A commune this year's round left in draft: it has its report to write.
    commune: { username: 'bench.xa', role: 'specialist', unit: `${province.spec.children[9].code}-KDV` },
  } as const;
  for (const account of Object.values(accounts)) {
    await createUser(
      db,
      admin,
      {
        username: account.username,
        fullName: account.username,
        password: PASSWORD,
        role: account.role,
        unitId: await unitIdOf(account.unit),
      },
      '127.0.0.1',
    );
  }
  await db.transaction((sql) => sql.exec('ANALYZE'));
  const setupMs = performance.now() - t0;
  results.push({ engine, case: 'setup', median_ms: Math.round(setupMs), p95_ms: Math.round(setupMs), runs: 1 });
  log(`    ${'setup (dataset, records, ANALYZE)'.padEnd(40)} ${(setupMs / 1000).toFixed(1).padStart(6)} s`);

  const app = await buildApp({ db, config: loadConfig(), logger: false });
  await app.ready();
  cleanups.push(() => app.close());
  for (const [key, account] of Object.entries(accounts)) {
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: account.username, password: PASSWORD },
    });
    const session = login.cookies.find((cookie) => cookie.name === 'danvan_sid');
    if (login.statusCode !== 200 || !session) throw new Error(`${engine}: login ${account.username} failed`);
    const get = async () => {
      const response = await app.inject({
        method: 'GET',
        url: '/api/inbox',
        headers: { cookie: `danvan_sid=${session.value}` },
      });
      if (response.statusCode !== 200) throw new Error(`${engine} ${key}: ${response.statusCode} ${response.body}`);
      return response;
    };
    const first = await get();
    const inbox = first.json() as Inbox;
    const groups = Object.fromEntries(inbox.groups.map((group) => [group.key, group.count]));
    if (key === 'province100' && !groups.assessmentsToRate)
      throw new Error(`${engine}: the province has nothing to rate`);
    const m = await measure(get);
    const target = engine === 'postgres' && key === 'province100' ? TARGET_P95_MS : undefined;
    const row: Result = {
      engine,
      case: key,
      median_ms: Math.round(m.median * 100) / 100,
      p95_ms: Math.round(m.p95 * 100) / 100,
      runs: m.runs,
      cpu_ms: Math.round(m.cpu * 10) / 10,
      groups,
      bytes: first.rawPayload.length,
      ...(target ? { target_ms: target, meets_target: m.p95 < target } : {}),
    };
    results.push(row);
    log(
      `    ${key.padEnd(12)} median ${row.median_ms.toFixed(1).padStart(6)} ms   p95 ${row.p95_ms.toFixed(1).padStart(6)} ms   ${row.runs} runs` +
        `   ${JSON.stringify(groups)}${target ? `   (target p95 < ${target} ms: ${row.meets_target ? 'ok' : 'MISSED'})` : ''}`,
    );
  }
  await runCleanups(cleanups.splice(0), (e) => {
    throw e;
  });
}

async function main() {
  log(
    `inbox benchmark${quick ? ' (quick)' : ''}: engines ${engines.join(', ')}; ${RUNS} runs after ${WARMUP} warm-ups`,
  );
  try {
    for (const engine of engines) await benchEngine(engine);
  } finally {
    await runCleanups(cleanups, (e) => log(`cleanup: ${e.message}`));
  }
  log(`\nwrote ${writeBenchOutput('inbox', { machine: machine(), results, notes })}`);
}

const stopping = cleanUpOnSignals(cleanups, log, 'dropping the scratch database and files');
try {
  await main();
} catch (error) {
  if (!stopping()) throw error;
}
