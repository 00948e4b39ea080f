// The auth module's public surface: other modules, app.ts, the CLI, the demo and the bench use only this.
// It holds sign-in, sessions and the session cookie.
// Owns tables: sessions, login_throttle. Of users (owned by the users module) it writes only the credentials columns:
// password_hash, password_changed_at, last_login_at.

export { authRoutes } from './auth.routes.js';
export { actorFor, authenticate, endSessionsOfUser } from './auth.service.js';
