import { definePolicy, isManager } from '../../auth/authorize.js';

/** Admins and leaders read the audit log of their scope; the record is the scope root being browsed. */
export const auditActions = definePolicy('audit', {
  read: (actor) => isManager(actor),
});
