import { definePolicy } from '../../auth/authorize.js';

/** The catalogue is national: everyone reads it, only system admins change it. */
export const indicatorActions = definePolicy('indicator', {
  read: () => true,
  manage: (actor) => actor.role === 'admin',
});
