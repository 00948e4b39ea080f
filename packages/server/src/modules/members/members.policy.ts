import { definePolicy } from '../../auth/authorize.js';

/** Everyone reads the counts of their scope; all but viewers record them for the organisations in it. */
export const memberCountActions = definePolicy('member_count', {
  read: () => true,
  create: (actor) => actor.role !== 'viewer',
  update: (actor) => actor.role !== 'viewer',
});
