import { belowScope, can, roleAllows, statesOf } from '../../auth/authorize.js';
import type { InboxProvider } from '../../inbox/inbox-items.js';
import { modelActions } from './models.policy.js';
import { findModelsBelow } from './models.repository.js';

/**
 * For the levels above: the models registered below and not evaluated yet, oldest first (an evaluated
 * one may be evaluated again, but it no longer waits for it).
 */
export const modelInbox: InboxProvider = {
  key: 'models',
  async collect(sql, { actor, limit }) {
    if (!roleAllows(actor, modelActions.evaluate, belowScope(actor))) return [];
    const states = (statesOf(modelActions.evaluate) ?? []).filter((state) => state === 'registered');
    const rows = await findModelsBelow(sql, { unitPath: actor.scopePath, states, limit });
    const items = rows
      .filter((row) => can(actor, modelActions.evaluate, { path: row.unit_path, status: row.status }))
      .map((row) => ({
        title: row.name,
        unitName: row.unit_name,
        date: row.registered_on,
        overdue: false,
        state: row.status,
        comment: null,
        link: { kind: 'model' as const, id: row.id },
      }));
    return [{ key: 'modelsToEvaluate', count: rows[0]?.total ?? 0, items }];
  },
};
