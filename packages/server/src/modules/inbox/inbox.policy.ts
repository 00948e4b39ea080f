import { definePolicy } from '../../auth/authorize.js';

/** Every account may read its own inbox; what it holds is decided item by item by each feature's policy. */
export const inboxActions = definePolicy('inbox', {
  read: () => true,
});
