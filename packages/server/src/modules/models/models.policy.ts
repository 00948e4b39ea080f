import type { ModelStatus } from '@danvan/shared';
import { definePolicy, isManager, type Actor, type Scoped } from '../../auth/authorize.js';
import { AppError } from '../../http/errors.js';

/** A model as the policy sees it: its unit's path and where it stands in its evaluation. */
export interface ModelRecord extends Scoped {
  status: ModelStatus;
}

// A unit's own people register and describe its models; the levels above evaluate and recognise them.
const belowActor = (actor: Actor, record: Scoped) => isManager(actor) && record.path !== actor.scopePath;
const notViewer = (actor: Actor) => actor.role !== 'viewer';

export const movementActions = definePolicy('movement', {
  read: () => true,
  /** The record is the unit launching the movement. */
  manage: (actor) => isManager(actor),
});

// Until the decision a model is described and evaluated; afterwards only its photos keep coming.
const undecided: ModelStatus[] = ['registered', 'evaluated'];

const refusals = {
  update: () =>
    new AppError(409, 'model_decided', {
      vi: 'Mô hình đã có quyết định công nhận, không sửa được',
      en: 'The model has been decided and cannot be edited',
    }),
  evaluate: () =>
    new AppError(409, 'model_decided', {
      vi: 'Mô hình đã có quyết định công nhận',
      en: 'The model has already been decided',
    }),
  decide: (status: ModelStatus) =>
    new AppError(409, 'illegal_transition', {
      vi: status === 'registered' ? 'Mô hình cần được đánh giá trước khi công nhận' : 'Mô hình đã có quyết định',
      en:
        status === 'registered'
          ? 'The model must be evaluated before a decision'
          : 'The model has already been decided',
    }),
};

export const modelActions = definePolicy(
  'model',
  {
    read: () => true,
    /** The record is the unit the model is registered in. */
    register: notViewer,
    update: { who: notViewer, in: undecided },
    evaluate: { who: belowActor, in: undecided },
    decide: { who: belowActor, in: ['evaluated'] },
    /** Photos of results, in any state. */
    managePhotos: notViewer,
  },
  {
    stateOf: (model: ModelRecord) => model.status,
    // Only the actions bound to states are ever refused for one.
    refuse: (action, status) => refusals[action as keyof typeof refusals](status),
  },
);
