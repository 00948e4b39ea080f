// The commendations module's public surface: app.ts, the registries, the demo and the tests use only this.
// It holds award types and their rule sets versioned by effective date, the register of the people
// concerned, campaigns with quotas, nominations checked against the rules, the council's vote, the
// decisions and their recipients (the list in Word and Excel).
// Owns tables: award_types, award_rule_versions, commendation_people, person_service_periods,
// person_awards, person_disciplines, commendation_campaigns, campaign_quotas, nominations,
// nomination_evidence, commendation_decisions, commendation_recipients.

export { awardTypeActions, campaignActions, nominationActions, personActions } from './commendations.policy.js';
export { commendationRoutes } from './commendations.routes.js';
export { commendationIndicators } from './commendations.indicators.js';
export { commendationInbox } from './commendations-inbox.js';
export { addRuleVersion, createAwardType, listAwardTypes } from './award-types.service.js';
export { createPerson } from './people.service.js';
export { createCampaign, decide, getCampaign } from './campaigns.service.js';
export { approveNomination, nominate, recordVote, submitNomination } from './nominations.service.js';
