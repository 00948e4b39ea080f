import type { Role } from '@danvan/shared';
import { definePolicy, isManager, type Actor, type Scoped } from '../../auth/authorize.js';

/** An account as the policy sees it: where it sits and which role it has (or would get). */
export interface UserRecord extends Scoped {
  userId?: number;
  role: Role;
}

// Only an admin hands out or touches admin accounts; nobody edits their own role or status.
const mayManage = (actor: Actor, user: UserRecord) =>
  isManager(actor) && (actor.role === 'admin' || user.role !== 'admin') && user.userId !== actor.userId;

export const userActions = definePolicy('user', {
  /** The record is the scope being listed. */
  list: (actor) => isManager(actor),
  create: mayManage,
  update: mayManage,
  disable: mayManage,
});
