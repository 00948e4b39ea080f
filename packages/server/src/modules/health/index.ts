// The health module's public surface: other modules, app.ts, the CLI, the demo and the bench use only this.
// It holds the liveness and readiness probe.
// Owns tables: none.

export { healthRoutes } from './health.routes.js';
