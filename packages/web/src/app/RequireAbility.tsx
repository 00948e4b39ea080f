import type { ReactNode } from 'react';
import { Navigate } from 'react-router-dom';
import type { Me } from '@danvan/shared';
import { useMe } from './authContext';

/** Renders a page only for accounts with the ability; others go back to the home screen. */
export function RequireAbility({ ability, children }: { ability: keyof Me['abilities']; children: ReactNode }) {
  const me = useMe();
  if (!me.abilities[ability]) return <Navigate to="/" replace />;
  return children;
}
