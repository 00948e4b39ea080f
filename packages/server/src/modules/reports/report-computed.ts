import type { Indicator } from '@danvan/shared';
import type { Sql } from '../../db/client.js';
import { computedIndicators, narrativeFacts } from '../../reporting/indicator-providers.js';
import type { ComputeContext } from '../../reporting/computed-indicators.js';
import { keptWhileRegistersUnchanged, registerReading, type RegisterReading } from '../../reporting/kept-figures.js';
import {
  findReportingDescendantPaths,
  findValues,
  upsertValues,
  type ReportRow,
  type ValueRow,
} from './reports.repository.js';
import { type RoundRow } from './rounds.repository.js';

// A null value: the module has no records to compute from, so the figure stays the unit's to enter.
export type ComputedFigures = Map<string, { value: number | null; denominator: number | null }>;

/** What the modules' records say now for the round's computed indicators; reads only. */
export async function computeFigures(
  reading: RegisterReading,
  report: ReportRow,
  round: RoundRow,
): Promise<ComputedFigures> {
  if (!round.indicator_snapshot.some((indicator) => indicator.computedKey)) return new Map();
  return computeOverKept(reading, round.indicator_snapshot, {
    unitPath: report.unit_path,
    // Read on every call: which units below report for themselves is the reports', not the registers', to change.
    excludedPaths: await findReportingDescendantPaths(reading.sql, { unitPath: report.unit_path, roundId: round.id }),
    periodStart: round.period_start,
    periodEnd: round.period_end,
  });
}

/**
 * computeOver, kept while the registers are unchanged: a dozen counting queries over the whole area, the most
 * of what opening a report costs. The key is the indicators' computations and the area and period counted.
 */
export function computeOverKept(
  reading: RegisterReading,
  indicators: readonly Indicator[],
  context: ComputeContext,
): Promise<ComputedFigures> {
  const computations = indicators.filter((i) => i.computedKey).map((i) => [i.code, i.computedKey]);
  return keptWhileRegistersUnchanged(reading, `computed:${JSON.stringify([computations, context])}`, () =>
    computeOver(reading.sql, indicators, context),
  );
}

/** The computed indicators of a list over an area and a period (a report's own, or a whole area of last year). */
export async function computeOver(
  sql: Sql,
  indicators: readonly Indicator[],
  context: ComputeContext,
): Promise<ComputedFigures> {
  const figures: ComputedFigures = new Map();
  for (const indicator of indicators) {
    const provider = indicator.computedKey ? computedIndicators.get(indicator.computedKey) : undefined;
    if (!provider) continue;
    const result = await provider.compute(sql, context);
    figures.set(indicator.code, { value: result.value, denominator: result.denominator ?? null });
  }
  return figures;
}

/**
 * Stored figures with fresh computed ones laid over them: a computed figure follows the records,
 * a hand-adjusted one keeps its value and reason and only learns the new computed value.
 */
export function withComputed(values: ValueRow[], computed: ComputedFigures): ValueRow[] {
  const byCode = new Map(values.map((v) => [v.indicator_code, v]));
  for (const [code, fresh] of computed) {
    const current = byCode.get(code);
    if (fresh.value === null && (current?.computed_value ?? null) === null) continue;
    byCode.set(
      code,
      current?.source === 'adjusted'
        ? { ...current, computed_value: fresh.value }
        : {
            indicator_code: code,
            value: fresh.value,
            denominator: fresh.denominator,
            source: 'computed',
            adjust_reason: null,
            computed_value: fresh.value,
          },
    );
  }
  return [...byCode.values()];
}

/**
 * Stores fresh computed figures of an editable report (on save, submit and the explicit refresh;
 * never on a read); returns the values as now stored, and what changed for the use case's audit row.
 */
export async function refreshComputed(
  sql: Sql,
  report: ReportRow,
  round: RoundRow,
): Promise<{
  values: ValueRow[];
  computed: Record<string, { before: number | null; after: number | null }>;
  registers: RegisterReading;
}> {
  const [stored, registers] = await Promise.all([findValues(sql, report.id), registerReading(sql)]);
  const before = new Map(stored.map((v) => [v.indicator_code, v]));
  const values = withComputed(stored, await computeFigures(registers, report, round));
  const changes = values.filter((v) => {
    const old = before.get(v.indicator_code);
    return (
      !old ||
      old.value !== v.value ||
      old.denominator !== v.denominator ||
      old.source !== v.source ||
      old.computed_value !== v.computed_value
    );
  });
  await upsertValues(
    sql,
    report.id,
    changes.map((v) => ({
      code: v.indicator_code,
      value: v.value,
      denominator: v.denominator,
      source: v.source,
      adjustReason: v.adjust_reason,
      computedValue: v.computed_value,
    })),
  );
  const computed = Object.fromEntries(
    changes
      .filter((v) => before.get(v.indicator_code)?.value !== v.value)
      .map((v) => [v.indicator_code, { before: before.get(v.indicator_code)?.value ?? null, after: v.value }]),
  );
  return { values, computed, registers };
}

export const ownFigures = (values: ValueRow[]) =>
  new Map(values.map((v) => [v.indicator_code, { value: v.value, denominator: v.denominator }]));

/** What the registers say beyond counts over a report's whole area and period (the recognised models, named), for its narrative. */
export function collectHighlights(
  reading: RegisterReading,
  report: ReportRow,
  round: RoundRow,
): Promise<{ section: string; vi: string; en: string }[]> {
  const context = {
    unitPath: report.unit_path,
    excludedPaths: [],
    periodStart: round.period_start,
    periodEnd: round.period_end,
  };
  return keptWhileRegistersUnchanged(reading, `highlights:${JSON.stringify(context)}`, async () => {
    const found = await Promise.all(
      narrativeFacts.map(async (facts) =>
        (await facts.collect(reading.sql, context)).map((fact) => ({ section: facts.section, ...fact })),
      ),
    );
    return found.flat();
  });
}
