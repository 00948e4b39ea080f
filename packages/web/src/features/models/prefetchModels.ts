import type { QueryClient } from '@tanstack/react-query';
import { prefetchPicture } from '../../lib/chartPictures';
import { expectedChartWidth, type ChartBox } from '../../lib/frameLayout';
import { prefetchUnits } from '../../lib/units';
import { isPhone } from '../../lib/useIsPhone';
import { chartSvgPath, fetchModels, fetchMovements, modelKeys, movementKeys } from './api';
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

/** Around the chart (ModelsPage.tsx): the page's card, then the panel that folds it away. */
const modelsChartBoxes: ChartBox[] = ['card', 'smallCollapse'];

/**
 * /models opened directly (a link, a reload): the list, which the table and the chart are drawn from, is asked for
 * while the page's code downloads, as for /democracy (features/democracy/prefetchAssessments.ts), and likewise only
 * for the plain address; then the chart's picture, where the page opens with it (some models, a wide screen: a
 * phone's starts folded), and the units and movements its filters pick from (ModelFilterBar.tsx). A failure is left to
 * the page's own queries.
 */
export async function prefetchModels(client: QueryClient, search: string): Promise<void> {
  if (search) return;
  const filters = unfilteredModels();
  const items = await client
    .fetchQuery({ queryKey: modelKeys.list(filters), queryFn: () => fetchModels(filters) })
    .catch(() => []);
  if (items.length > 0 && !isPhone()) prefetchPicture(chartSvgPath(filters), expectedChartWidth(modelsChartBoxes));
  void prefetchUnits(client);
  void client.prefetchQuery({ queryKey: movementKeys.list(), queryFn: () => fetchMovements() });
}
