import type { RoundTrend, TrendQuery } from '@danvan/shared';
import type { Actor } from '../../auth/authorize.js';
import type { Database } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { invalid } from '../../http/errors.js';
import { requireUnit } from '../units/units.service.js';
import { figureFromTotals, noTotals } from './aggregation.js';
import { reportActions } from './reports.policy.js';
import { findTotals } from './reports.repository.js';
import { requireRound } from './reports.service.js';

/**
 * The rolled-up figure of an indicator for a unit over the same period of the last years (the
 * 9-month rounds of the last five years, say), read from the maintained totals by this round's
 * rule, so every point is computed alike; a year with nothing approved is a gap, never zero.
 */
export async function getRoundTrend(db: Database, actor: Actor, roundId: number, query: TrendQuery): Promise<RoundTrend> {
  return inScope(db, actor.scopePath, async (sql) => {
    const round = await requireRound(sql, roundId);
    const unit = await requireUnit(sql, actor, query.unitId ?? round.opener_unit_id, reportActions.read, query.unitId ? { field: 'query.unitId' } : {});
    const indicator = round.indicator_snapshot.find((candidate) => candidate.code === query.indicator);
    if (!indicator) {
      throw invalid('query.indicator', { vi: `Chỉ tiêu "${query.indicator}" không có trong kỳ báo cáo`, en: `Indicator "${query.indicator}" is not in this round` });
    }
    const years = Array.from({ length: query.years }, (_, i) => round.year - query.years + 1 + i);
    const totals = await findTotals(sql, { unitIds: [unit.id], template: round.template, years, periodIndex: round.period_index });
    return {
      unitId: unit.id,
      unitName: unit.name,
      indicator,
      template: round.template,
      periodIndex: round.period_index,
      points: years.map((year) => ({ year, ...figureFromTotals(indicator, totals.get(`${unit.id}:${year}`) ?? noTotals) })),
    };
  });
}
