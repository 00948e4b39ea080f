import { assessmentStatuses, type AssessmentStatus } from '@danvan/shared';
import { definePolicy, isManager, type Actor, type Scoped } from '../../auth/authorize.js';
import { AppError } from '../../http/errors.js';

/** The assessment of a commune for a year: the commune's path, and how far the assessment has gone. */
export interface AssessmentRecord extends Scoped {
  status: AssessmentStatus;
}

/**
 * A commune's own people fill in its checklist and self-assessment; the level above rates it or
 * returns it for correction, so a unit never rates itself. The national checklist is the admins'.
 */
const aboveUnit = (actor: Actor, record: Scoped) => isManager(actor) && record.path !== actor.scopePath;
const ownUnit = (actor: Actor, record: Scoped) => actor.role !== 'viewer' && record.path === actor.scopePath;

const verbs = {
  submit: { vi: 'nộp', en: 'submit' },
  return: { vi: 'trả lại', en: 'return' },
  rate: { vi: 'xếp loại', en: 'rate' },
};

const notEditable = (status: AssessmentStatus) =>
  new AppError(409, 'illegal_transition', {
    vi:
      status === 'rated'
        ? 'Bản đánh giá đã được xếp loại, không sửa được'
        : 'Bản đánh giá đã nộp, chờ cấp trên xem xét; không sửa được',
    en:
      status === 'rated'
        ? 'The assessment has been rated and cannot be changed'
        : 'The assessment has been submitted and cannot be changed',
  });

const illegal = (from: AssessmentStatus, verb: { vi: string; en: string }) =>
  new AppError(409, 'illegal_transition', {
    vi: `Không thể ${verb.vi} khi bản đánh giá đang ở trạng thái "${assessmentStatuses[from].vi.toLocaleLowerCase('vi')}"`,
    en: `Cannot ${verb.en} an assessment that is ${assessmentStatuses[from].en.toLowerCase()}`,
  });

export const democracyActions = definePolicy(
  'democracy',
  {
    read: () => true,
    edit: { who: ownUnit, in: ['not_started', 'draft', 'returned'] },
    submit: { who: ownUnit, in: ['draft', 'returned'] },
    rate: { who: aboveUnit, in: ['submitted'] },
    return: { who: aboveUnit, in: ['submitted'] },
    manageChecklist: (actor) => actor.role === 'admin',
  },
  {
    stateOf: (assessment: AssessmentRecord) => assessment.status,
    // Only the actions bound to states are ever refused for one.
    refuse: (action, status) =>
      action === 'edit' ? notEditable(status) : illegal(status, verbs[action as keyof typeof verbs]),
  },
);
