// The units module's public surface: other modules, app.ts, the CLI, the demo and the bench use only this.
// It holds the unit tree and the rule of a unit being open during a period.
// Owns tables: units, unit_types, unit_events.

export { loadImportRows, runImport } from './unit-import.service.js';
export { unitIndicators } from './units.indicators.js';
export { unitActions } from './units.policy.js';
export { findOpenUnitsByCodes } from './units.repository.js';
export { unitRoutes } from './units.routes.js';
export { leadingBodiesAbove, renameUnit, requireUnit, requireUnitType, unitTypeNames } from './units.service.js';
export { isUnitOpenDuring, unitOpenDuring } from './open-during.js';
export { documentIssuerOf, withoutPlace, type DocumentIssuer } from './document-issuer.js';
