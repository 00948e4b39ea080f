// The members module's public surface: other modules, app.ts, the CLI, the demo and the bench use only this.
// It holds member counts of the Front and member organisations.
// Owns tables: member_counts.

export { memberIndicators } from './members.indicators.js';
export { memberCountActions } from './members.policy.js';
export { memberRoutes } from './members.routes.js';
export { createMemberCount } from './members.service.js';
