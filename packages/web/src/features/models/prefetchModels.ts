import type { QueryClient } from '@tanstack/react-query';
import { fetchModels, modelKeys } from './api';
import type { ModelFilters } from './modelFilters';

/** The list's filters of an address without any (`/models`): every model in scope, the server's order. */
export function unfilteredModels(): ModelFilters {
  return {
    q: '',
    movementId: undefined,
    field: undefined,
    status: undefined,
    level: undefined,
    unitId: undefined,
    year: undefined,
    sort: undefined,
  };
}

/**
 * /models opened directly (a link, a reload): the list, which the table and the chart are drawn from, is asked for
 * while the page's code downloads, as for /democracy (features/democracy/prefetchAssessments.ts), and likewise only
 * for the plain address. A failure is left to the page's own query.
 */
export function prefetchModels(client: QueryClient, search: string): Promise<void> {
  if (search) return Promise.resolve();
  const filters = unfilteredModels();
  return client.prefetchQuery({ queryKey: modelKeys.list(filters), queryFn: () => fetchModels(filters) });
}
