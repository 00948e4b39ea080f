// The models module's public surface: other modules, app.ts, the CLI, the demo and the bench use only this.
// It holds "Dân vận khéo" models and the emulation movements.
// Owns tables: models, model_evaluations, model_photos, movements, movement_kinds, movement_participants.

export { modelFacts } from './models.facts.js';
export { modelIndicators } from './models.indicators.js';
export { modelActions, movementActions } from './models.policy.js';
export { modelRoutes } from './models.routes.js';
export { decideOnModel, evaluateModel, saveModel, saveMovement } from './models.service.js';
export { modelInbox } from './models-inbox.js';
