import { definePolicy, isManager, type Actor, type Scoped } from '../../auth/authorize.js';

// A unit's own people register and describe its models; the levels above evaluate and recognise them.
const belowActor = (actor: Actor, record: Scoped) => isManager(actor) && record.path !== actor.scopePath;

export const movementActions = definePolicy('movement', {
  read: () => true,
  /** The record is the unit launching the movement. */
  manage: (actor) => isManager(actor),
});

export const modelActions = definePolicy('model', {
  read: () => true,
  register: (actor) => actor.role !== 'viewer',
  update: (actor) => actor.role !== 'viewer',
  evaluate: belowActor,
  decide: belowActor,
});
