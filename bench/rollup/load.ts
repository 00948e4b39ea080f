// Loads the national dataset into a freshly migrated PostgreSQL or PGlite database: the real
// units, the bench indicators, and rollup_periods filled set-based, as if every commune's
// monthly report of both years had been approved through apply_rollup.
import {
  benchCatalogue, MONTHS, pgAncestorSteps, pgCommuneRowsSql, pgWorkTablesSql, YEARS,
  type BenchCatalogue, type CatalogueEntry,
} from './dataset.js';
import type { StructureKey, UnitSet } from './units.js';

/** One database session as the owner role (no RLS): loading is administration, not a user's request. */
export interface Session {
  exec(script: string): Promise<void>;
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface LoadResult {
  totalMs: number;
  steps: { step: string; ms: number }[];
  /** Rows of rollup_periods (one per unit, year, month and span). */
  rollupRows: number;
  /** Monthly values per commune and indicator that those rows pack. */
  communeValues: number;
}

export async function readCatalogue(session: Session): Promise<CatalogueEntry[]> {
  return session.query<CatalogueEntry>(
    `SELECT code, aggregation, weight_code AS "weightCode", numerator_code AS "numeratorCode",
            denominator_code AS "denominatorCode", sort_order AS "sortOrder"
       FROM indicators WHERE year = $1 AND code NOT LIKE 'BENCH\\_%' ORDER BY sort_order`,
    [YEARS[YEARS.length - 1]],
  );
}

async function insertUnits(session: Session, set: UnitSet): Promise<void> {
  await session.query(
    `INSERT INTO units (id, code, name, type, parent_id, path, closed_on, close_reason)
     SELECT u.id, u.code, u.name, u.type, u.parent_id, u.path::ltree, u.closed_on, u.close_reason
       FROM jsonb_to_recordset($1::jsonb) AS u(id integer, code text, name text, type text, parent_id integer, path text, closed_on date, close_reason text)
      ORDER BY u.id`,
    [JSON.stringify(set.units)],
  );
  await session.query(`SELECT setval(pg_get_serial_sequence('units', 'id'), (SELECT max(id) FROM units))`);
}

async function insertIndicators(session: Session, catalogue: BenchCatalogue): Promise<void> {
  const rows = catalogue.synthetic.map((entry) => ({
    code: entry.code,
    name_vi: `Chỉ tiêu thử tải ${entry.code.slice(6)}`,
    name_en: `Bench indicator ${entry.code.slice(6)}`,
    aggregation: entry.aggregation,
    weight_code: entry.weightCode,
    sort_order: entry.sortOrder,
  }));
  await session.query(
    `INSERT INTO indicators (year, code, name_vi, name_en, unit_vi, section, aggregation, weight_code, sort_order)
     SELECT y.year, r.code, r.name_vi, r.name_en, 'đơn vị', 'bench', r.aggregation, r.weight_code, r.sort_order
       FROM jsonb_to_recordset($1::jsonb) AS r(code text, name_vi text, name_en text, aggregation text, weight_code text, sort_order integer)
      CROSS JOIN unnest($2::int[]) AS y(year)`,
    [JSON.stringify(rows), [...YEARS]],
  );
}

/**
 * `parallel` sessions generate the commune rows side by side (one per core on PostgreSQL;
 * PGlite has one). Constraints on rollup_periods are dropped for the bulk insert and then
 * re-created with their original definitions, so the table ends exactly as the migrations left it.
 */
export async function loadDataset(args: {
  main: Session;
  parallel: Session[];
  set: UnitSet;
  catalogue: BenchCatalogue;
  structures: StructureKey[];
  engine: 'postgres' | 'pglite';
  log: (line: string) => void;
}): Promise<LoadResult> {
  const { main, parallel, set, catalogue, log } = args;
  const steps: LoadResult['steps'] = [];
  const started = performance.now();
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await work();
    const ms = performance.now() - t0;
    steps.push({ step: name, ms });
    log(`    ${name.padEnd(44)} ${(ms / 1000).toFixed(1).padStart(7)} s`);
    return result;
  };

  await step('units', () => insertUnits(main, set));
  await step('indicators', () => insertIndicators(main, catalogue));
  // Buckets are whole provinces, balanced by commune count, so that no commune's parent spans two sessions.
  const byId = new Map(set.units.map((u) => [u.id, u]));
  const provinces = set.structures.filter((s) => args.structures.includes(s.key)).flatMap((s) => s.provinceIds)
    .map((id) => set.communesOf.get(id) ?? []).sort((a, b) => b.length - a.length);
  const buckets = parallel.map(() => [] as number[]);
  for (const communes of provinces) buckets.reduce((lightest, bucket) => (bucket.length < lightest.length ? bucket : lightest)).push(...communes);
  const communeRowsOf = buckets.flatMap((communes, bucket) => communes.map((id) => {
    const parent = byId.get(byId.get(id)?.parent_id as number);
    return { id, parent_id: parent?.id, parent_level: parent?.path.split('.').length, bucket };
  }));
  await step('work tables', async () => {
    await main.exec(pgWorkTablesSql(catalogue.generators));
    await main.query(
      `INSERT INTO bench_communes (id, parent_id, parent_level, bucket)
       SELECT id, parent_id, parent_level, bucket FROM jsonb_to_recordset($1::jsonb) AS c(id integer, parent_id integer, parent_level integer, bucket integer)`,
      [JSON.stringify(communeRowsOf)],
    );
  });
  const constraints = await main.query<{ name: string; def: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = 'rollup_periods'::regclass AND contype IN ('p', 'f') ORDER BY contype DESC`,
  );
  await step('drop rollup_periods constraints', () =>
    main.exec(constraints.map((c) => `ALTER TABLE rollup_periods DROP CONSTRAINT ${c.name};`).join('\n')),
  );
  const communeValues = communeRowsOf.length * catalogue.generators.length * MONTHS * YEARS.length;
  const sessions = `${parallel.length} session${parallel.length > 1 ? 's' : ''}`;
  await step(`commune rows (${(communeValues / 1e6).toFixed(1)} M values packed, ${sessions})`, () =>
    Promise.all(parallel.map((session, bucket) => session.exec(pgCommuneRowsSql(bucket)))),
  );
  // Hash aggregation: the planner overestimates the groups and would sort 48 M rows instead.
  await step(`ancestors: communes' parents (${sessions})`, () =>
    Promise.all(parallel.map((session, bucket) => session.exec(`SET enable_sort = off; ${pgAncestorSteps.communeParents(bucket)}; RESET enable_sort;`))),
  );
  await step('ancestors: up to the root', async () => {
    const [{ lvl }] = await main.query<{ lvl: number }>(pgAncestorSteps.maxLevel);
    for (let level = lvl; level >= 2; level--) await main.exec(pgAncestorSteps.level(level));
  });
  await step('ancestors: packed rows', () => main.exec(pgAncestorSteps.insert));
  await step('re-create primary key', () =>
    main.exec(constraints.filter((c) => c.def.startsWith('PRIMARY KEY')).map((c) => `ALTER TABLE rollup_periods ADD CONSTRAINT ${c.name} ${c.def};`).join('\n')),
  );
  await step('re-create foreign key (validated)', () =>
    main.exec(constraints.filter((c) => !c.def.startsWith('PRIMARY KEY')).map((c) => `ALTER TABLE rollup_periods ADD CONSTRAINT ${c.name} ${c.def};`).join('\n')),
  );
  await step('analyze, drop work tables', async () => {
    await main.exec('DROP TABLE bench_gen, bench_communes, bench_agg; ANALYZE units; ANALYZE rollup_periods; ANALYZE indicators;');
    if (args.engine === 'postgres') {
      // A fresh bulk insert would start an autovacuum of the whole table in the middle of the timings.
      await main.exec('ALTER TABLE rollup_periods SET (autovacuum_enabled = false); CHECKPOINT;');
    }
  });
  const [{ n }] = await main.query<{ n: number }>(`SELECT count(*)::bigint AS n FROM rollup_periods`);
  return { totalMs: performance.now() - started, steps, rollupRows: Number(n), communeValues };
}

/**
 * Checks the bulk load against the definition of the maintained totals: each entry of an
 * ancestor's row, of either span, equals the sums, maximum and count over the same entries of
 * the commune rows of its subtree.
 */
export async function verifyTotals(session: Session, unitIds: number[], year: number, month: number): Promise<string[]> {
  const element = (entry: string, i: number) => i === 2 ? `(${entry} ->> 2)::numeric` : `coalesce((${entry} ->> ${i})::numeric, 0)`;
  const problems = await session.query<{ unit_id: number; span: string; code: string }>(
    `WITH expected AS (
       SELECT a.id AS unit_id, t.span, e.key AS code, sum(${element('e.value', 0)}) AS s0, sum(${element('e.value', 1)}) AS s1,
              max(${element('e.value', 2)}) AS m2, sum(${element('e.value', 3)}) AS s3, sum(${element('e.value', 4)}) AS s4,
              sum(${element('e.value', 5)}) AS s5
         FROM units a
         JOIN units c ON c.path <@ a.path AND c.type IN ('commune', 'ward', 'township', 'special_zone')
         JOIN rollup_periods t ON t.unit_id = c.id AND t.template = 'monthly' AND t.year = $2 AND t.period_index = $3
        CROSS JOIN LATERAL json_each(t.totals) AS e
        WHERE a.id = ANY($1::int[])
        GROUP BY a.id, t.span, e.key)
     SELECT e.unit_id, e.span, e.code FROM expected e
       LEFT JOIN rollup_periods t ON t.unit_id = e.unit_id AND t.template = 'monthly' AND t.year = $2 AND t.period_index = $3 AND t.span = e.span
      WHERE t.totals -> e.code IS NULL
         OR (${[0, 1, 2, 3, 4, 5].map((i) => element('(t.totals -> e.code)', i)).join(', ')})
            IS DISTINCT FROM (e.s0, e.s1, e.m2, e.s3, e.s4, e.s5)
      LIMIT 5`,
    [unitIds, year, month],
  );
  return problems.map((p) => `unit ${p.unit_id} ${p.span} ${p.code}`);
}
