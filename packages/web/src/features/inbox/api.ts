import { useQuery } from '@tanstack/react-query';
import type { Inbox, InboxGroupKey, InboxLink } from '@danvan/shared';
import { api } from '../../lib/api';

export const inboxKeys = { all: ['inbox'] as const };

export const fetchInbox = () => api<Inbox>('/api/inbox');

/**
 * The account's work, for the home screen and the menu's badges alike (one query, one request). Always
 * fetched again when the home screen opens: a report submitted a minute ago must not stay on it.
 */
export function useInbox() {
  return useQuery({ queryKey: inboxKeys.all, queryFn: fetchInbox, staleTime: 0 });
}

/** How many items each group holds; 0 for a group the account has nothing in. */
export function countOf(inbox: Inbox | undefined, keys: readonly InboxGroupKey[]): number {
  return (inbox?.groups ?? []).filter((group) => keys.includes(group.key)).reduce((sum, group) => sum + group.count, 0);
}

/** The address of the record an item points to. */
export function linkPath(link: InboxLink): string {
  switch (link.kind) {
    case 'report':
      return `/reports/${link.roundId}/units/${link.unitId}`;
    case 'assessment':
      return `/democracy/${link.unitId}/${link.year}`;
    case 'model':
      return `/models/${link.id}`;
    case 'task':
      return `/tasks/${link.id}`;
    case 'campaign':
      return `/commendations/campaigns/${link.id}`;
    case 'conference':
      return `/conferences/${link.id}`;
  }
}
