import type { Sql } from '../db/client.js';

/**
 * The records a report's own figures cover: the reporting unit's subtree, less the subtrees of the
 * units below it that report in the same round — their figures reach this unit through the rollup,
 * and counting their records here too would count them twice.
 */
export interface ReportArea {
  unitPath: string;
  /** Paths of the units below that report for themselves; empty when none does. */
  excludedPaths: string[];
}

/** SQL condition: `pathColumn` lies in the area given as the parameters `$n` (unit path) and `$n+1` (excluded paths). */
export const inArea = (pathColumn: string, n: number) =>
  `(${pathColumn} <@ $${n}::ltree AND NOT ${pathColumn} <@ $${n + 1}::text[]::ltree[])`;

/** What a computed indicator is computed over: a report's area and a data period. */
export interface ComputeContext extends ReportArea {
  periodStart: string;
  periodEnd: string;
}

/**
 * A query several indicators of a module read from (the members' four figures, the four ratings),
 * run once per report computation: every indicator of one computation gets the same context.
 */
export function oncePerContext<T>(
  load: (sql: Sql, context: ComputeContext) => Promise<T>,
): (sql: Sql, context: ComputeContext) => Promise<T> {
  const loaded = new WeakMap<ComputeContext, Promise<T>>();
  return (sql, context) => {
    let result = loaded.get(context);
    if (!result) loaded.set(context, (result = load(sql, context)));
    return result;
  };
}

/**
 * An indicator a module computes from its own records (documents, models, petitions…), so a
 * report form arrives pre-filled. Modules declare theirs in ./indicator-providers.ts.
 */
export interface ComputedIndicator {
  key: string;
  description: string;
  /** `value` null: the module has no records to compute from (a missing figure, not zero). */
  compute(sql: Sql, context: ComputeContext): Promise<{ value: number | null; denominator?: number }>;
}

/**
 * What a module's records say beyond counts, for the narrative to name (the models recognised in
 * the period, with their unit and level): sentences in the indicator section they belong to, over
 * the whole area of a report and its period. Modules declare theirs in ./indicator-providers.ts.
 */
export interface NarrativeFacts {
  key: string;
  /** The catalogue section whose paragraph the facts close ("dvk"). */
  section: string;
  collect(sql: Sql, context: ComputeContext): Promise<{ vi: string; en: string }[]>;
}
