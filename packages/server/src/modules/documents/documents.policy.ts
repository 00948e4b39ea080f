import { definePolicy } from '../../auth/authorize.js';

/** Everyone reads the register of their scope; all but viewers record documents for units in it. */
export const documentActions = definePolicy('document', {
  read: () => true,
  create: (actor) => actor.role !== 'viewer',
  update: (actor) => actor.role !== 'viewer',
});
