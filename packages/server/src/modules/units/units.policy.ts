import { definePolicy, isManager, type Actor, type Scoped } from '../../auth/authorize.js';

// Leaders manage what lies under them, not the root of their own scope (that belongs to the level above).
const managesBelowOwnRoot = (actor: Actor, unit: Scoped) =>
  actor.role === 'admin' ? true : actor.role === 'leader' && unit.path !== actor.scopePath;

// The national root has nowhere to move to and cannot close.
const isNationalRoot = (unit: Scoped) => !unit.path.includes('.');

export const unitActions = definePolicy('unit', {
  read: () => true,
  /** The record is the parent the new unit goes under. */
  createChild: (actor) => isManager(actor),
  update: managesBelowOwnRoot,
  move: (actor, unit) => !isNationalRoot(unit) && managesBelowOwnRoot(actor, unit),
  close: (actor, unit) => !isNationalRoot(unit) && managesBelowOwnRoot(actor, unit),
  /** The record is the parent the imported units go under. */
  import: (actor) => isManager(actor),
});
