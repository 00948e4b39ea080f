import { belowScope, can, roleAllows, statesOf } from '../../auth/authorize.js';
import type { InboxProvider } from '../../inbox/inbox-items.js';
import { democracyActions } from './democracy.policy.js';
import { findAssessmentsBelow } from './democracy.repository.js';

/** For the levels above: the communes' checklists submitted and waiting to be rated, oldest first. */
export const democracyInbox: InboxProvider = {
  key: 'democracy',
  async collect(sql, { actor, limit }) {
    if (!roleAllows(actor, democracyActions.rate, belowScope(actor))) return [];
    const states = statesOf(democracyActions.rate) ?? [];
    const rows = await findAssessmentsBelow(sql, { unitPath: actor.scopePath, states, limit });
    const items = rows
      .filter((row) => can(actor, democracyActions.rate, { path: row.unit_path, status: row.status }))
      .map((row) => ({
        title: String(row.year),
        unitName: row.unit_name,
        date: row.submitted_on,
        overdue: false,
        state: row.status,
        comment: null,
        link: { kind: 'assessment' as const, unitId: row.unit_id, year: row.year },
      }));
    return [{ key: 'assessmentsToRate', count: rows[0]?.total ?? 0, items }];
  },
};
