import type { QueryClient } from '@tanstack/react-query';
import type { Me } from '@danvan/shared';
import { prefetchPicture } from '../../lib/chartPictures';
import { expectedChartWidth } from '../../lib/frameLayout';
import { chartSvgPaths, fetchCompleteness, fetchReportOfUnit, fetchRoundTrend, reportKeys } from './api';
import {
  firstKeyIndicator,
  firstTrendIndicator,
  focusUnitId,
  fullWidthChart,
  halfWidthChart,
  keyIndicatorCodes,
} from './dashboardFocus';

/**
 * A round's dashboard opened directly (a link, a reload): its round, the report its charts are drawn from, the first
 * trend and the charts' pictures are asked for while the page's code downloads, not once it runs — on a slow
 * connection each round trip counts. The report and the pictures need the unit whose report the page shows (known
 * with the round and the account); the pictures are asked for at once, for the charts as the page nearly always opens
 * (the first key indicator, lib/chartPictures.ts), and for the report's own first indicator once it has come should
 * that be another. A failure is left to the page's own queries, which ask again and show it.
 */
export async function prefetchRoundDashboard(client: QueryClient, roundId: number, me: Promise<Me | null>) {
  const [completeness, account] = await Promise.all([
    client.fetchQuery({ queryKey: reportKeys.completeness(roundId), queryFn: () => fetchCompleteness(roundId) }),
    me,
  ]);
  const unitId = account ? focusUnitId(completeness, account.scopeUnitId) : null;
  if (unitId === null) return;
  const trend = (indicator: string) => {
    void client.prefetchQuery({
      queryKey: reportKeys.trend(roundId, unitId, indicator),
      queryFn: () => fetchRoundTrend(roundId, unitId, indicator),
    });
    prefetchPicture(chartSvgPaths.trend(roundId, unitId, indicator), expectedChartWidth(fullWidthChart));
  };
  const children = (indicator: string) =>
    prefetchPicture(chartSvgPaths.children(roundId, unitId, indicator), expectedChartWidth(halfWidthChart));
  const view = client.fetchQuery({
    queryKey: reportKeys.ofUnit(roundId, unitId),
    queryFn: () => fetchReportOfUnit(roundId, unitId),
  });
  const [likely] = keyIndicatorCodes;
  trend(likely);
  children(likely);
  prefetchPicture(chartSvgPaths.yearComparison(roundId, unitId), expectedChartWidth(halfWidthChart));
  void view
    .then((answer) => {
      const first = firstKeyIndicator(answer);
      if (first !== undefined && first !== likely) children(first);
      const indicator = firstTrendIndicator(answer);
      if (indicator !== undefined && indicator !== likely) trend(indicator);
    })
    .catch(() => undefined);
}
