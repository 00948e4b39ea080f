// The table and the notes printed at the end of a rollup benchmark run.
import os from 'node:os';
import { ENTERED_INDICATORS, MONTHS, THROUGH_MONTH, CURRENT_YEAR, YEARS } from './dataset.js';
import { CASE_BUDGET_MS, digests, log, MIN_RUNS, notes, results, RUNS, startLoad, WARMUP } from './results.js';
import { structureKeys, type StructureKey, type UnitSet } from './units.js';

export function printTable(set: UnitSet) {
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
