import type { Sql } from '../../db/client.js';

/** What a computed indicator is computed over: a unit's subtree and a data period. */
export interface ComputeContext {
  unitPath: string;
  periodStart: string;
  periodEnd: string;
}

/**
 * An indicator a module computes from its own records (documents, models, petitions…), so a
 * report form arrives pre-filled. Modules declare theirs in ../indicator-providers.ts.
 */
export interface ComputedIndicator {
  key: string;
  description: string;
  /** `value` null: the module has no records to compute from (a missing figure, not zero). */
  compute(sql: Sql, context: ComputeContext): Promise<{ value: number | null; denominator?: number }>;
}
