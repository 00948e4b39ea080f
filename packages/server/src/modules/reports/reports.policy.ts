import { reportStatusNames, type ReportStatus } from '@danvan/shared';
import { definePolicy, isManager, type Actor, type Scoped } from '../../auth/authorize.js';
import { AppError } from '../../http/errors.js';

/** The report of one unit as it stands: the unit's path is the record's path. */
export interface ReportRecord extends Scoped {
  unitId: number;
  status: ReportStatus;
}

// The unit's own people write its report; the levels above approve it.
const ownUnit = (actor: Actor, report: ReportRecord) =>
  actor.role === 'admin' || (actor.role !== 'viewer' && report.path === actor.scopePath);
const upperLevel = (actor: Actor, report: ReportRecord) => isManager(actor) && report.path !== actor.scopePath;

/** A round as its opener manages it: the opener's path, and whether any unit has worked in it yet. */
export interface RoundRecord extends Scoped {
  worked?: boolean;
}

type RoundState = 'untouched' | 'worked';

export const roundActions = definePolicy(
  'round',
  {
    /** The record is the unit opening the round for its subtree. */
    open: (actor) => isManager(actor),
    /** Change the title, deadline or key indicators of a round; the record is the opener. */
    manage: (actor) => isManager(actor),
    /** Cancel a round opened by mistake, only while no unit has worked in it. */
    cancel: { who: (actor) => isManager(actor), in: ['untouched'] },
  },
  {
    stateOf: (round: RoundRecord): RoundState | undefined =>
      round.worked === undefined ? undefined : round.worked ? 'worked' : 'untouched',
    refuse: () =>
      new AppError(409, 'round_in_use', {
        vi: 'Không thể hủy kỳ báo cáo đã có đơn vị nhập số liệu hoặc nộp báo cáo',
        en: 'A round in which units have entered figures or submitted reports cannot be cancelled',
      }),
  },
);

/** What each state-bound action is called in a refusal ("Không thể duyệt báo cáo …"). */
export const reportVerbs = {
  edit: { vi: 'sửa', en: 'edit' },
  submit: { vi: 'nộp', en: 'submit' },
  approve: { vi: 'duyệt', en: 'approve' },
  return: { vi: 'trả lại', en: 'return' },
  reopen: { vi: 'mở lại', en: 'reopen' },
};

/** A move the report's state does not allow: 409 naming the state. */
export const illegalTransition = (status: ReportStatus, verb: { vi: string; en: string }) =>
  new AppError(409, 'illegal_transition', {
    vi: `Không thể ${verb.vi} báo cáo đang ở trạng thái "${reportStatusNames[status].vi.toLocaleLowerCase('vi')}"`,
    en: `Cannot ${verb.en} a report that is ${reportStatusNames[status].en.toLowerCase()}`,
  });

/**
 * Who may do what to a report, and in which of its states: the abilities sent to the web and the
 * workflow's refusals (403 for the role, 409 for the state) both come from here.
 */
export const reportActions = definePolicy(
  'report',
  {
    read: () => true,
    edit: { who: ownUnit, in: ['draft', 'returned'] },
    submit: { who: ownUnit, in: ['draft', 'returned'] },
    approve: { who: upperLevel, in: ['submitted'] },
    return: { who: upperLevel, in: ['submitted'] },
    reopen: { who: upperLevel, in: ['approved'] },
    /** The blank Excel form, in any state: the unit's own people fill it offline (an old one is refused on upload). */
    downloadForm: ownUnit,
    /** Number, date, signer and "Nơi nhận" of its Word document, in any state: the unit's own people sign it. */
    configureExport: ownUnit,
  },
  {
    stateOf: (report) => report.status,
    // Only the actions bound to states are ever refused for one.
    refuse: (action, status) => illegalTransition(status, reportVerbs[action as keyof typeof reportVerbs]),
  },
);
