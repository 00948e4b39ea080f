import type { RoundTrend, TrendQuery } from '@danvan/shared';
import type { Actor } from '../../auth/authorize.js';
import type { Database } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { invalid } from '../../http/errors.js';
import { requireUnit } from '../units/index.js';
import { addTotals, figureFromTotals, noTotals, type TotalsLookup } from './aggregation.js';
import { ownFigures } from './report-computed.js';
import { hasFigures, ownLookup } from './report-figures.js';
import { findApprovedValuesOfPeriod } from './report-view.repository.js';
import { reportActions } from './reports.policy.js';
import { findReportingChildren } from './reports.repository.js';
import { findTotals } from './rollup.repository.js';
import { requireRound } from './reports.service.js';

/**
 * The rolled-up figure of an indicator for a unit over the same period of the last years (the
 * 9-month rounds of the last five years, say), read from the maintained totals by this round's
 * rule, so every point is computed alike; a year with nothing approved is a gap, never zero. Beside
 * it, the same over the parts of the area that reported in every year, like for like.
 */
export async function getRoundTrend(
  db: Database,
  actor: Actor,
  roundId: number,
  query: TrendQuery,
): Promise<RoundTrend> {
  return inScope(db, actor.scopePath, async (sql) => {
    const round = await requireRound(sql, roundId);
    const unit = await requireUnit(
      sql,
      actor,
      query.unitId ?? round.opener_unit_id,
      reportActions.read,
      query.unitId ? { field: 'query.unitId' } : {},
    );
    const indicator = round.indicator_snapshot.find((candidate) => candidate.code === query.indicator);
    if (!indicator) {
      throw invalid('query.indicator', {
        vi: `Chỉ tiêu "${query.indicator}" không có trong kỳ báo cáo`,
        en: `Indicator "${query.indicator}" is not in this round`,
      });
    }
    const years = Array.from({ length: query.years }, (_, i) => round.year - query.years + 1 + i);
    const period = { template: round.template, periodIndex: round.period_index };
    const children = await findReportingChildren(sql, { unitPath: unit.path, roundId: round.id });
    const totals = await findTotals(sql, {
      unitIds: [unit.id, ...children.map((child) => child.id)],
      ...period,
      years,
    });
    const indicators = round.indicator_snapshot;
    // The parts of the area, each with its figures of every year: the unit's own approved report, and each unit below.
    const own = await Promise.all(
      years.map(async (year) => {
        const values = await findApprovedValuesOfPeriod(sql, { unitId: unit.id, ...period, year });
        return values ? ownLookup(indicators, ownFigures(values)) : null;
      }),
    );
    const parts = [own, ...children.map((child) => years.map((year) => totals.get(`${child.id}:${year}`) ?? null))];
    const reportedYears = years.map((year) => hasFigures(totals.get(`${unit.id}:${year}`) ?? null));
    const comparable = parts.filter((part) => part.every((lookup, i) => !reportedYears[i] || hasFigures(lookup)));
    return {
      unitId: unit.id,
      unitName: unit.name,
      indicator,
      template: round.template,
      periodIndex: round.period_index,
      points: years.map((year) => ({
        year,
        ...figureFromTotals(indicator, totals.get(`${unit.id}:${year}`) ?? noTotals),
      })),
      comparablePoints: years.map((year, i) => ({
        year,
        ...(reportedYears[i] && comparable.length
          ? figureFromTotals(indicator, addTotals(comparable.map((part) => part[i] as TotalsLookup)))
          : { value: null, denominator: null }),
      })),
      comparison: { units: comparable.length, of: parts.length },
    };
  });
}
