import { createContext, useContext } from 'react';
import type { Me } from '@danvan/shared';

export interface AuthState {
  me: Me | null;
  signIn: (input: { username: string; password: string }) => Promise<Me>;
  signOut: () => Promise<void>;
  /** True after the user signed out here: the next sign-in starts afresh instead of returning to their last page. */
  signedOut: boolean;
}

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth is used outside AuthProvider');
  return state;
}

/** The signed-in account; only for pages behind RequireAuth. */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error('useMe is used outside RequireAuth');
  return me;
}
