import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Me } from '@danvan/shared';
import { fetchMe, login, logout } from '../features/auth/api';
import { AuthContext, type AuthState } from './authContext';
import { meKey } from './queryClient';
import { FullPageSpin } from './FullPageSpin';
import { FullPageError } from './FullPageError';

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const meQuery = useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: Infinity });
  const [signedOut, setSignedOut] = useState(false);

  const signIn = useCallback(
    async (input: { username: string; password: string }): Promise<Me> => {
      const me = await login(input);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
      queryClient.setQueryData(meKey, me);
      setSignedOut(false);
      return me;
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await logout();
    } finally {
      setSignedOut(true);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meKey[0] });
      queryClient.setQueryData(meKey, null);
    }
  }, [queryClient]);

  const value = useMemo<AuthState>(
    () => ({ me: meQuery.data ?? null, signIn, signOut, signedOut }),
    [meQuery.data, signIn, signOut, signedOut],
  );

  if (meQuery.isPending) return <FullPageSpin />;
  if (meQuery.isError) return <FullPageError error={meQuery.error} onRetry={() => meQuery.refetch()} />;
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}
