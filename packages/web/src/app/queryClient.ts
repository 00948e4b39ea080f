import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from '../lib/api';
import { inboxKeys } from '../features/inbox/api';

export const meKey = ['me'] as const;

/** A 401 outside /api/auth means the session ended: forget the account, which routes to /login. */
function onError(error: unknown): void {
  if (error instanceof ApiError && error.status === 401 && !error.path.startsWith('/api/auth/')) {
    queryClient.setQueryData(meKey, null);
  }
}

function retry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

export const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({ onError }),
  // Any change may give or take away work (a report submitted, a model evaluated): the inbox and its badges follow.
  mutationCache: new MutationCache({
    onError,
    // Not awaited: the mutation does not wait for the inbox to be fetched again.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: inboxKeys.all });
    },
  }),
  defaultOptions: {
    queries: { retry, staleTime: 30_000, refetchOnWindowFocus: false },
    mutations: { retry: false },
  },
});
