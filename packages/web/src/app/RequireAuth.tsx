import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from './authContext';

/**
 * Sends visitors without a session to /login, remembering where they were going — unless they just
 * signed out, when the page belongs to the account that left and the next person may not see it.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { me, signedOut } = useAuth();
  const location = useLocation();
  if (!me)
    return <Navigate to="/login" replace state={signedOut ? null : { from: location.pathname + location.search }} />;
  return children;
}
