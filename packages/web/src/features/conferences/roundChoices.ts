import type { RoundSummary, Template, Unit } from '@danvan/shared';

/** The reporting period a conference kind reviews. */
const kindTemplates: Record<string, Template> = {
  so_ket_6: 'six_month',
  so_ket_9: 'nine_month',
  tong_ket: 'annual',
};

/**
 * The rounds a unit's conference can belong to, those it has a report in: the ones it opened and
 * reports in itself, and the ones a unit above it opened for units of its type. Newest period first.
 */
export function roundsOfUnit(rounds: RoundSummary[], units: Unit[], unitId: number): RoundSummary[] {
  const unit = units.find((u) => u.id === unitId);
  if (!unit) return [];
  const above = (openerId: number) => {
    const opener = units.find((u) => u.id === openerId);
    return opener !== undefined && unit.path.startsWith(`${opener.path}.`);
  };
  return rounds
    .filter((r) =>
      r.openerUnitId === unitId
        ? r.progress.includesOpener
        : r.reportingUnitTypes.includes(unit.type) && above(r.openerUnitId),
    )
    .sort((a, b) => b.periodEnd.localeCompare(a.periodEnd) || b.id - a.id);
}

/**
 * The round a new conference of `kind` held in `year` most likely reports on: of its period, that
 * year's (an annual review may be held early the next year); none for a thematic conference.
 */
export function defaultRound(rounds: RoundSummary[], kind: string, year: number): number | null {
  const template = kindTemplates[kind];
  if (!template) return null;
  const years = template === 'annual' ? [year, year - 1] : [year];
  return rounds.find((r) => r.template === template && years.includes(r.year))?.id ?? null;
}
