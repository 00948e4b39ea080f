import type { QueryClient } from '@tanstack/react-query';
import type { Me } from '@danvan/shared';
import { fetchCompleteness, fetchReportOfUnit, fetchRoundTrend, reportKeys } from './api';
import { firstTrendIndicator, focusUnitId } from './dashboardFocus';

/**
 * A round's dashboard opened directly (a link, a reload): its round, the report its charts are drawn from and the
 * first trend are asked for while the page's code downloads, not once it runs — on a slow connection each round trip counts.
 * A failure is left to the page's own queries, which ask again and show it.
 */
export async function prefetchRoundDashboard(client: QueryClient, roundId: number, me: Promise<Me | null>) {
  const [completeness, account] = await Promise.all([
    client.fetchQuery({ queryKey: reportKeys.completeness(roundId), queryFn: () => fetchCompleteness(roundId) }),
    me,
  ]);
  const unitId = account ? focusUnitId(completeness, account.scopeUnitId) : null;
  if (unitId === null) return;
  const view = await client.fetchQuery({
    queryKey: reportKeys.ofUnit(roundId, unitId),
    queryFn: () => fetchReportOfUnit(roundId, unitId),
  });
  const indicator = firstTrendIndicator(view);
  if (indicator === undefined) return;
  await client.prefetchQuery({
    queryKey: reportKeys.trend(roundId, unitId, indicator),
    queryFn: () => fetchRoundTrend(roundId, unitId, indicator),
  });
}
