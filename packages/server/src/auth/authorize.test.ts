import { describe, expect, it } from 'vitest';
import { AppError, conflict } from '../http/errors.js';
import { authorize, can, definePolicy, roleAllows, type Actor, type Scoped } from './authorize.js';

interface Door extends Scoped {
  state?: 'open' | 'locked';
}

const doorActions = definePolicy(
  'test_door',
  {
    look: () => true,
    open: { who: (actor: Actor) => actor.role !== 'viewer', in: ['locked'] },
  },
  {
    stateOf: (door: Door) => door.state,
    refuse: (action, state, { field }) => conflict('illegal_transition', { vi: `${action} ${state}`, en: field ?? '' }),
  },
);

const actor = (role: Actor['role']): Actor => ({
  userId: 1,
  username: 'u',
  role,
  unitId: 2,
  scopePath: '1.2',
  scopeUnitId: 2,
});
const status = (run: () => void) => {
  try {
    run();
    return 200;
  } catch (error) {
    return (error as AppError).status;
  }
};

describe('the policy engine', () => {
  it('answers 404 out of scope, 403 for the role, then 409 for the state, and allows what passes all three', () => {
    const locked: Door = { path: '1.2.3', state: 'locked' };
    expect(status(() => authorize(actor('leader'), doorActions.open, { path: '1.9', state: 'open' }))).toBe(404);
    expect(status(() => authorize(actor('viewer'), doorActions.open, { ...locked, state: 'open' }))).toBe(403);
    expect(status(() => authorize(actor('leader'), doorActions.open, { ...locked, state: 'open' }))).toBe(409);
    expect(status(() => authorize(actor('leader'), doorActions.open, locked))).toBe(200);
  });

  it('gives the abilities from the same rules, and the menu from the role alone', () => {
    expect(can(actor('leader'), doorActions.open, { path: '1.2.3', state: 'locked' })).toBe(true);
    expect(can(actor('leader'), doorActions.open, { path: '1.2.3', state: 'open' })).toBe(false);
    expect(can(actor('viewer'), doorActions.look, { path: '1.2.3' })).toBe(true);
    expect(roleAllows(actor('leader'), doorActions.open, { path: '1.2' })).toBe(true);
    expect(roleAllows(actor('viewer'), doorActions.open, { path: '1.2' })).toBe(false);
  });

  it("passes the request's field to the refusal, and refuses to guess a state it was not given", () => {
    try {
      authorize(actor('admin'), doorActions.open, { path: '1.2', state: 'open' }, { field: 'body.doorId' });
    } catch (error) {
      expect((error as AppError).messages).toEqual({ vi: 'open open', en: 'body.doorId' });
    }
    expect(() => can(actor('admin'), doorActions.open, { path: '1.2' })).toThrow(/needs the state/);
  });

  it('refuses states on a policy without a lifecycle, and an action declared twice', () => {
    expect(() => definePolicy('test_window', { open: { who: () => true, in: ['shut'] } })).toThrow(/no lifecycle/);
    expect(() => definePolicy('test_door', { look: () => true })).toThrow(/declared twice/);
  });
});
