import type { InboxGroup, InboxItem } from '@danvan/shared';
import { belowScope, can, roleAllows, statesOf } from '../../auth/authorize.js';
import type { InboxContext, InboxProvider } from '../../inbox/inbox-items.js';
import { reportActions } from './reports.policy.js';
import { findOwnReportsInStates, findReportsAwaitingUnit, type PendingReportRow } from './reports.repository.js';

const record = (row: PendingReportRow) => ({ path: row.unit_path, unitId: row.unit_id, status: row.status });

function item(row: PendingReportRow, today: string): InboxItem {
  const writing = row.status === 'draft' || row.status === 'returned';
  return {
    title: row.title,
    unitName: row.unit_name,
    date: row.deadline,
    overdue: writing && row.deadline < today,
    state: row.status,
    comment: row.status === 'returned' ? row.return_comment : null,
    link: { kind: 'report', roundId: row.round_id, unitId: row.unit_id },
  };
}

/** The group of the rows the action accepts, counted by the query (whose states and scope are the action's). */
function group(key: InboxGroup['key'], rows: PendingReportRow[], action: string, context: InboxContext): InboxGroup {
  const items = rows.filter((row) => can(context.actor, action, record(row)));
  return { key, count: rows[0]?.total ?? 0, items: items.map((row) => item(row, context.today)) };
}

/**
 * The unit's own reports to write (draft, with their deadline) and returned ones (with the comment);
 * and for the levels above, the reports waiting for their approval.
 */
export const reportInbox: InboxProvider = {
  key: 'reports',
  async collect(sql, context) {
    const { actor, limit } = context;
    const groups: InboxGroup[] = [];
    if (roleAllows(actor, reportActions.submit, { path: actor.scopePath })) {
      const states = statesOf(reportActions.submit) ?? [];
      const rows = await findOwnReportsInStates(sql, { unitPath: actor.scopePath, states, limit });
      const ofStatus = (status: string) => rows.filter((row) => row.status === status);
      groups.push(
        group('reportsToWrite', ofStatus('draft'), reportActions.submit, context),
        group('reportsReturned', ofStatus('returned'), reportActions.submit, context),
      );
    }
    if (roleAllows(actor, reportActions.approve, belowScope(actor))) {
      const states = statesOf(reportActions.approve) ?? [];
      const rows = await findReportsAwaitingUnit(sql, { unitPath: actor.scopePath, states, limit });
      groups.push(group('reportsToApprove', rows, reportActions.approve, context));
    }
    return groups;
  },
};
