// The inbox module's public surface: app.ts uses only this.
// It gathers what an account has to act on ("Việc cần làm") from the providers in src/inbox/.
// Owns tables: none.

export { inboxRoutes } from './inbox.routes.js';
