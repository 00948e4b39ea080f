import type { Role } from '@danvan/shared';
import { definePolicy, isManager, type Actor, type Scoped } from '../../auth/authorize.js';

/** An account as the policy sees it: where it sits and which role it has (or would get). */
export interface UserRecord extends Scoped {
  userId?: number;
  role: Role;
  /** The area the account works at: its unit when that is an area (a ward), else the nearest area above it. */
  areaPath?: string | null;
  /** For a move: the account where it is now (the record itself being where it would go). */
  movedFrom?: UserRecord;
}

// Only an admin hands out or touches admin accounts; nobody edits their own role or status.
const mayManage = (actor: Actor, user: UserRecord) =>
  isManager(actor) && (actor.role === 'admin' || user.role !== 'admin') && user.userId !== actor.userId;

/**
 * A leader sets passwords only at the levels below their own: accounts whose area lies strictly inside the
 * leader's scope (a city board's leader: the wards and their blocs), never the leader's own unit or the peer
 * bodies working at the same level (the city's party committee, Fatherland Front), whose people are the
 * leader's equals. Only an admin sets any password.
 */
const mayResetPassword = (actor: Actor, user: UserRecord) =>
  mayManage(actor, user) &&
  (actor.role === 'admin' || (user.areaPath != null && user.areaPath.startsWith(`${actor.scopePath}.`)));

/**
 * A move never brings an account into reach of the actor's password reset from outside it: a leader could otherwise
 * move a peer down to a ward, set its password there and move it back.
 */
const mayMove = (actor: Actor, user: UserRecord) =>
  mayManage(actor, user) &&
  (user.movedFrom === undefined || mayResetPassword(actor, user.movedFrom) || !mayResetPassword(actor, user));

export const userActions = definePolicy('user', {
  /** The record is the scope being listed. */
  list: (actor) => isManager(actor),
  create: mayManage,
  update: mayManage,
  /** The record is where the account would go, with `movedFrom`. */
  move: mayMove,
  disable: mayManage,
  resetPassword: mayResetPassword,
});
