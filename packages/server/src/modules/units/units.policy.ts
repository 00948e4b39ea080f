import { definePolicy, isManager, type Actor, type Scoped } from '../../auth/authorize.js';
import { invalid } from '../../http/errors.js';

/** A unit as the policy sees it: where it sits, and whether it has been closed (giải thể). */
export interface UnitRecord extends Scoped {
  closed_on: string | null;
}

// Leaders manage what lies under them, not the root of their own scope (that belongs to the level above).
const managesBelowOwnRoot = (actor: Actor, unit: Scoped) =>
  actor.role === 'admin' ? true : actor.role === 'leader' && unit.path !== actor.scopePath;

// The national root has nowhere to move to and cannot close.
const isNationalRoot = (unit: Scoped) => !unit.path.includes('.');

/** A closed unit stays in history as it was: nothing is changed in it or added under it. */
export const unitActions = definePolicy(
  'unit',
  {
    read: () => true,
    /** The record is the parent the new unit goes under. */
    createChild: { who: (actor) => isManager(actor), in: ['open'] },
    update: { who: managesBelowOwnRoot, in: ['open'] },
    move: { who: (actor, unit) => !isNationalRoot(unit) && managesBelowOwnRoot(actor, unit), in: ['open'] },
    close: { who: (actor, unit) => !isNationalRoot(unit) && managesBelowOwnRoot(actor, unit), in: ['open'] },
    /** The record is the parent the imported units go under (which must also take children: createChild). */
    import: (actor) => isManager(actor),
  },
  {
    stateOf: (unit: UnitRecord) => (unit.closed_on === undefined ? undefined : unit.closed_on ? 'closed' : 'open'),
    refuse: (_action, _state, { field = 'params.id' }) =>
      invalid(field, { vi: 'Đơn vị đã giải thể', en: 'The unit is closed' }, 409),
  },
);
