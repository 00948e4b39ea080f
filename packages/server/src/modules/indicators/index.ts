// The indicators module's public surface: other modules, app.ts, the CLI, the demo and the bench use only this.
// It holds the catalogue of report indicators per year.
// Owns tables: indicators (the yearly catalogue; reports snapshot it through findIndicatorsOfYear).

export { indicatorActions } from './indicators.policy.js';
export { findIndicatorsOfYear } from './indicators.repository.js';
export { indicatorRoutes } from './indicators.routes.js';
export { copyCatalogueToYear, getCatalogue } from './indicators.service.js';
