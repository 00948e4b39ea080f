// The registry of the inbox: it names the modules that offer work to act on (through their index.ts)
// and is read by the inbox module. The providers depend only on the contract beside it (inbox-items.ts).
import type { InboxProvider } from './inbox-items.js';
import { commendationInbox } from '../modules/commendations/index.js';
import { conferenceInbox } from '../modules/conferences/index.js';
import { democracyInbox } from '../modules/democracy/index.js';
import { modelInbox } from '../modules/models/index.js';
import { reportInbox } from '../modules/reports/index.js';
import { taskInbox } from '../modules/tasks/index.js';

/** Every module that gives an account something to do lists its provider here (petitions will). */
export const inboxProviders: readonly InboxProvider[] = [
  reportInbox,
  democracyInbox,
  modelInbox,
  taskInbox,
  commendationInbox,
  conferenceInbox,
];
