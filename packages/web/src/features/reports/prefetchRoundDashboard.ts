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
  hasTrendFigures,
  hasYearComparison,
  keyIndicatorCodes,
} from './dashboardFocus';

/**
 * A round's dashboard opened directly (a link, a reload): its round, the report its charts are drawn from and the
 * first trend are asked for while the page's code downloads, not once it runs — on a slow connection each round trip
 * counts. Resolves as soon as the report and the trend have been asked for, not answered: app/router.tsx fetches the
 * page's code after them, because on HTTP/1.1 a request waits for one of the browser's six connections, and behind
 * the page's chunks (thirty-odd then, about twenty since vite.chunks.ts) the report came only after all of them
 * (seconds later, bench/out/web-waterfall.json). Once the report (and the trend) are known, so are the charts the page
 * shows first: their pictures are asked for then too (lib/chartPictures.ts), not after the page has rendered.
 * A failure is left to the page's own queries, which ask again and show it.
 */
export async function prefetchRoundDashboard(client: QueryClient, roundId: number, me: Promise<Me | null>) {
  const [completeness, account] = await Promise.all([
    client.fetchQuery({ queryKey: reportKeys.completeness(roundId), queryFn: () => fetchCompleteness(roundId) }),
    me,
  ]);
  const unitId = account ? focusUnitId(completeness, account.scopeUnitId) : null;
  if (unitId === null) return;
  const trend = (indicator: string) =>
    client.fetchQuery({
      queryKey: reportKeys.trend(roundId, unitId, indicator),
      queryFn: () => fetchRoundTrend(roundId, unitId, indicator),
    });
  const view = client.fetchQuery({
    queryKey: reportKeys.ofUnit(roundId, unitId),
    queryFn: () => fetchReportOfUnit(roundId, unitId),
  });
  // The trend the page shows first is nearly always the first key indicator's: asked for beside the report rather
  // than after it. A report without it (that answer then unused) has its own first indicator's asked for once known.
  const [likely] = keyIndicatorCodes;
  const likelyTrend = trend(likely);
  void likelyTrend.catch(() => undefined);
  void view
    .then(async (answer) => {
      const children = firstKeyIndicator(answer);
      if (children !== undefined && answer.children.length > 0)
        prefetchPicture(chartSvgPaths.children(roundId, unitId, children), expectedChartWidth(halfWidthChart));
      if (hasYearComparison(answer))
        prefetchPicture(chartSvgPaths.yearComparison(roundId, unitId), expectedChartWidth(halfWidthChart));
      const indicator = firstTrendIndicator(answer);
      if (indicator === undefined) return;
      const figures = await (indicator === likely ? likelyTrend : trend(indicator));
      if (hasTrendFigures(figures))
        prefetchPicture(chartSvgPaths.trend(roundId, unitId, indicator), expectedChartWidth(fullWidthChart));
    })
    .catch(() => undefined);
}
