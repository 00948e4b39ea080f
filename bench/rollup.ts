// Rollup benchmark: `npm run bench -- rollup`.
//
// Loads the national dataset (the real unit lists of both administrative structures, 150 entered
// indicators × 12 months × 2 years per commune) into PostgreSQL and PGlite with rollup_periods
// filled as approvals would have, then times the read path of a 9-month rollup with last-year
// comparison (national by province, one province by commune, one commune), an approval through
// the real service, and the same national rollup in DuckDB over the raw monthly values.
//
// Environment: DATABASE_URL (server to create the scratch database on; default
// postgres://postgres@127.0.0.1:5432/postgres), BENCH_ENGINES (postgres,pglite,duckdb),
// BENCH_RUNS (20), BENCH_WARMUP (3), BENCH_PGLITE_STRUCTURES (two_tier; add three_tier for
// the whole national set, ~4× the load time), BENCH_QUICK=1 or --quick (a few provinces only).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Indicator } from '@danvan/shared';
import type { Actor } from '../packages/server/src/auth/authorize.js';
import { openPglite, openPostgres, type Database, type Sql } from '../packages/server/src/db/client.js';
import { migrate } from '../packages/server/src/db/migrate.js';
import { inScope, ROOT_PATH } from '../packages/server/src/db/scope.js';
import { applyRollup, getReport, totalsSql, transitionReport } from '../packages/server/src/modules/reports/index.js';
import { findIndicatorsOfYear } from '../packages/server/src/modules/indicators/index.js';
import {
  benchCatalogue,
  CURRENT_YEAR,
  ENTERED_INDICATORS,
  hashJs,
  MONTHS,
  THROUGH_MONTH,
  YEARS,
  type BenchCatalogue,
  type Generator,
} from './rollup/dataset.js';
import { loadDuckModule, openDuckBench } from './rollup/duck.js';
import { loadDataset, readCatalogue, verifyTotals, type Session } from './rollup/load.js';
import { buildFigures, digest, readYearToDate, type UnitFigures } from './rollup/readpath.js';
import { cleanUpOnSignals, runCleanups, scratchPostgres, stats, type Cleanup } from './lib/scratch.js';
import { loadUnitSet, structureKeys, type Structure, type StructureKey, type UnitSet } from './rollup/units.js';

type EngineName = 'pglite' | 'postgres' | 'duckdb';
type CaseName = 'national' | 'province' | 'commune' | 'load' | 'approve';

interface Result {
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

const benchStarted = performance.now();
const [startLoad] = os.loadavg();
const env = process.env;
const quick = process.argv.includes('--quick') || env.BENCH_QUICK === '1';
const RUNS = Number(env.BENCH_RUNS ?? 20);
const WARMUP = Number(env.BENCH_WARMUP ?? 3);
const MIN_RUNS = Math.min(RUNS, 5);
const CASE_BUDGET_MS = Number(env.BENCH_CASE_BUDGET_S ?? 15) * 1000;
const engines = (env.BENCH_ENGINES ?? 'postgres,pglite,duckdb').split(',').map((e) => e.trim()) as EngineName[];
const pgliteStructures = (env.BENCH_PGLITE_STRUCTURES ?? 'two_tier').split(',').map((s) => s.trim()) as StructureKey[];
const serverUrl = env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const outDir = path.join(import.meta.dirname, 'out');
const YEARS_COMPARED = [CURRENT_YEAR, CURRENT_YEAR - 1];

const targets: Partial<Record<EngineName, Partial<Record<CaseName, number>>>> = {
  postgres: { national: 150, province: 30, commune: 10, approve: 50 },
  pglite: { province: 100, commune: 100, approve: 50 },
};

const results: Result[] = [];
const notes: string[] = [];
const digests = new Map<string, string>();
const cleanups: Cleanup[] = [];
const log = (line: string) => console.log(line);

/**
 * Median and p95 over RUNS runs after WARMUP warm-ups; a case slower than the per-case budget
 * allows gets fewer runs (at least MIN_RUNS), so that the slowest views don't eat the run time.
 */
async function measure(
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

function record(result: Omit<Result, 'runs' | 'target_ms' | 'meets_target'> & { runs?: number }) {
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
function generatedValue(
  g: Generator,
  communeId: number,
  year: number,
  month: number,
): { value: number; denominator: number | null; weight: number | null } {
  const h = hashJs(communeId, g.idx, year, month);
  const lo = BigInt(g.lo);
  const span = BigInt(g.span);
  if (g.aggregation === 'coverage') {
    const denominator = lo + (h % span);
    return { value: Number((h / 7n) % (denominator + 1n)), denominator: Number(denominator), weight: null };
  }
  const weight = g.weight
    ? Number(BigInt(g.weight.lo) + (hashJs(communeId, g.weight.idx, year, month) % BigInt(g.weight.span)))
    : null;
  return { value: Number(lo + (h % span)), denominator: null, weight };
}

interface Cases {
  structure: Structure;
  provinceId: number;
  provincePath: string;
  communeIds: number[];
}

function pickCases(set: UnitSet, structure: Structure): Cases {
  // The province with the most communes: the heaviest "province by commune" view.
  const provinceId = [...structure.provinceIds].sort(
    (a, b) => (set.communesOf.get(b)?.length ?? 0) - (set.communesOf.get(a)?.length ?? 0),
  )[0];
  const province = set.units.find((u) => u.id === provinceId);
  return {
    structure,
    provinceId,
    provincePath: province?.path as string,
    communeIds: set.communesOf.get(provinceId) ?? [],
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * The 9-month rollup with last-year comparison, in one transaction: as the application role under
 * RLS (scope vn) or as the owner, through the production findTotals on the maintained year-to-date
 * rows. 'one_period' reads month 9's own rows instead (what the report view of a monthly round reads).
 */
async function readRollup(
  db: Database,
  options: { rls: boolean; mode?: 'year_to_date' | 'one_period' },
  unitIds: number[],
  indicators: Indicator[],
) {
  const work = async (sql: Sql): Promise<UnitFigures[]> => {
    const totals = await readYearToDate(
      sql,
      unitIds,
      YEARS_COMPARED,
      THROUGH_MONTH,
      options.mode === 'one_period' ? 'period' : 'year_to_date',
    );
    return buildFigures(indicators, totals, unitIds, CURRENT_YEAR);
  };
  return options.rls ? inScope(db, ROOT_PATH, work) : db.transaction(work);
}

/**
 * Where the time goes: the read statement's execution inside the server (one EXPLAIN ANALYZE, same
 * parameters, same role and scope), and how much of it PostgreSQL spent compiling it (JIT).
 */
async function explainRead(
  db: Database,
  rls: boolean,
  unitIds: number[],
): Promise<{ server_ms: number; jit_ms?: number }> {
  type Plan = { 'Execution Time': number; JIT?: { Timing?: { Total?: number } } };
  const work = (sql: Sql) =>
    sql.query<{ 'QUERY PLAN': Plan[] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${totalsSql}`, [
      unitIds,
      'monthly',
      YEARS_COMPARED,
      'year_to_date',
      THROUGH_MONTH,
    ]);
  const { rows } = await (rls ? inScope(db, ROOT_PATH, work) : db.transaction(work));
  const plan = rows[0]['QUERY PLAN'][0];
  const jit = plan.JIT?.Timing?.Total;
  return { server_ms: plan['Execution Time'], ...(jit !== undefined ? { jit_ms: jit } : {}) };
}

/**
 * A province leader and `count` submitted commune reports of a monthly round of CURRENT_YEAR
 * (month `month`), filled with the generated values. Approving month 12 touches one period and one
 * year-to-date row per ancestor; month 1 touches one period and twelve year-to-date rows.
 */
async function setupApprovals(
  main: Session,
  cases: Cases,
  indicators: Indicator[],
  generators: Generator[],
  count: number,
  month: number,
) {
  const username = `bench.${cases.structure.key.replace('_', '')}.m${month}`;
  const [{ id: userId }] = await main.query<{ id: number }>(
    `INSERT INTO users (username, full_name, password_hash, role, unit_id) VALUES ($1, 'Bench approver', '!', 'leader', $2) RETURNING id`,
    [username, cases.provinceId],
  );
  const [{ id: roundId }] = await main.query<{ id: number }>(
    `INSERT INTO reporting_rounds (opener_unit_id, opener_name, template, year, period_index, title, period_start, period_end, deadline,
                                   reporting_unit_types, indicator_snapshot, created_by)
     SELECT id, name, 'monthly', $2::int, $3::int, 'Bench: tháng ' || $3::int, make_date($2::int, $3::int, 1), make_date($2::int, $3::int, 28), make_date($2::int, $3::int, 28),
            ARRAY['commune', 'ward', 'township', 'special_zone'], $4::jsonb, $5
       FROM units WHERE id = $1 RETURNING id`,
    [cases.provinceId, CURRENT_YEAR, month, JSON.stringify(indicators), userId],
  );
  // Month 12 takes the first communes, month 1 the last ones: no commune is approved twice in a month.
  const communes = month === MONTHS ? cases.communeIds.slice(0, count) : cases.communeIds.slice(-count);
  const reports = await main.query<{ id: number; unit_id: number }>(
    `INSERT INTO reports (round_id, unit_id, status, submitted_at)
     SELECT $1, unit_id, 'submitted', now() FROM unnest($2::int[]) AS u(unit_id) RETURNING id, unit_id`,
    [roundId, communes],
  );
  const values = reports.flatMap((report) =>
    generators.map((g) => ({
      report_id: report.id,
      code: g.code,
      ...generatedValue(g, report.unit_id, CURRENT_YEAR, month),
    })),
  );
  await main.query(
    `INSERT INTO report_values (report_id, indicator_code, value, denominator)
     SELECT v.report_id, v.code, v.value, v.denominator FROM jsonb_to_recordset($1::jsonb) AS v(report_id integer, code text, value numeric, denominator numeric)`,
    [JSON.stringify(values)],
  );
  const actor: Actor = {
    userId,
    username,
    role: 'leader',
    unitId: cases.provinceId,
    scopePath: cases.provincePath,
    scopeUnitId: cases.provinceId,
  };
  const byUnit = new Map(reports.map((r) => [r.unit_id, r.id]));
  return { actor, reportIds: communes.map((unitId) => byUnit.get(unitId) as number), communes };
}

/**
 * The province's own report of a month-9 round in which the province and every commune under it
 * report (all submitted): what its leader opens, drill-down by direct child included.
 */
async function setupProvinceReport(
  main: Session,
  cases: Cases,
  indicators: Indicator[],
  userId: number,
): Promise<number> {
  const [{ id: roundId }] = await main.query<{ id: number }>(
    `INSERT INTO reporting_rounds (opener_unit_id, opener_name, template, year, period_index, title, period_start, period_end, deadline,
                                   reporting_unit_types, indicator_snapshot, created_by)
     SELECT id, name, 'monthly', $2::int, $3::int, 'Bench: báo cáo tỉnh', make_date($2::int, $3::int, 1), make_date($2::int, $3::int, 28), make_date($2::int, $3::int, 28),
            ARRAY[type, 'commune', 'ward', 'township', 'special_zone'], $4::jsonb, $5
       FROM units WHERE id = $1 RETURNING id`,
    [cases.provinceId, CURRENT_YEAR, THROUGH_MONTH, JSON.stringify(indicators), userId],
  );
  const [{ id }] = await main.query<{ id: number }>(
    `INSERT INTO reports (round_id, unit_id, status, submitted_at)
     SELECT $1, unit_id, 'submitted', now() FROM unnest($2::int[]) AS u(unit_id) RETURNING id`,
    [roundId, [cases.provinceId, ...cases.communeIds]],
  );
  return id;
}

async function benchSqlEngine(
  engine: 'postgres' | 'pglite',
  set: UnitSet,
  catalogue: BenchCatalogue,
  structures: StructureKey[],
) {
  log(`\n== ${engine} ==`);
  let db: Database;
  let main: Session;
  let parallel: Session[];
  const engineStarted = performance.now();
  if (engine === 'postgres') {
    const url = await scratchPostgres({ serverUrl, name: `danvan_bench_${process.pid}`, log, notes, cleanups });
    if (!url) return;
    const clients: pg.Client[] = [];
    cleanups.push(async () => void (await Promise.all(clients.map((c) => c.end().catch(() => undefined)))));
    db = await openPostgres(url);
    cleanups.push(() => db.close());
    const session = async (): Promise<Session> => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      clients.push(client);
      await client.query(`SET synchronous_commit = off; SET work_mem = '1GB'; SET maintenance_work_mem = '2GB'`);
      return {
        exec: async (script) => void (await client.query(script)),
        query: async <T>(text: string, params?: unknown[]) => (await client.query(text, params)).rows as T[],
      };
    };
    main = await session();
    parallel = [await session(), await session()];
  } else {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'danvan-bench-'));
    cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
    db = await openPglite(path.join(dir, 'db'));
    cleanups.push(() => db.close());
    log(`  PGlite (on disk, ${dir})`);
    main = {
      exec: (script) => db.transaction((sql) => sql.exec(script)),
      query: async <T>(text: string, params?: unknown[]) =>
        (await db.transaction((sql) => sql.query<T>(text, params))).rows,
    };
    await main.exec(`SET work_mem = '256MB'; SET maintenance_work_mem = '512MB'`);
    parallel = [main];
  }

  const t0 = performance.now();
  await migrate(db);
  log(`    ${'migrate'.padEnd(44)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(7)} s`);
  const load = await loadDataset({ main, parallel, set, catalogue, structures, engine, log });
  const loadMs = performance.now() - t0;
  log(
    `    ${'total (rollup_periods: ' + (load.rollupRows / 1e6).toFixed(2) + ' M rows)'}`.padEnd(48) +
      ` ${(loadMs / 1000).toFixed(1).padStart(7)} s`,
  );
  results.push({
    engine,
    case: 'load',
    median_ms: Math.round(loadMs),
    p95_ms: Math.round(loadMs),
    runs: 1,
    variant: structures.join('+'),
  });
  if (engine === 'pglite' && !structures.includes('three_tier')) {
    notes.push(
      `pglite loads only the two-tier structure (${load.rollupRows.toLocaleString('en-US')} rollup_periods rows packing ${(load.communeValues / 1e6).toFixed(1)} M monthly values): BENCH_PGLITE_STRUCTURES=two_tier,three_tier loads both`,
    );
  }

  const loaded = set.structures.filter((s) => structures.includes(s.key));
  const allCases = loaded.map((structure) => pickCases(set, structure));

  // The bulk load against the definition of the maintained totals, and the SQL generator against JS.
  const checkUnits = allCases.flatMap((c) => [c.structure.unitId, c.provinceId]);
  const problems = await verifyTotals(main, [1, ...checkUnits], CURRENT_YEAR, THROUGH_MONTH);
  const probe = allCases[0].communeIds[0];
  // The probe commune's rows against the generator: month 9 alone, and months 1–9 by each rule,
  // as [value_sum, reports, value_max (max indicators only), denominator_sum, weighted_sum, weight_sum].
  const stored = await main.query<{ span: string; code: string; entry: (number | null)[] }>(
    `SELECT t.span, e.code, array_to_json(ARRAY[e.value_sum, e.reports, e.value_max, e.denominator_sum, e.weighted_sum, e.weight_sum]) AS entry
       FROM rollup_periods t, rollup_entries(t.totals, t.extras) AS e
      WHERE t.unit_id = $1 AND t.template = 'monthly' AND t.year = $2 AND t.period_index = $3`,
    [probe, CURRENT_YEAR, THROUGH_MONTH],
  );
  const storedBy = new Map(stored.map((r) => [`${r.span}:${r.code}`, r.entry]));
  for (const g of catalogue.generators) {
    const months = Array.from({ length: THROUGH_MONTH }, (_, i) => generatedValue(g, probe, CURRENT_YEAR, i + 1));
    const max = (v: number) => (g.aggregation === 'max' ? v : null);
    const entry = (v: (typeof months)[number]) => [
      v.value,
      1,
      max(v.value),
      v.denominator ?? 0,
      v.value * (v.weight ?? 0),
      v.weight ?? 0,
    ];
    const last = months[THROUGH_MONTH - 1];
    const yearToDate =
      g.aggregation === 'latest'
        ? entry(last)
        : [
            months.reduce((a, v) => a + v.value, 0),
            THROUGH_MONTH,
            max(Math.max(...months.map((v) => v.value))),
            months.reduce((a, v) => a + (v.denominator ?? 0), 0),
            months.reduce((a, v) => a + v.value * (v.weight ?? 0), 0),
            months.reduce((a, v) => a + (v.weight ?? 0), 0),
          ];
    for (const [span, expected] of [
      ['period', entry(last)],
      ['year_to_date', yearToDate],
    ] as const) {
      const row = storedBy.get(`${span}:${g.code}`);
      if (!row || row.some((x, i) => x !== expected[i])) {
        problems.push(
          `commune ${probe} ${span} ${g.code}: stored ${JSON.stringify(row)} expected ${JSON.stringify(expected)}`,
        );
      }
    }
  }
  if (problems.length) throw new Error(`${engine}: loaded totals are wrong: ${problems.join('; ')}`);
  log(
    `    check: ancestors' period and year-to-date totals = sums over their communes' (root, structure, province), commune rows = generator ✓`,
  );

  const indicators = await inScope(db, ROOT_PATH, (sql) => findIndicatorsOfYear(sql, CURRENT_YEAR));
  log(
    `    ${indicators.length} indicators in the ${CURRENT_YEAR} catalogue (${catalogue.generators.length} entered, ${indicators.length - catalogue.generators.length} rates computed on read)`,
  );

  for (const cases of allCases) {
    const { structure } = cases;
    log(
      `  ${structure.key}: national = ${structure.provinceIds.length} provinces; province = ${set.nameOf.get(cases.provinceId)} (${cases.communeIds.length} communes); commune = ${set.nameOf.get(cases.communeIds[0])}`,
    );
    const nationalFigures = await readRollup(db, { rls: true }, structure.provinceIds, indicators);
    digests.set(`${engine}:${structure.key}`, digest(nationalFigures));
    const readCases: [CaseName, number[]][] = [
      ['national', structure.provinceIds],
      ['province', cases.communeIds],
      ['commune', cases.communeIds.slice(0, 1)],
    ];
    for (const [name, unitIds] of readCases) {
      const m = await measure(() => readRollup(db, { rls: true }, unitIds, indicators));
      record({
        engine,
        case: name,
        structure: structure.key,
        median_ms: m.median,
        p95_ms: m.p95,
        runs: m.runs,
        ...(await explainRead(db, true, unitIds)),
      });
    }
    for (const [name, unitIds] of readCases) {
      const m = await measure(() => readRollup(db, { rls: true, mode: 'one_period' }, unitIds, indicators));
      record({
        engine,
        case: name,
        structure: structure.key,
        variant: 'one_period',
        median_ms: m.median,
        p95_ms: m.p95,
        runs: m.runs,
      });
    }
    // What RLS costs: the same reads as the owner role (once: it is the same for both structures).
    if (structure.key === 'two_tier') {
      for (const [name, unitIds] of readCases.slice(0, 2)) {
        const m = await measure(() => readRollup(db, { rls: false }, unitIds, indicators));
        record({
          engine,
          case: name,
          structure: structure.key,
          variant: 'no_rls',
          median_ms: m.median,
          p95_ms: m.p95,
          runs: m.runs,
          ...(await explainRead(db, false, unitIds)),
        });
      }
    }

    // An approval: the real service call (locks the report, adds its 150 values to the commune's and every
    // ancestor's month-12 period and year-to-date rows through apply_rollup, audit row, returns the report
    // view) in one transaction; 'month_1' approves January reports, which reach all twelve year-to-date rows.
    const approvals = await setupApprovals(main, cases, indicators, catalogue.generators, WARMUP + RUNS, MONTHS);
    if (approvals.reportIds.length < WARMUP + RUNS)
      throw new Error(`${structure.key}: not enough communes in the province for ${WARMUP + RUNS} approvals`);
    const approve = await measure((i) =>
      transitionReport(db, approvals.actor, approvals.reportIds[i], 'approve', {}, '127.0.0.1'),
    );
    record({
      engine,
      case: 'approve',
      structure: structure.key,
      median_ms: approve.median,
      p95_ms: approve.p95,
      runs: approve.runs,
    });
    const january = await setupApprovals(main, cases, indicators, catalogue.generators, WARMUP + RUNS, 1);
    const approveJanuary = await measure((i) =>
      transitionReport(db, january.actor, january.reportIds[i], 'approve', {}, '127.0.0.1'),
    );
    record({
      engine,
      case: 'approve',
      structure: structure.key,
      variant: 'month_1',
      median_ms: approveJanuary.median,
      p95_ms: approveJanuary.p95,
      runs: approveJanuary.runs,
    });
    const rollupValues = approvals.communes.map((unitId) =>
      catalogue.generators.map((g) => ({
        code: g.code,
        kind: g.aggregation,
        ...generatedValue(g, unitId, CURRENT_YEAR, MONTHS - 1),
      })),
    );
    const applyOnly = await measure((i) =>
      inScope(db, cases.provincePath, (sql) =>
        applyRollup(sql, {
          unitId: approvals.communes[i],
          template: 'monthly',
          year: CURRENT_YEAR,
          periodIndex: MONTHS - 1,
          sign: 1,
          values: rollupValues[i],
        }),
      ),
    );
    record({
      engine,
      case: 'approve',
      structure: structure.key,
      variant: 'apply_rollup_only',
      median_ms: applyOnly.median,
      p95_ms: applyOnly.p95,
      runs: applyOnly.runs,
    });
    // The whole report view through the service (scope, own figures, totals of the province and
    // last year, drill-down by direct child with its status and figures, versions), as the app serves it.
    const provinceReportId = await setupProvinceReport(main, cases, indicators, approvals.actor.userId);
    const view = await getReport(db, approvals.actor, provinceReportId);
    if (view.children.length === 0 || view.rows.every((row) => row.total.value === null))
      throw new Error(`${engine}: the province's report view has no figures`);
    const reportView = await measure(() => getReport(db, approvals.actor, provinceReportId));
    record({
      engine,
      case: 'province',
      structure: structure.key,
      variant: 'report_view',
      median_ms: reportView.median,
      p95_ms: reportView.p95,
      runs: reportView.runs,
    });
    log(
      `    report view: ${view.children.length} children × ${view.rows.length} indicators, ${(JSON.stringify(view).length / 1024).toFixed(0)} KB of JSON`,
    );

    const [{ n }] = await main.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM reports WHERE status = 'approved' AND round_id = (SELECT round_id FROM reports WHERE id = $1)`,
      [approvals.reportIds[0]],
    );
    if (n !== approve.used) throw new Error(`${engine}: expected ${approve.used} approved reports, found ${n}`);
  }
  log(`  ${engine} done in ${((performance.now() - engineStarted) / 1000).toFixed(0)} s`);
  await runCleanups(cleanups, (e) => {
    throw e;
  });
}

async function benchDuck(set: UnitSet, catalogue: BenchCatalogue, indicators: Indicator[]) {
  log('\n== duckdb (reference: national rollup over the raw monthly values) ==');
  const duck = await loadDuckModule();
  if (typeof duck === 'string') {
    notes.push(`duckdb skipped: ${duck}`);
    log(`  ${duck}: skipped`);
    return;
  }
  const bench = await openDuckBench({
    duck,
    structures: set.structures,
    provinceOf: set.provinceOf,
    catalogue,
    indicators,
    log,
  });
  try {
    results.push({
      engine: 'duckdb',
      case: 'load',
      median_ms: Math.round(bench.loadMs),
      p95_ms: Math.round(bench.loadMs),
      runs: 1,
      variant: 'two_tier+three_tier',
    });
    log(
      `    total (${(bench.rawRows / 1e6).toFixed(2)} M raw values)`.padEnd(48) +
        ` ${(bench.loadMs / 1000).toFixed(1).padStart(7)} s`,
    );
    for (const structure of set.structures) {
      digests.set(`duckdb:${structure.key}`, digest(await bench.national(structure)));
      const m = await measure(() => bench.national(structure));
      record({
        engine: 'duckdb',
        case: 'national',
        structure: structure.key,
        median_ms: m.median,
        p95_ms: m.p95,
        runs: m.runs,
      });
    }
  } finally {
    bench.close();
  }
}

/**
 * The bench catalogue: the real one as the migrations seed it plus the synthetic indicators,
 * read back through the production query, from a throwaway in-memory PGlite.
 */
async function prepareCatalogue(): Promise<{ catalogue: BenchCatalogue; indicators: Indicator[] }> {
  const db = await openPglite(undefined);
  try {
    await migrate(db);
    const session: Session = {
      exec: (script) => db.transaction((sql) => sql.exec(script)),
      query: async <T>(text: string, params?: unknown[]) =>
        (await db.transaction((sql) => sql.query<T>(text, params))).rows,
    };
    const catalogue = benchCatalogue(await readCatalogue(session));
    await session.query(
      `INSERT INTO indicators (year, code, name_vi, name_en, unit_vi, section, aggregation, weight_code, sort_order)
       SELECT $1, r.code, r.code, r.code, 'đơn vị', 'bench', r.aggregation, r."weightCode", r."sortOrder"
         FROM jsonb_to_recordset($2::jsonb) AS r(code text, aggregation text, "weightCode" text, "sortOrder" integer)`,
      [CURRENT_YEAR, JSON.stringify(catalogue.synthetic)],
    );
    const indicators = await inScope(db, ROOT_PATH, (sql) => findIndicatorsOfYear(sql, CURRENT_YEAR));
    return { catalogue, indicators };
  } finally {
    await db.close();
  }
}

function printTable(set: UnitSet) {
  const duckNational = new Map(
    results.filter((r) => r.engine === 'duckdb' && r.case === 'national').map((r) => [r.structure, r.median_ms]),
  );
  for (const r of results) {
    const reference =
      r.case === 'national' && r.engine !== 'duckdb' && !r.variant ? duckNational.get(r.structure) : undefined;
    if (reference) r.ratio_to_duckdb = Math.round((r.median_ms / reference) * 100) / 100;
  }
  const header = [
    'engine',
    'structure',
    'case',
    'variant',
    'median ms',
    'p95 ms',
    'runs',
    'in server',
    'target',
    'vs duckdb',
  ];
  const rows = results.map((r) => [
    r.engine,
    r.structure ?? '',
    r.case,
    r.variant ?? '',
    r.case === 'load' ? `${(r.median_ms / 1000).toFixed(1)} s` : r.median_ms.toFixed(1),
    r.case === 'load' ? '' : r.p95_ms.toFixed(1),
    r.case === 'load' ? '' : String(r.runs),
    r.server_ms !== undefined
      ? `${r.server_ms.toFixed(1)}${r.jit_ms !== undefined ? ` (JIT ${r.jit_ms.toFixed(0)})` : ''}`
      : '',
    r.target_ms ? `< ${r.target_ms} ${r.meets_target ? 'ok' : 'MISSED'}` : '',
    r.ratio_to_duckdb !== undefined ? `${r.ratio_to_duckdb.toFixed(2)}×` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i >= 4 && i <= 7 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  log('\n' + line(header));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) log(line(row));

  const communes = (key: StructureKey) => set.structures.find((s) => s.key === key)?.communeIds.length ?? 0;
  const totalCommunes = communes('two_tier') + communes('three_tier');
  log('\nNotes');
  log(
    `- dataset: ${set.units.length + 1} units (root, 2 structure units, 34 provinces → ${communes('two_tier')} communes; 63 provinces → 696 districts → ${communes('three_tier')} communes), ` +
      `${ENTERED_INDICATORS} entered indicators × ${MONTHS} months × ${YEARS.length} years (${YEARS.join(', ')}) per commune = ` +
      `${(totalCommunes * ENTERED_INDICATORS * MONTHS * YEARS.length).toLocaleString('en-US')} raw monthly values (DuckDB holds them; PostgreSQL/PGlite hold only the maintained rollup_periods rows, the read path's input: one row per unit, year, month and span — 'period' and 'year_to_date' — packing all indicators).`,
  );
  log(
    `- read cases: 9-month rollup (months 1–${THROUGH_MONTH} of ${CURRENT_YEAR}: flows summed, 'latest' = month ${THROUGH_MONTH}, max = max) beside ${CURRENT_YEAR - 1}, ` +
      `read by the production findTotals from the maintained year-to-date rows (one per unit and year) as the application role under RLS (inScope 'vn'), figures built with figureColumns + compareColumns; 'no_rls' = same transaction as the owner role; 'in server' = the statement's execution time inside the server (one EXPLAIN ANALYZE), the rest of the median is transfer, parsing and building the figures; '(JIT n)' = of which PostgreSQL spent n ms JIT-compiling the statement. Median/p95 over ${RUNS} runs after ${WARMUP} warm-up${WARMUP === 1 ? '' : 's'} (fewer, at least ${MIN_RUNS}, where ${RUNS} runs would take over ${CASE_BUDGET_MS / 1000} s). ` +
      `'one_period' = the same read of month ${THROUGH_MONTH}'s own rows (what the report view of a monthly round reads).`,
  );
  log(
    `- approve: transitionReport(…, 'approve') by a province leader on a commune's submitted month-12 report (150 values → the period and year-to-date rows of the commune and all its ancestors, audit row, report view); month_1 = the same for January reports (period + 12 year-to-date rows per unit); apply_rollup_only = the SQL function alone in its own transaction (month 11).`,
  );
  for (const key of structureKeys) {
    const duck = digests.get(`duckdb:${key}`);
    const others = (['postgres', 'pglite'] as const).filter((e) => digests.has(`${e}:${key}`));
    if (!duck || !others.length) continue;
    const same = others.filter((e) => digests.get(`${e}:${key}`) === duck);
    const differ = others.filter((e) => digests.get(`${e}:${key}`) !== duck);
    log(
      `- check ${key}: national figures ${same.length ? `identical to DuckDB's for ${same.join(', ')}` : ''}${differ.length ? ` DIFFERENT from DuckDB's for ${differ.join(', ')}` : ''} (digest ${duck})`,
    );
    if (differ.length) process.exitCode = 1;
  }
  for (const note of notes) log(`- ${note}`);
  const [endLoad] = os.loadavg();
  log(
    `- machine: ${os.cpus().length} cores; load average (1 min) ${startLoad.toFixed(1)} before the run, ${endLoad.toFixed(1)} at its end (this benchmark included)` +
      `${startLoad > 1 ? ' — other processes were using the cores when it started, so the timings may be pessimistic' : ''}.`,
  );
  log(
    `- postgres: constraints of rollup_periods dropped for the bulk insert and re-created (same names and definitions); autovacuum off on rollup_periods during the run; the application's pool runs with jit = off (src/db/client.ts); scratch database dropped at the end.`,
  );
}

async function main() {
  log(
    `rollup benchmark${quick ? ' (quick: a few provinces only)' : ''}: engines ${engines.join(', ')}; ${RUNS} runs after ${WARMUP} warm-ups`,
  );
  const set = loadUnitSet(quick ? { provinceLimit: 3, communeLimitPerProvince: 30 } : {});
  const { catalogue, indicators } = await prepareCatalogue();
  try {
    if (engines.includes('duckdb')) await benchDuck(set, catalogue, indicators);
    if (engines.includes('postgres')) await benchSqlEngine('postgres', set, catalogue, [...structureKeys]);
    if (engines.includes('pglite')) await benchSqlEngine('pglite', set, catalogue, pgliteStructures);
  } finally {
    await runCleanups(cleanups, (e) => log(`cleanup: ${e.message}`));
  }
  printTable(set);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'rollup.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(
    `\nwrote ${path.relative(process.cwd(), path.join(outDir, 'rollup.json'))}; total run time ${((performance.now() - benchStarted) / 1000).toFixed(0)} s`,
  );
}

const stopping = cleanUpOnSignals(cleanups, log, 'dropping the scratch database and files');

try {
  await main();
} catch (error) {
  // Once a signal has closed the connections, the queries in flight fail: that is the stop, not an error.
  if (!stopping()) throw error;
}
