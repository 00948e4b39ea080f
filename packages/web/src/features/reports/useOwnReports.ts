import { useQueries } from '@tanstack/react-query';
import type { CompletenessRow, RoundSummary } from '@danvan/shared';
import { useMe } from '../../app/authContext';
import { fetchCompleteness, reportKeys } from './api';

/**
 * The account's own form in each round it reports in (rounds opened above its scope unit),
 * by round id; rounds it manages or opened itself are left out.
 */
export function useOwnReports(rounds: RoundSummary[]): Map<number, CompletenessRow> {
  const me = useMe();
  const reporting = rounds.filter((round) => !round.abilities.manage && round.openerUnitId !== me.scopeUnitId);
  return useQueries({
    queries: reporting.map((round) => ({
      queryKey: reportKeys.completeness(round.id),
      queryFn: () => fetchCompleteness(round.id),
    })),
    combine: (results) => {
      const own = new Map<number, CompletenessRow>();
      results.forEach((result, index) => {
        const row = result.data?.rows.find((candidate) => candidate.unitId === me.scopeUnitId);
        if (row) own.set(reporting[index].id, row);
      });
      return own;
    },
  });
}
