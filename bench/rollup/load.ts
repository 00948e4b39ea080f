// Loads the national dataset into a freshly migrated PostgreSQL or PGlite database: the real
// units, the bench indicators, and rollup_periods filled with the rows (pack.ts) that approving
// every commune's monthly report of both years through apply_rollup would leave.
import { MONTHS, YEARS, type BenchCatalogue, type CatalogueEntry } from './dataset.js';
import { generatePackedRows, type PackedRow } from './pack.js';
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
  // The packed rows hold generator i's entry in slot i (pack.ts), as apply_rollup would have numbered them.
  await session.query(
    `INSERT INTO rollup_slots (code, slot) SELECT g.code, g.i - 1 FROM unnest($1::text[]) WITH ORDINALITY AS g(code, i)`,
    [catalogue.generators.map((g) => g.code)],
  );
}

/**
 * `parallel` sessions insert the packed rows side by side (one per core on PostgreSQL; PGlite
 * has one). Constraints on rollup_periods are dropped for the bulk insert and then
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
  const communeIds = set.structures.filter((st) => args.structures.includes(st.key)).flatMap((st) => st.communeIds);
  const constraints = await main.query<{ name: string; def: string }>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS def FROM pg_constraint
      WHERE conrelid = 'rollup_periods'::regclass AND contype IN ('p', 'f') ORDER BY contype DESC`,
  );
  await step('drop rollup_periods constraints', () =>
    main.exec(constraints.map((c) => `ALTER TABLE rollup_periods DROP CONSTRAINT ${c.name};`).join('\n')),
  );
  const communeValues = communeIds.length * catalogue.generators.length * MONTHS * YEARS.length;
  const sessions = `${parallel.length} session${parallel.length > 1 ? 's' : ''}`;
  // Batches go to the sessions in turn, each session one batch at a time, while Node generates the next.
  const inflight: Promise<unknown>[] = parallel.map(() => Promise.resolve());
  let turn = 0;
  const insert = (session: Session, rows: PackedRow[]) =>
    session.query(
      `INSERT INTO rollup_periods (unit_id, template, year, span, period_index, totals, extras)
     SELECT u, 'monthly', y, s, p, t::json, e::json FROM unnest($1::int[], $2::int[], $3::text[], $4::int[], $5::text[], $6::text[]) AS x(u, y, s, p, t, e)`,
      [
        rows.map((r) => r.unitId),
        rows.map((r) => r.year),
        rows.map((r) => r.span),
        rows.map((r) => r.periodIndex),
        rows.map((r) => r.totals),
        rows.map((r) => r.extras),
      ],
    );
  await step(
    `packed rows: communes and ancestors (${(communeValues / 1e6).toFixed(1)} M values, ${sessions})`,
    async () => {
      await generatePackedRows({
        set,
        communeIds,
        generators: catalogue.generators,
        emit: async (rows) => {
          const i = turn++ % parallel.length;
          await inflight[i];
          inflight[i] = insert(parallel[i], rows);
        },
      });
      await Promise.all(inflight);
    },
  );
  await step('re-create primary key', () =>
    main.exec(
      constraints
        .filter((c) => c.def.startsWith('PRIMARY KEY'))
        .map((c) => `ALTER TABLE rollup_periods ADD CONSTRAINT ${c.name} ${c.def};`)
        .join('\n'),
    ),
  );
  await step('re-create foreign key (validated)', () =>
    main.exec(
      constraints
        .filter((c) => !c.def.startsWith('PRIMARY KEY'))
        .map((c) => `ALTER TABLE rollup_periods ADD CONSTRAINT ${c.name} ${c.def};`)
        .join('\n'),
    ),
  );
  await step('analyze', async () => {
    await main.exec('ANALYZE units; ANALYZE rollup_periods; ANALYZE indicators;');
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
export async function verifyTotals(
  session: Session,
  unitIds: number[],
  year: number,
  month: number,
): Promise<string[]> {
  const problems = await session.query<{ unit_id: number; span: string; code: string }>(
    `WITH expected AS (
       SELECT a.id AS unit_id, t.span, e.code, sum(e.value_sum) AS s0, sum(e.reports) AS s1, max(e.value_max) AS m2,
              sum(e.denominator_sum) AS s3, sum(e.weighted_sum) AS s4, sum(e.weight_sum) AS s5
         FROM units a
         JOIN units c ON c.path <@ a.path AND c.type IN ('commune', 'ward', 'township', 'special_zone')
         JOIN rollup_periods t ON t.unit_id = c.id AND t.template = 'monthly' AND t.year = $2 AND t.period_index = $3
        CROSS JOIN LATERAL rollup_entries(t.totals, t.extras) AS e
        WHERE a.id = ANY($1::int[])
        GROUP BY a.id, t.span, e.code)
     SELECT x.unit_id, x.span, x.code FROM expected x
       LEFT JOIN rollup_periods t ON t.unit_id = x.unit_id AND t.template = 'monthly' AND t.year = $2 AND t.period_index = $3 AND t.span = x.span
       LEFT JOIN LATERAL rollup_entries(t.totals, t.extras) AS e ON e.code = x.code
      WHERE e.code IS NULL
         OR (e.value_sum, e.reports, e.value_max, e.denominator_sum, e.weighted_sum, e.weight_sum)
            IS DISTINCT FROM (x.s0, x.s1, x.m2, x.s3, x.s4, x.s5)
      LIMIT 5`,
    [unitIds, year, month],
  );
  return problems.map((p) => `unit ${p.unit_id} ${p.span} ${p.code}`);
}
