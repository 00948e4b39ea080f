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
import { openPglite, openPostgres, type Database } from '../packages/server/src/db/client.js';
import { migrate } from '../packages/server/src/db/migrate.js';
import { inScope, ROOT_PATH } from '../packages/server/src/db/scope.js';
import { applyRollup, getReport, transitionReport } from '../packages/server/src/modules/reports/index.js';
import { findIndicatorsOfYear } from '../packages/server/src/modules/indicators/index.js';
import { cleanUpOnSignals, runCleanups, scratchPostgres, type Cleanup } from './lib/scratch.js';
import { CURRENT_YEAR, MONTHS, THROUGH_MONTH, type BenchCatalogue } from './rollup/dataset.js';
import { loadDataset, verifyTotals, type Session } from './rollup/load.js';
import { digest } from './rollup/readpath.js';
import {
  explainRead,
  generatedValue,
  pickCases,
  readRollup,
  setupApprovals,
  setupProvinceReport,
} from './rollup/cases.js';
import { prepareCatalogue } from './rollup/catalogue.js';
import { benchDuck } from './rollup/reference.js';
import {
  benchStarted,
  digests,
  log,
  measure,
  notes,
  record,
  results,
  RUNS,
  WARMUP,
  type CaseName,
  type EngineName,
} from './rollup/results.js';
import { printTable } from './rollup/table.js';
import { loadUnitSet, structureKeys, type StructureKey, type UnitSet } from './rollup/units.js';

const env = process.env;
const quick = process.argv.includes('--quick') || env.BENCH_QUICK === '1';
const engines = (env.BENCH_ENGINES ?? 'postgres,pglite,duckdb').split(',').map((e) => e.trim()) as EngineName[];
const pgliteStructures = (env.BENCH_PGLITE_STRUCTURES ?? 'two_tier').split(',').map((s) => s.trim()) as StructureKey[];
const serverUrl = env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const outDir = path.join(import.meta.dirname, 'out');
const cleanups: Cleanup[] = [];

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
