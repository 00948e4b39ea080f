// The reference: the same national 9-month rollup computed by DuckDB straight from the raw
// monthly values (one row per commune, indicator, month and year), no maintained totals.
import type { Indicator } from '@danvan/shared';
import {
  CURRENT_YEAR,
  duckRawSql,
  generatorColumns,
  generatorValuesSql,
  THROUGH_MONTH,
  type BenchCatalogue,
} from './dataset.js';
import { buildFigures, toTotals, type PeriodTotalsRow, type UnitFigures } from './readpath.js';
import type { Structure } from './units.js';

/**
 * The part of `@duckdb/node-api` used here. The package is optional, installed on demand with
 * `npm i --no-save @duckdb/node-api`: the registry this project installs from lacks its builds for
 * other platforms, so it cannot be a locked dependency without breaking `npm ci`.
 */
interface DuckReader {
  getRowObjectsJS(): Record<string, unknown>[];
}
interface DuckConnection {
  run(sql: string): Promise<unknown>;
  runAndReadAll(sql: string): Promise<DuckReader>;
  closeSync(): void;
}
interface DuckModule {
  DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<DuckConnection>; closeSync(): void }> };
}
const DUCKDB_PACKAGE = '@duckdb/node-api';

export async function loadDuckModule(): Promise<DuckModule | string> {
  try {
    return (await import(DUCKDB_PACKAGE)) as DuckModule;
  } catch (error) {
    return `@duckdb/node-api could not be loaded (${(error as Error).message.split('\n')[0]})`;
  }
}

export interface DuckBench {
  loadMs: number;
  rawRows: number;
  national(structure: Structure): Promise<UnitFigures[]>;
  close(): void;
}

export async function openDuckBench(args: {
  duck: DuckModule;
  structures: Structure[];
  provinceOf: Map<number, number>;
  catalogue: BenchCatalogue;
  indicators: Indicator[];
  log: (line: string) => void;
}): Promise<DuckBench> {
  const { duck, structures, provinceOf, catalogue, indicators, log } = args;
  const started = performance.now();
  const instance = await duck.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const run = (sql: string) => connection.run(sql);
  // Let the load write in parallel: row order means nothing to a full scan.
  await run('SET preserve_insertion_order = false');
  await run(
    `CREATE TABLE bench_gen (idx INTEGER, code VARCHAR, kind VARCHAR, lo BIGINT, span BIGINT, w_idx INTEGER, w_lo BIGINT, w_span BIGINT)`,
  );
  await run(`INSERT INTO bench_gen (${generatorColumns}) VALUES ${generatorValuesSql(catalogue.generators)}`);
  let rawRows = 0;
  for (const structure of structures) {
    const t0 = performance.now();
    await run(`CREATE TABLE communes_${structure.key} (id INTEGER, province_id INTEGER)`);
    const values = structure.communeIds.map((id) => `(${id}, ${provinceOf.get(id)})`);
    for (let i = 0; i < values.length; i += 5000) {
      await run(`INSERT INTO communes_${structure.key} VALUES ${values.slice(i, i + 5000).join(', ')}`);
    }
    await run(duckRawSql(`raw_${structure.key}`, `communes_${structure.key}`));
    const count = await connection.runAndReadAll(`SELECT count(*)::DOUBLE AS n FROM raw_${structure.key}`);
    const n = Number(count.getRowObjectsJS()[0].n);
    rawRows += n;
    log(
      `    raw values ${structure.key.padEnd(33)} ${((performance.now() - t0) / 1000).toFixed(1).padStart(7)} s  (${(n / 1e6).toFixed(2)} M rows)`,
    );
  }
  const loadMs = performance.now() - started;
  const codeOf = new Map(catalogue.generators.map((g) => [g.idx, g.code]));
  const aggregationOf = new Map(indicators.map((indicator) => [indicator.code, indicator.aggregation]));

  return {
    loadMs,
    rawRows,
    async national(structure) {
      const reader = await connection.runAndReadAll(`
        SELECT d.province_id AS unit_id, r.year::INTEGER AS year, r.indicator_idx::INTEGER AS indicator_idx,
               sum(r.value)::DOUBLE AS flow_sum, sum(r.denominator)::DOUBLE AS flow_denominator,
               (sum(r.value) FILTER (WHERE r.month = ${THROUGH_MONTH}))::DOUBLE AS last_sum,
               (sum(r.denominator) FILTER (WHERE r.month = ${THROUGH_MONTH}))::DOUBLE AS last_denominator,
               max(r.value)::DOUBLE AS value_max, sum(r.value * r.weight)::DOUBLE AS weighted_sum, sum(r.weight)::DOUBLE AS weight_sum,
               count(*)::INTEGER AS flow_reports, (count(*) FILTER (WHERE r.month = ${THROUGH_MONTH}))::INTEGER AS last_reports
          FROM raw_${structure.key} r JOIN communes_${structure.key} d ON d.id = r.commune_id
         WHERE r.month BETWEEN 1 AND ${THROUGH_MONTH} AND r.year IN (${CURRENT_YEAR}, ${CURRENT_YEAR - 1})
         GROUP BY d.province_id, r.year, r.indicator_idx`);
      const rows = reader.getRowObjectsJS().map((row) => ({
        ...(row as unknown as Omit<PeriodTotalsRow, 'indicator_code'>),
        indicator_code: codeOf.get(Number(row.indicator_idx)) as string,
      }));
      return buildFigures(indicators, toTotals(rows, aggregationOf), structure.provinceIds, CURRENT_YEAR);
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
