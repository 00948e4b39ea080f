import { definePolicy, isManager, type Actor, type Scoped } from '../../auth/authorize.js';

/**
 * A commune's own people fill in its checklist and self-assessment; the level above rates it or
 * returns it for correction, so a unit never rates itself. The national checklist is the admins'.
 */
const aboveUnit = (actor: Actor, record: Scoped) => isManager(actor) && record.path !== actor.scopePath;
const ownUnit = (actor: Actor, record: Scoped) => actor.role !== 'viewer' && record.path === actor.scopePath;

export const democracyActions = definePolicy('democracy', {
  read: () => true,
  edit: ownUnit,
  submit: ownUnit,
  rate: aboveUnit,
  return: aboveUnit,
  manageChecklist: (actor) => actor.role === 'admin',
});
