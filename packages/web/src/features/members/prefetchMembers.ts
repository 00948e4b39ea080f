import type { QueryClient } from '@tanstack/react-query';
import type { Me } from '@danvan/shared';
import { prefetchPicture } from '../../lib/chartPictures';
import { expectedChartWidth } from '../../lib/frameLayout';
import { prefetchUnits } from '../../lib/units';
import { fetchMemberCounts, fetchMemberRollup, memberKeys, rollupChartSvgPath } from './api';
import { lastEndedQuarter } from './memberLabels';

/** The list's first page (MemberCountsList.tsx) of an address without filters: the newest periods first. */
const firstPage = { filters: { q: '', sort: '-period' as const }, limit: 20, offset: 0 };

/**
 * /members opened directly (a link, a reload): the list's first page is asked for while the page's code downloads,
 * as for /models and /democracy (only for the plain address), and so are the totals of the "Tổng hợp" tab for the
 * account's unit and the last ended quarter (MemberRollupView.tsx's first view), once the session is known: opened
 * afterwards, the tab shows them at once, and its chart's picture (in the tab's small card inside the page's card,
 * MemberRollupView.tsx), asked for once the totals are known, is there too; so are the units both tabs pick from.
 * A failure is left to the page's own queries.
 */
export async function prefetchMembers(client: QueryClient, search: string, me: Promise<Me | null>): Promise<void> {
  if (!search) {
    const { filters, limit, offset } = firstPage;
    void client.prefetchQuery({
      queryKey: memberKeys.list(filters, limit, offset),
      queryFn: () => fetchMemberCounts(filters, limit, offset),
    });
  }
  const account = await me;
  if (!account) return;
  void prefetchUnits(client);
  const { year, quarter } = lastEndedQuarter();
  const rollup = await client
    .fetchQuery({
      queryKey: memberKeys.rollup(account.scopeUnitId, year, quarter),
      queryFn: () => fetchMemberRollup(account.scopeUnitId, year, quarter),
    })
    .catch(() => null);
  if (rollup && rollup.totals.length > 0)
    prefetchPicture(rollupChartSvgPath(account.scopeUnitId, year, quarter), expectedChartWidth(['card', 'smallCard']));
}
