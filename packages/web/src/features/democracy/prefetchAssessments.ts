import type { QueryClient } from '@tanstack/react-query';
import { democracyKeys, fetchAssessments, type AssessmentFilters } from './api';

/** The list's filters of an address without any (`/democracy`): this year's assessments, every status and rating. */
export function unfilteredAssessments(): AssessmentFilters {
  return { year: new Date().getFullYear(), status: undefined, rating: undefined };
}

/**
 * /democracy opened directly (a link, a reload): its list, which the page and its chart are drawn from, is asked for
 * while the page's code downloads, not once it runs — on a slow connection the request would otherwise wait behind
 * the code for one of the browser's few connections. Only for the plain address: reading filters needs the codes'
 * tables, which stay out of the first download (the page then asks itself). A failure is left to the page's query.
 */
export function prefetchAssessments(client: QueryClient, search: string): Promise<void> {
  if (search) return Promise.resolve();
  const filters = unfilteredAssessments();
  return client.prefetchQuery({ queryKey: democracyKeys.list(filters), queryFn: () => fetchAssessments(filters) });
}
