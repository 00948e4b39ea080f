import { conferenceStatuses, type ConferenceStatus } from '@danvan/shared';
import { definePolicy, type Actor, type Scoped } from '../../auth/authorize.js';
import { AppError } from '../../http/errors.js';

/**
 * A conference as the policy sees it: `path` is where the reader meets it (the organiser's unit when
 * in scope; otherwise the reader's bridge point or invited unit), `organiserPath` empty when the
 * organiser lies above the reader's scope (row-level security hides it).
 */
export interface ConferenceRecord extends Scoped {
  organiserPath: string;
  status: ConferenceStatus;
}

/** A bridge point: `path` is the point's unit. */
export type BridgePointRecord = ConferenceRecord;

/**
 * Who does what, stated once:
 * - whoever sees the conference reads it (viewers included): the organiser's subtree, the units of
 *   its bridge points, the invited units and the units given a task from one of its conclusions;
 * - the organising unit's specialists and leaders (not viewers) record a conference of their own
 *   unit and prepare it while planned or held: general facts, the roster of bridge points, the
 *   invited, attendance, agenda, documents; they issue the invitation while it is planned, record it
 *   as held, write the minutes while held, the conclusions until the notice is issued, the notice
 *   once the minutes are approved, and turn conclusions into tasks once the minutes are approved;
 * - the organiser's leader (the chair's side) approves the minutes, which then lock;
 * - a bridge point's own unit (specialists and leaders) fills in its own point while the conference
 *   is planned or held; the organiser may fill any point.
 */
const acts = (actor: Actor) => actor.role !== 'viewer';
const ofOrganiser = (actor: Actor, c: ConferenceRecord) => acts(actor) && c.organiserPath === actor.scopePath;
const leadsOrganiser = (actor: Actor, c: ConferenceRecord) =>
  actor.role === 'leader' && c.organiserPath === actor.scopePath;
const ofPoint = (actor: Actor, p: BridgePointRecord) =>
  acts(actor) && (p.path === actor.scopePath || p.organiserPath === actor.scopePath);

const preparing = ['planned', 'held'] as const;

const verbs: Record<string, { vi: string; en: string }> = {
  update: { vi: 'sửa', en: 'edit' },
  fillPoint: { vi: 'cập nhật điểm cầu của', en: 'fill in a bridge point of' },
  issueInvitation: { vi: 'phát hành giấy mời của', en: 'issue the invitation of' },
  hold: { vi: 'ghi nhận đã tổ chức', en: 'record as held' },
  writeMinutes: { vi: 'ghi biên bản của', en: 'write the minutes of' },
  approveMinutes: { vi: 'duyệt biên bản của', en: 'approve the minutes of' },
  conclude: { vi: 'ghi kết luận của', en: 'write the conclusions of' },
  issueNotice: { vi: 'phát hành thông báo kết luận của', en: 'issue the notice of conclusions of' },
  toTasks: { vi: 'giao nhiệm vụ từ kết luận của', en: 'give tasks from the conclusions of' },
};

export const conferenceActions = definePolicy(
  'conference',
  {
    read: () => true,
    create: (actor: Actor, place: Scoped) => acts(actor) && place.path === actor.scopePath,
    update: { who: ofOrganiser, in: preparing },
    fillPoint: { who: ofPoint, in: preparing },
    issueInvitation: { who: ofOrganiser, in: ['planned'] },
    hold: { who: ofOrganiser, in: ['planned'] },
    writeMinutes: { who: ofOrganiser, in: ['held'] },
    approveMinutes: { who: leadsOrganiser, in: ['held'] },
    conclude: { who: ofOrganiser, in: ['held', 'minutes_approved'] },
    issueNotice: { who: ofOrganiser, in: ['minutes_approved'] },
    toTasks: { who: ofOrganiser, in: ['minutes_approved', 'concluded'] },
  },
  {
    stateOf: (c: ConferenceRecord) => c.status,
    refuse: (action, status) =>
      new AppError(409, 'illegal_transition', {
        vi: `Không thể ${verbs[action]?.vi ?? action} hội nghị ở trạng thái "${conferenceStatuses[status].vi.toLocaleLowerCase('vi')}"`,
        en: `Cannot ${verbs[action]?.en ?? action} a conference that is ${conferenceStatuses[status].en.toLowerCase()}`,
      }),
  },
);
