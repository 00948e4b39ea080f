import type { InboxGroup, InboxGroupKey } from '@danvan/shared';
import { roleAllows, statesOf } from '../../auth/authorize.js';
import type { InboxProvider } from '../../inbox/inbox-items.js';
import { conferenceActions } from './conferences.policy.js';
import { findMinutesToApprove, findPointsToFill, type ConferenceInboxRow } from './conference-counts.repository.js';

const group = (key: InboxGroupKey, rows: ConferenceInboxRow[]): InboxGroup[] =>
  rows.length === 0
    ? []
    : [
        {
          key,
          count: rows[0].total,
          items: rows.map((row) => ({
            title: row.title,
            unitName: row.unit_name,
            date: row.date,
            overdue: false,
            state: row.status,
            comment: null,
            link: { kind: 'conference' as const, id: row.id },
          })),
        },
      ];

/**
 * For a bridge point's unit: its points still to fill in before the conference; for the organiser's
 * leader: minutes written and waiting for approval.
 */
export const conferenceInbox: InboxProvider = {
  key: 'conferences',
  async collect(sql, { actor, today, limit }) {
    const groups: InboxGroup[] = [];
    const own = { path: actor.scopePath, organiserPath: '', status: 'planned' as const };
    if (roleAllows(actor, conferenceActions.fillPoint, own)) {
      const states = statesOf(conferenceActions.fillPoint) ?? [];
      groups.push(
        ...group(
          'bridgePointsToFill',
          await findPointsToFill(sql, { unitPath: actor.scopePath, states, today, limit }),
        ),
      );
    }
    const organised = { path: actor.scopePath, organiserPath: actor.scopePath, status: 'held' as const };
    if (roleAllows(actor, conferenceActions.approveMinutes, organised)) {
      const states = statesOf(conferenceActions.approveMinutes) ?? [];
      groups.push(
        ...group(
          'minutesToApprove',
          await findMinutesToApprove(sql, { organiserPath: actor.scopePath, states, limit }),
        ),
      );
    }
    return groups;
  },
};
