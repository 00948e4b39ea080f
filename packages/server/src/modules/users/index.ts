// The users module's public surface: other modules, app.ts, the CLI, the demo and the bench use only this.
// It holds accounts and their roles.
// Owns tables: users.

export { userActions } from './users.policy.js';
export { countUsers, findFirstAdminUsername, insertUser } from './users.repository.js';
export { userRoutes } from './users.routes.js';
export { createUser } from './users.service.js';
