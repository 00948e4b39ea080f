import type { ReportStatus } from '@danvan/shared';
import { can, definePolicy, isManager, type Actor, type Scoped } from '../../auth/authorize.js';

/** The report of one unit: the unit's path is the record's path. */
export interface ReportRecord extends Scoped {
  unitId: number;
}

// The unit's own people write its report; the levels above approve it.
const ownUnit = (actor: Actor, report: ReportRecord) =>
  actor.role === 'admin' || (actor.role !== 'viewer' && report.path === actor.scopePath);
const upperLevel = (actor: Actor, report: ReportRecord) => isManager(actor) && report.path !== actor.scopePath;

export const roundActions = definePolicy('round', {
  /** The record is the unit opening the round for its subtree. */
  open: (actor) => isManager(actor),
  /** Change the title or deadline of a round, or cancel one nobody has worked in; the record is the opener. */
  manage: (actor) => isManager(actor),
});

export const reportActions = definePolicy('report', {
  read: () => true,
  edit: ownUnit,
  submit: ownUnit,
  approve: upperLevel,
  return: upperLevel,
  reopen: upperLevel,
  /** Number, date, signer and "Nơi nhận" of its Word document, in any state: the unit's own people sign it. */
  configureExport: ownUnit,
});

type StatefulAction = 'edit' | 'submit' | 'approve' | 'return' | 'reopen';

/**
 * The states a report must be in for each action, stated once: the abilities sent to the web and
 * the workflow's refusal of an illegal move (409) both read them.
 */
export const reportActionStates: Record<StatefulAction, readonly ReportStatus[]> = {
  edit: ['draft', 'returned'],
  submit: ['draft', 'returned'],
  approve: ['submitted'],
  return: ['submitted'],
  reopen: ['approved'],
};

/** The actor may do `action` to the report as it stands: its role and scope, and its state. */
export const canInState = (actor: Actor, action: StatefulAction, report: ReportRecord & { status: ReportStatus }) =>
  reportActionStates[action].includes(report.status) && can(actor, reportActions[action], report);
