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

/**
 * Every feature's strings, for the tests (./messages.test.ts: each key once, in both languages; none left out).
 * The app does not load them together: each page installs the tables it shows (./pageMessages.test.ts checks it).
 */
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
