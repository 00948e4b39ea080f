import { nominationStatuses, type NominationStatus } from '@danvan/shared';
import { definePolicy, type Actor, type Scoped } from '../../auth/authorize.js';
import { AppError } from '../../http/errors.js';

/**
 * Who does what in commendations, stated once:
 * - award types and their rule versions are a catalogue every account reads and only administrators
 *   edit (the text of a regulation is entered once, for the whole country);
 * - the people register: every account reads the people of its scope by name, unit, position and
 *   honours; year of birth, gender, service periods and discipline are personal data that only
 *   specialists, leaders and administrators see (`readPersonal`) — viewers do not; specialists and
 *   leaders of the scope add and edit people;
 * - a campaign is opened by a unit's specialists or leaders, for the units below it; a unit of the
 *   owner's subtree nominates its own people (or collectives of its scope) and submits the nomination;
 *   it then goes up one level at a time: the leader of the unit it waits at approves it (it goes up
 *   again, or is approved for the council when that unit is the owner) or returns it with a comment;
 * - the owner's specialists and leaders change the quotas while the campaign is open, and record the
 *   council's vote and the decision.
 */
export interface CampaignRecord extends Scoped {
  status: 'open' | 'decided';
  /** True when the actor's unit owns the campaign (the units below it see it too, but do not own it). */
  owned: boolean;
}

/** A nomination: `path` is the nominating unit's; `atPath` where it waits; `ownerPath` the campaign's owner. */
export interface NominationRecord extends Scoped {
  atPath: string;
  ownerPath: string;
  status: NominationStatus;
}

const acts = (actor: Actor) => actor.role === 'specialist' || actor.role === 'leader';
const leads = (actor: Actor) => actor.role === 'leader';
const admin = (actor: Actor) => actor.role === 'admin';

export const awardTypeActions = definePolicy('awardType', { read: () => true, manage: admin });

export const personActions = definePolicy('commendationPerson', {
  read: () => true,
  readPersonal: (actor: Actor) => actor.role !== 'viewer',
  write: acts,
});

const ownerActs = (actor: Actor, campaign: CampaignRecord) => acts(actor) && campaign.owned;

export const campaignActions = definePolicy(
  'campaign',
  {
    read: () => true,
    create: acts,
    /** The record is the nominating unit's place with the campaign's state (the owner lies above it). */
    nominate: { who: acts, in: ['open'] },
    decide: { who: ownerActs, in: ['open'] },
    /** Quotas change while nominations come in (a unit's share moved to another), never after the decision. */
    setQuotas: { who: ownerActs, in: ['open'] },
  },
  {
    stateOf: (campaign: CampaignRecord) => campaign.status,
    refuse: () =>
      new AppError(409, 'illegal_transition', {
        vi: 'Đợt xét đã có quyết định khen thưởng, không thể thay đổi',
        en: 'The campaign has been decided and cannot change',
      }),
  },
);

const ofNominator = (actor: Actor, nomination: NominationRecord) => acts(actor) && nomination.path === actor.scopePath;
const leaderWhereWaiting = (actor: Actor, nomination: NominationRecord) =>
  leads(actor) && nomination.atPath === actor.scopePath;
const ofOwner = (actor: Actor, nomination: NominationRecord) => acts(actor) && nomination.ownerPath === actor.scopePath;

const verbs: Record<string, { vi: string; en: string }> = {
  submit: { vi: 'trình', en: 'submit' },
  attach: { vi: 'đính kèm minh chứng cho', en: 'attach evidence to' },
  approve: { vi: 'duyệt', en: 'approve' },
  return: { vi: 'trả lại', en: 'return' },
  vote: { vi: 'ghi kết quả bỏ phiếu cho', en: 'record the vote on' },
};

export const nominationActions = definePolicy(
  'nomination',
  {
    read: () => true,
    submit: { who: ofNominator, in: ['draft', 'returned'] },
    attach: { who: ofNominator, in: ['draft', 'returned'] },
    approve: { who: leaderWhereWaiting, in: ['submitted'] },
    return: { who: leaderWhereWaiting, in: ['submitted'] },
    vote: { who: ofOwner, in: ['approved', 'passed', 'failed'] },
  },
  {
    stateOf: (nomination: NominationRecord) => nomination.status,
    refuse: (action, status) =>
      new AppError(409, 'illegal_transition', {
        vi: `Không thể ${verbs[action]?.vi ?? action} hồ sơ đề nghị đang ở trạng thái "${nominationStatuses[status].vi.toLocaleLowerCase('vi')}"`,
        en: `Cannot ${verbs[action]?.en ?? action} a nomination that is ${nominationStatuses[status].en.toLowerCase()}`,
      }),
  },
);
