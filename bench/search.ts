// Document-search benchmark: `npm run bench -- search`.
//
// Generates 200,000 Vietnamese party/mass-mobilization documents (titles and summaries composed from
// phrase pools seeded with the search fixture, full diacritics, old and new tone placement, unique
// number/symbols per issuer, type and year, 2024–2026, spread over the demo province's ward, commune,
// party-committee and board units, ~8% with summaries of a few hundred words), loads them with
// set-based SQL into PostgreSQL and an in-memory PGlite, then times 100 queries as officials type them
// (unaccented, accented, mixed case, tone variants, symbols, prefixes, typos; a third with filters)
// through the production path: listDocuments(db, actor 'tinh.dv', query) = search_document_page() (the
// scoped SECURITY DEFINER search, db/functions/document_search.sql) and the page's rows under RLS, then highlighted
// snippets. Reports median and p95 per engine (target on PostgreSQL: p95 < 50 ms), the SQL/snippet
// split, the hit-count distribution (counts stop at the cap, 200) and, on PostgreSQL, auto_explain of every
// statement of the slowest query, those inside the function included.
//
// Run time: loading is bound by the generated search_vector (vi_fold over all text); the 100 queries
// run in a fixed shuffled order within a time budget per engine (all 100, several passes if they are
// fast); the figures say how many were timed. PGlite gets 50,000 documents by default.
//
// Environment: DATABASE_URL (server for the scratch database; default postgres://postgres@127.0.0.1:5432/postgres),
// BENCH_ENGINES (postgres,pglite), BENCH_SEARCH_DOCS (200000), BENCH_SEARCH_PGLITE_DOCS (50000),
// BENCH_SEARCH_BUDGET_S (seconds of timed queries per engine; default 160 for postgres, 45 for pglite),
// BENCH_KEEP_DB=1 (keep the PostgreSQL database for tuning), --quick (20,000 / 10,000 documents, 15 s budgets).
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { documentTypes } from '@danvan/shared';
import type { Actor } from '../packages/server/src/auth/authorize.js';
import { openPglite, openPostgres, type Database } from '../packages/server/src/db/client.js';
import { migrate } from '../packages/server/src/db/migrate.js';
import { seedDemo } from '../packages/server/src/demo/seed.js';
import { actorFor } from '../packages/server/src/modules/auth/index.js';
import { listDocuments } from '../packages/server/src/modules/documents/index.js';
import { cleanUpOnSignals, runCleanups, scratchPostgres, stats, type Cleanup } from './lib/scratch.js';
import { generateMeta, issuerOf, mulberry32, type UnitInfo } from './search/generate.js';
import { explainingDb, loadDocuments } from './search/load.js';
import { typeWeights } from './search/phrases.js';
import { describe, isFiltered, querySpecs, toQuery, warmups } from './search/queries.js';

type EngineName = 'postgres' | 'pglite';

interface Result {
  engine: EngineName;
  case: string;
  median_ms: number;
  p95_ms: number;
  /** Timed samples behind the figures (queries × passes; 1 for load). */
  runs: number;
  /** Documents in the database. */
  docs: number;
  /** Distinct queries behind the figures (of 100) and full passes over them. */
  queries?: number;
  passes?: number;
  target_ms?: number;
  meets_target?: boolean;
}

const benchStarted = performance.now();
const env = process.env;
const quick = process.argv.includes('--quick') || env.BENCH_QUICK === '1';
const docsFor: Record<EngineName, number> = {
  postgres: Number(env.BENCH_SEARCH_DOCS ?? (quick ? 20_000 : 200_000)),
  pglite: Number(env.BENCH_SEARCH_PGLITE_DOCS ?? (quick ? 10_000 : 50_000)),
};
const budgetFor = (engine: EngineName) =>
  1000 * Number(env.BENCH_SEARCH_BUDGET_S ?? (quick ? 15 : engine === 'postgres' ? 160 : 45));
const MAX_PASSES = 5;
const engines = (env.BENCH_ENGINES ?? 'postgres,pglite').split(',').map((e) => e.trim()) as EngineName[];
const serverUrl = env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const outDir = path.join(import.meta.dirname, 'out');
const TARGET_P95: Partial<Record<EngineName, number>> = { postgres: 50 };

const results: Result[] = [];
const notes: string[] = [];
const cleanups: Cleanup[] = [];
const log = (line: string) => console.log(line);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------

const round2 = (n: number) => Math.round(n * 100) / 100;

function record(
  engine: EngineName,
  name: string,
  samples: number[],
  extra: { runs: number; docs: number; queries: number; passes: number },
  headline = false,
) {
  if (!samples.length) return;
  const { median, p95 } = stats(samples);
  const target = headline ? TARGET_P95[engine] : undefined;
  const row: Result = {
    engine,
    case: name,
    median_ms: round2(median),
    p95_ms: round2(p95),
    ...extra,
    ...(target ? { target_ms: target, meets_target: p95 < target } : {}),
  };
  results.push(row);
  log(
    `    ${name.padEnd(20)} median ${row.median_ms.toFixed(1).padStart(8)} ms   p95 ${row.p95_ms.toFixed(1).padStart(8)} ms${target ? `   (target p95 < ${target} ms: ${row.meets_target ? 'ok' : 'MISSED'})` : ''}`,
  );
}
async function benchEngine(engine: EngineName) {
  log(`\n== ${engine} ==`);
  const engineStarted = performance.now();
  let db: Database;
  /** Settles the freshly loaded table: what autovacuum would do on PostgreSQL; PGlite has no autovacuum. */
  let settle: () => Promise<void>;
  let explainUrl = '';
  if (engine === 'postgres') {
    const url = await scratchPostgres({ serverUrl, name: `danvan_bench_search_${process.pid}`, log, notes, cleanups });
    if (!url) return;
    db = await openPostgres(url);
    explainUrl = url;
    settle = async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query('VACUUM (ANALYZE) documents').finally(() => client.end());
    };
  } else {
    db = await openPglite(undefined);
    log('  PGlite (in memory)');
    // VACUUM cannot run in a transaction, and PGlite's connection only runs them: clean the GIN pending lists and analyze.
    settle = () =>
      db.transaction((sql) =>
        sql.exec(
          `SELECT gin_clean_pending_list('documents_search_idx'::regclass), gin_clean_pending_list('documents_title_trgm'::regclass); ANALYZE documents`,
        ),
      );
  }
  cleanups.push(() => db.close());

  const t0 = performance.now();
  await migrate(db);
  await seedDemo(db, { withReports: false });
  const actor = (await actorFor(db, 'tinh.dv')) as Actor;
  const units = await db.transaction(
    async (sql) =>
      (
        await sql.query<{ id: number; code: string; type: string }>(
          `SELECT id, code, type FROM units WHERE code IS NOT NULL ORDER BY code`,
        )
      ).rows,
  );
  const unitIdByCode = new Map(units.map((u) => [u.code, u.id]));
  const weights: Record<string, number> = {
    mass_mobilization_board: 6,
    party_committee: 3,
    mass_mobilization_bloc: 3,
    ward: 1,
    commune: 1,
  };
  const issuing: UnitInfo[] = units
    .filter((u) => weights[u.type])
    .map((u) => ({ id: u.id, code: u.code, issuer: issuerOf(u.code), weight: weights[u.type] }));
  log(
    `    ${'migrate + demo seed'.padEnd(28)} ${seconds(performance.now() - t0).padStart(8)}   (${issuing.length} issuing units: boards, party committees, blocs, wards, communes)`,
  );

  const DOCS = docsFor[engine];
  const t1 = performance.now();
  const metas = generateMeta(issuing, DOCS);
  const loaded = await loadDocuments(db, metas, engine === 'postgres' ? 2 : 1);
  const tInsert = performance.now() - t1;
  await settle();
  const loadMs = performance.now() - t1;
  const [{ n, size }] = (
    await db.transaction((sql) =>
      sql.query<{ n: number; size: string }>(
        `SELECT count(*)::int AS n, pg_size_pretty(pg_total_relation_size('documents')) AS size FROM documents`,
      ),
    )
  ).rows;
  log(
    `    ${`load ${n.toLocaleString('en-US')} documents`.padEnd(28)} ${seconds(loadMs).padStart(8)}   (insert ${seconds(tInsert)}, ${engine === 'postgres' ? 'VACUUM ANALYZE' : 'GIN pending lists + ANALYZE'} ${seconds(loadMs - tInsert)}; ${size} with indexes; avg summary ${loaded.avgSummary} chars, ${loaded.longCount.toLocaleString('en-US')} > 1,000 chars)`,
  );
  results.push({ engine, case: 'load', median_ms: Math.round(loadMs), p95_ms: Math.round(loadMs), runs: 1, docs: n });

  // Time spent inside the database transaction (role, scope, the search statement); the rest of listDocuments is snippets and presenting.
  let inDb = 0;
  const timedDb: Database = {
    ...db,
    transaction: async (work, setup) => {
      const started = performance.now();
      try {
        return await db.transaction(work, setup);
      } finally {
        inDb += performance.now() - started;
      }
    },
  };

  const queries = querySpecs.map((spec) => ({ spec, query: toQuery(spec, unitIdByCode) }));
  const tWarm = performance.now();
  for (const spec of warmups) await listDocuments(db, actor, toQuery(spec, unitIdByCode));
  log(`    ${warmups.length} warm-up queries in ${seconds(performance.now() - tWarm)}`);

  // Fixed order, shuffled within each kind of query and interleaved in proportion, so that a pass cut
  // short by the budget still times a representative sample of the 100.
  const shuffle = mulberry32(100);
  const groupSizes = new Map<string, number>();
  for (const { spec } of queries) groupSizes.set(spec.group ?? '', (groupSizes.get(spec.group ?? '') ?? 0) + 1);
  const slots = new Map<string, number[]>();
  for (const [group, size] of groupSizes) {
    const ranks = Array.from({ length: size }, (_, k) => k);
    for (let k = size - 1; k > 0; k--) {
      const j = Math.floor(shuffle() * (k + 1));
      [ranks[k], ranks[j]] = [ranks[j], ranks[k]];
    }
    slots.set(group, ranks);
  }
  const seen = new Map<string, number>();
  const position = queries.map(({ spec }) => {
    const group = spec.group ?? '';
    const k = seen.get(group) ?? 0;
    seen.set(group, k + 1);
    return ((slots.get(group) as number[])[k] + shuffle()) / (groupSizes.get(group) as number);
  });
  const order = queries.map((_, i) => i).sort((a, b) => position[a] - position[b]);
  const budget = budgetFor(engine);
  const full: number[][] = queries.map(() => []);
  const inSql: number[][] = queries.map(() => []);
  const totals = new Map<number, number>();
  const tPasses = performance.now();
  let passes = 0;
  let cut = false;
  passLoop: while (passes < MAX_PASSES) {
    for (const i of order) {
      if (passes === 0 && performance.now() - tPasses > budget) {
        cut = true;
        passes = 1;
        break passLoop;
      }
      inDb = 0;
      const started = performance.now();
      const result = await listDocuments(timedDb, actor, queries[i].query);
      full[i].push(performance.now() - started);
      inSql[i].push(inDb);
      totals.set(i, result.total);
    }
    passes++;
    // Another pass only if it fits in the budget.
    if (((performance.now() - tPasses) * (passes + 1)) / passes > budget) break;
  }
  const timed = order.filter((i) => full[i].length > 0);
  const perQuery = new Map(timed.map((i) => [i, stats(full[i]).median]));
  const sqlOf = new Map(timed.map((i) => [i, stats(inSql[i]).median]));
  const snippetOf = new Map(timed.map((i) => [i, (perQuery.get(i) as number) - (sqlOf.get(i) as number)]));
  const samples = timed.reduce((sum, i) => sum + full[i].length, 0);
  const elapsed = performance.now() - tPasses;
  log(
    `    ${cut ? `budget of ${seconds(budget)} reached: ${timed.length} of ${queries.length} queries timed once` : `${passes} pass${passes > 1 ? 'es' : ''} over all ${queries.length} queries`} in ${seconds(elapsed)} (per-query median over passes, then median/p95 across queries)`,
  );
  if (cut)
    notes.push(
      `${engine}: only ${timed.length} of ${queries.length} queries fitted in the ${seconds(budget)} budget (BENCH_SEARCH_BUDGET_S); they are a fixed random sample of the 100`,
    );
  const filteredOnes = timed.filter((i) => isFiltered(queries[i].spec));
  const plainOnes = timed.filter((i) => !isFiltered(queries[i].spec));
  const count = (ids: number[]) => ({
    runs: ids.reduce((sum, i) => sum + full[i].length, 0),
    docs: n,
    queries: ids.length,
    passes,
  });
  const values = (ids: number[], of: Map<number, number>) => ids.map((i) => of.get(i) as number);
  record(engine, 'search', values(timed, perQuery), { ...count(timed), runs: samples }, true);
  record(engine, 'search-plain', values(plainOnes, perQuery), count(plainOnes));
  record(engine, 'search-filtered', values(filteredOnes, perQuery), count(filteredOnes));
  record(engine, 'search-sql', values(timed, sqlOf), count(timed));
  record(engine, 'search-snippets', values(timed, snippetOf), count(timed));

  const buckets = { zero: 0, upTo20: 0, over20: 0 };
  for (const total of totals.values()) {
    if (total === 0) buckets.zero++;
    else if (total <= 20) buckets.upTo20++;
    else buckets.over20++;
  }
  const totalList = [...totals.values()];
  log(
    `    hits (${totals.size} queries): ${buckets.zero} with 0, ${buckets.upTo20} with 1–20, ${buckets.over20} with > 20 (median ${stats(totalList).median.toLocaleString('en-US')}, max ${Math.max(...totalList).toLocaleString('en-US')} documents)`,
  );

  const slowest = [...timed].sort((a, b) => (perQuery.get(b) as number) - (perQuery.get(a) as number));
  const fmt = (ms: number | undefined) => (ms as number).toFixed(1);
  log('    slowest queries: total ms = in the database + snippets/presenting, hits');
  for (const i of slowest.slice(0, 8)) {
    log(
      `      ${fmt(perQuery.get(i)).padStart(8)} = ${fmt(sqlOf.get(i)).padStart(8)} + ${fmt(snippetOf.get(i)).padStart(6)}   ${String(totals.get(i)).padStart(7)} hits   ${describe(queries[i].spec)}`,
    );
  }
  const fastest = slowest[slowest.length - 1];
  log(
    `    fastest: ${fmt(perQuery.get(fastest))} ms, ${describe(queries[fastest].spec)} (${totals.get(fastest)} hits)`,
  );
  const sqlSum = values(timed, sqlOf).reduce((a, b) => a + b, 0);
  const allSum = values(timed, perQuery).reduce((a, b) => a + b, 0);
  log(
    `    time share: database ${((sqlSum / allSum) * 100).toFixed(0)}%, snippets and presenting ${(100 - (sqlSum / allSum) * 100).toFixed(0)}%`,
  );

  if (engine === 'postgres') {
    const worst = queries[slowest[0]];
    const plan: string[] = [];
    const explained = await explainingDb(explainUrl, plan);
    await listDocuments(explained, actor, worst.query).finally(() => explained.close());
    log(
      `\n    auto_explain (ANALYZE, BUFFERS, nested statements) of the slowest query, ${describe(worst.spec)}, through listDocuments as danvan_app, scope ${actor.scopePath}:`,
    );
    for (const line of plan) log(`      ${line}`);
  }
  log(`  ${engine} done in ${seconds(performance.now() - engineStarted)}`);
  while (cleanups.length) await (cleanups.pop() as () => Promise<void>)();
}

function printTable() {
  const header = ['engine', 'docs', 'case', 'median', 'p95', 'queries×passes', 'target'];
  const rows = results.map((r) => [
    r.engine,
    r.docs.toLocaleString('en-US'),
    r.case,
    r.case === 'load' ? seconds(r.median_ms) : `${r.median_ms.toFixed(1)} ms`,
    r.case === 'load' ? '' : `${r.p95_ms.toFixed(1)} ms`,
    r.queries !== undefined ? `${r.queries}×${r.passes}` : '',
    r.target_ms ? `p95 < ${r.target_ms} ms ${r.meets_target ? 'ok' : 'MISSED'}` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 1 || (i >= 3 && i <= 5) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  log('\n' + line(header));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) log(line(row));
  log('\nNotes');
  log(
    `- generated documents (seeded): ${engines.map((e) => `${e} ${docsFor[e].toLocaleString('en-US')}`).join(', ')}; ${querySpecs.length} queries (${querySpecs.filter(isFiltered).length} with filters) through listDocuments(db, tinh.dv, {q, filters, limit 20}) = SQL under RLS + snippets; ${warmups.length} other warm-up queries first.`,
  );
  log(
    `- search-sql = time inside the database transaction (role, scope, search statement); search-snippets = the rest of listDocuments (snippets, presenting); per query, median over passes.`,
  );
  log(
    `- machine: ${os.cpus().length} cores, load average at the end ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} (other work on the machine inflates the figures).`,
  );
  for (const note of notes) log(`- ${note}`);
}

async function main() {
  log(
    `search benchmark${quick ? ' (quick)' : ''}: engines ${engines.map((e) => `${e} (${docsFor[e].toLocaleString('en-US')} documents, ${seconds(budgetFor(e))} query budget)`).join(', ')}, ${querySpecs.length} queries`,
  );
  if (querySpecs.length !== 100) throw new Error(`expected 100 queries, have ${querySpecs.length}`);
  for (const type of Object.keys(documentTypes))
    if (!typeWeights.some(([t]) => t === type)) throw new Error(`type ${type} missing from the generator`);
  try {
    for (const engine of engines) await benchEngine(engine);
  } finally {
    await runCleanups(cleanups, (e) => log(`cleanup: ${e.message}`));
  }
  printTable();
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'search.json'), `${JSON.stringify(results, null, 2)}\n`);
  log(
    `\nwrote ${path.relative(process.cwd(), path.join(outDir, 'search.json'))}; total run time ${seconds(performance.now() - benchStarted)}`,
  );
}

cleanUpOnSignals(cleanups, log, 'dropping the scratch database');

await main();
