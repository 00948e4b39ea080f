import type { Me } from '@danvan/shared';
import { auditActions } from '../modules/audit/index.js';
import { democracyActions } from '../modules/democracy/index.js';
import { documentActions } from '../modules/documents/index.js';
import { indicatorActions } from '../modules/indicators/index.js';
import { memberCountActions } from '../modules/members/index.js';
import { modelActions, movementActions } from '../modules/models/index.js';
import { unitActions } from '../modules/units/index.js';
import { userActions } from '../modules/users/index.js';
import { can, type Actor } from './authorize.js';

/**
 * What an account may do across its scope, for the web app to show or hide whole areas. It names
 * every module's policy, so it stands above the modules: app.ts hands it to the auth routes (the
 * users module signs accounts out through auth, and auth naming users' policy would be a cycle).
 */
export function abilitiesOf(actor: Actor): Me['abilities'] {
  const scope = { path: actor.scopePath };
  return {
    manageUnits: can(actor, unitActions.createChild, scope),
    manageUsers: can(actor, userActions.list, scope),
    readAudit: can(actor, auditActions.read, scope),
    importUnits: can(actor, unitActions.import, scope),
    manageCatalogue: can(actor, indicatorActions.manage, scope),
    launchMovements: can(actor, movementActions.manage, scope),
    manageDemocracyChecklist: can(actor, democracyActions.manageChecklist, scope),
    recordDocuments: can(actor, documentActions.create, scope),
    registerModels: can(actor, modelActions.register, scope),
    recordMemberCounts: can(actor, memberCountActions.create, scope),
  };
}
