import { taskStatuses, type TaskStatus } from '@danvan/shared';
import { definePolicy, type Actor, type Scoped } from '../../auth/authorize.js';
import { AppError } from '../../http/errors.js';

/**
 * A task as the policy sees it: `path` is the owner unit's (the giver is at or above it, so the
 * scope of whoever may see the task holds the owner), and the giver's path beside it.
 */
export interface TaskRecord extends Scoped {
  assignerPath: string;
  status: TaskStatus;
}

/**
 * Who does what, stated once:
 * - any account that sees a task reads it (viewers included);
 * - the giving unit's specialists and leaders (not viewers) give tasks to the units below them,
 *   accept or send back a proposed completion, approve or refuse extensions, and follow up (đôn đốc)
 *   the tasks it gave that are overdue; a unit turns the directions of its own approved report into tasks;
 * - the giving unit edits and cancels (with a reason) what it gave while it is not done; a cancelled
 *   task is final (no state takes it back);
 * - the owner unit's specialists and leaders report progress, attach evidence, propose completion
 *   and request extensions. A unit never accepts its own work: the owner is strictly below the giver.
 * `path` of a record for `create` is the giving unit's.
 */
const acts = (actor: Actor) => actor.role !== 'viewer';
const ofGiver = (actor: Actor, task: TaskRecord) => acts(actor) && task.assignerPath === actor.scopePath;
const ofOwner = (actor: Actor, task: Scoped) => acts(actor) && task.path === actor.scopePath;

const working = ['open', 'returned'] as const;
// Not done nor cancelled: a parent given to several units too.
const live = ['open', 'returned', 'proposed', 'cascaded'] as const;

const verbs: Record<string, { vi: string; en: string }> = {
  report: { vi: 'báo cáo tiến độ', en: 'report progress on' },
  propose: { vi: 'đề nghị công nhận hoàn thành', en: 'propose the completion of' },
  accept: { vi: 'công nhận hoàn thành', en: 'accept' },
  sendBack: { vi: 'trả lại', en: 'send back' },
  requestExtension: { vi: 'xin gia hạn', en: 'ask to extend' },
  decideExtension: { vi: 'quyết định gia hạn', en: 'decide on extending' },
  followUp: { vi: 'đôn đốc', en: 'follow up' },
  edit: { vi: 'sửa', en: 'edit' },
  cancel: { vi: 'hủy', en: 'cancel' },
};

export const taskActions = definePolicy(
  'task',
  {
    read: () => true,
    create: acts,
    fromReport: ofOwner,
    report: { who: ofOwner, in: working },
    propose: { who: ofOwner, in: working },
    requestExtension: { who: ofOwner, in: working },
    accept: { who: ofGiver, in: ['proposed'] },
    sendBack: { who: ofGiver, in: ['proposed'] },
    decideExtension: { who: ofGiver, in: ['open', 'returned', 'proposed'] },
    followUp: { who: ofGiver, in: ['open', 'returned', 'proposed'] },
    edit: { who: ofGiver, in: live },
    cancel: { who: ofGiver, in: live },
  },
  {
    stateOf: (task: TaskRecord) => task.status,
    refuse: (action, status) =>
      new AppError(409, 'illegal_transition', {
        vi: `Không thể ${verbs[action]?.vi ?? action} nhiệm vụ đang ở trạng thái "${taskStatuses[status].vi.toLocaleLowerCase('vi')}"`,
        en: `Cannot ${verbs[action]?.en ?? action} a task that is ${taskStatuses[status].en.toLowerCase()}`,
      }),
  },
);
