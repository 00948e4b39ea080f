import { installMessages } from '../lib/messages';
import { auditMessages } from '../features/audit/messages';
import { authMessages } from '../features/auth/messages';
import { conferenceMessages } from '../features/conferences/messages';
import { catalogueMessages } from '../features/catalogue/messages';
import { commendationMessages } from '../features/commendations/messages';
import { democracyMessages } from '../features/democracy/messages';
import { documentMessages } from '../features/documents/messages';
import { inboxMessages } from '../features/inbox/messages';
import { memberMessages } from '../features/members/messages';
import { modelMessages } from '../features/models/messages';
import { reportMessages } from '../features/reports/messages';
import { roundMessages } from '../features/reports/roundMessages';
import { taskMessages } from '../features/tasks/messages';
import { unitMessages } from '../features/units/messages';
import { userMessages } from '../features/users/messages';

/** Every feature's strings; a new feature adds its table here (the test of this file checks none is left out). */
export const featureMessages = [
  auditMessages,
  authMessages,
  catalogueMessages,
  commendationMessages,
  conferenceMessages,
  democracyMessages,
  documentMessages,
  inboxMessages,
  memberMessages,
  modelMessages,
  reportMessages,
  roundMessages,
  taskMessages,
  unitMessages,
  userMessages,
];

installMessages(featureMessages);
