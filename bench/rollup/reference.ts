// DuckDB's national rollup over the raw monthly values: the reference the SQL engines are compared with.
import type { Indicator } from '@danvan/shared';
import type { BenchCatalogue } from './dataset.js';
import { loadDuckModule, openDuckBench } from './duck.js';
import { digest } from './readpath.js';
import { digests, log, measure, notes, record, results } from './results.js';
import type { UnitSet } from './units.js';

export async function benchDuck(set: UnitSet, catalogue: BenchCatalogue, indicators: Indicator[]) {
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
