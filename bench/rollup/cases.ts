// The cases timed on the SQL engines: which province and communes, the rollup read, and the reports to approve.
import type { Indicator } from '@danvan/shared';
import type { Actor } from '../../packages/server/src/auth/authorize.js';
import type { Database, Sql } from '../../packages/server/src/db/client.js';
import { inScope, ROOT_PATH } from '../../packages/server/src/db/scope.js';
import { totalsSql } from '../../packages/server/src/modules/reports/index.js';
import { CURRENT_YEAR, hashJs, MONTHS, THROUGH_MONTH, type Generator } from './dataset.js';
import type { Session } from './load.js';
import { buildFigures, readYearToDate, type UnitFigures } from './readpath.js';
import type { Structure, UnitSet } from './units.js';

const YEARS_COMPARED = [CURRENT_YEAR, CURRENT_YEAR - 1];

export function generatedValue(
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

export interface Cases {
  structure: Structure;
  provinceId: number;
  provincePath: string;
  communeIds: number[];
}

export function pickCases(set: UnitSet, structure: Structure): Cases {
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
export async function readRollup(
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
export async function explainRead(
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
export async function setupApprovals(
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
export async function setupProvinceReport(
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
