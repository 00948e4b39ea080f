import type { InboxGroup } from '@danvan/shared';
import { can, roleAllows, statesOf } from '../../auth/authorize.js';
import type { Sql } from '../../db/client.js';
import type { InboxProvider } from '../../inbox/inbox-items.js';
import { campaignActions, nominationActions } from './commendations.policy.js';
import { findCampaignsDueWithoutNominations, findNominationsWaitingAt } from './commendations-inbox.repository.js';

/** How far ahead a campaign's deadline counts as near. */
export const DEADLINE_NEAR_DAYS = 7;

const addDays = (day: string, days: number) => {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
};

/**
 * For a leader: the nominations waiting at the unit for approval. For a unit that has a quota in an
 * open campaign and has not nominated anyone yet: the campaign, while its deadline is near or passed.
 */
export const commendationInbox: InboxProvider = {
  key: 'commendations',
  async collect(sql: Sql, { actor, today, limit }) {
    const groups: InboxGroup[] = [];
    const waiting = {
      path: `${actor.scopePath}.below`,
      atPath: actor.scopePath,
      ownerPath: '',
      status: 'submitted' as const,
    };
    if (roleAllows(actor, nominationActions.approve, waiting)) {
      const rows = await findNominationsWaitingAt(sql, {
        atPath: actor.scopePath,
        states: statesOf(nominationActions.approve) ?? [],
        limit,
      });
      const items = rows
        .filter((row) =>
          can(actor, nominationActions.approve, {
            path: row.unit_path,
            atPath: row.at_path,
            ownerPath: row.owner_path,
            status: 'submitted',
          }),
        )
        .map((row) => ({
          title: row.title,
          unitName: row.unit_name,
          date: row.date,
          overdue: false,
          state: row.status,
          comment: null,
          link: { kind: 'campaign' as const, id: row.campaign_id },
        }));
      if (rows.length > 0) groups.push({ key: 'nominationsToApprove', count: rows[0].total, items });
    }
    const own = { path: actor.scopePath, status: 'open' as const, owned: false };
    if (roleAllows(actor, campaignActions.nominate, own)) {
      const rows = await findCampaignsDueWithoutNominations(sql, {
        unitPath: actor.scopePath,
        dueBy: addDays(today, DEADLINE_NEAR_DAYS),
        limit,
      });
      if (rows.length > 0)
        groups.push({
          key: 'nominationsDue',
          count: rows[0].total,
          items: rows.map((row) => ({
            title: row.title,
            unitName: row.unit_name,
            date: row.date,
            overdue: row.date < today,
            state: row.status,
            comment: null,
            link: { kind: 'campaign' as const, id: row.id },
          })),
        });
    }
    return groups;
  },
};
