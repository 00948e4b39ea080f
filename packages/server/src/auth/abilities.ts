import type { Me } from '@danvan/shared';
import { auditActions } from '../modules/audit/index.js';
import { awardTypeActions, campaignActions } from '../modules/commendations/index.js';
import { conferenceActions } from '../modules/conferences/index.js';
import { democracyActions } from '../modules/democracy/index.js';
import { documentActions } from '../modules/documents/index.js';
import { indicatorActions } from '../modules/indicators/index.js';
import { memberCountActions } from '../modules/members/index.js';
import { modelActions, movementActions } from '../modules/models/index.js';
import { taskActions } from '../modules/tasks/index.js';
import { unitActions } from '../modules/units/index.js';
import { userActions } from '../modules/users/index.js';
import { roleAllows, type Actor } from './authorize.js';

/**
 * What an account may do across its scope, for the web app to show or hide whole areas. It names
 * every module's policy, so it stands above the modules: app.ts hands it to the auth routes (the
 * users module signs accounts out through auth, and auth naming users' policy would be a cycle).
 */
export function abilitiesOf(actor: Actor): Me['abilities'] {
  const scope = { path: actor.scopePath };
  return {
    manageUnits: roleAllows(actor, unitActions.createChild, scope),
    manageUsers: roleAllows(actor, userActions.list, scope),
    readAudit: roleAllows(actor, auditActions.read, scope),
    importUnits: roleAllows(actor, unitActions.import, scope),
    manageCatalogue: roleAllows(actor, indicatorActions.manage, scope),
    launchMovements: roleAllows(actor, movementActions.manage, scope),
    manageDemocracyChecklist: roleAllows(actor, democracyActions.manageChecklist, scope),
    recordDocuments: roleAllows(actor, documentActions.create, scope),
    registerModels: roleAllows(actor, modelActions.register, scope),
    recordMemberCounts: roleAllows(actor, memberCountActions.create, scope),
    assignTasks: roleAllows(actor, taskActions.create, scope),
    recordConferences: roleAllows(actor, conferenceActions.create, scope),
    manageAwardTypes: roleAllows(actor, awardTypeActions.manage, scope),
    runCommendations: roleAllows(actor, campaignActions.create, scope),
  };
}
