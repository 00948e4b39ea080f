import type { QueryClient } from '@tanstack/react-query';
import { prefetchPicture } from '../../lib/chartPictures';
import { expectedChartWidth } from '../../lib/frameLayout';
import { chartSvgPath, democracyKeys, fetchAssessments, type AssessmentFilters } from './api';

/** The list's filters of an address without any (`/democracy`): this year's assessments, every status and rating. */
export function unfilteredAssessments(): AssessmentFilters {
  return { year: new Date().getFullYear(), status: undefined, rating: undefined };
}

/**
 * /democracy opened directly (a link, a reload): its list, which the page and its chart are drawn from, is asked for
 * while the page's code downloads, not once it runs — on a slow connection the request would otherwise wait behind
 * the code for one of the browser's few connections. Only for the plain address: reading filters needs the codes'
 * tables, which stay out of the first download (the page then asks itself). Then the chart's picture, where the page
 * draws the chart (two units or more), in the page's card (DemocracyPage.tsx). A failure is left to the page's query.
 */
export async function prefetchAssessments(client: QueryClient, search: string): Promise<void> {
  if (search) return;
  const filters = unfilteredAssessments();
  const rows = await client
    .fetchQuery({ queryKey: democracyKeys.list(filters), queryFn: () => fetchAssessments(filters) })
    .catch(() => []);
  if (rows.length > 1) prefetchPicture(chartSvgPath(filters), expectedChartWidth(['card']));
}
