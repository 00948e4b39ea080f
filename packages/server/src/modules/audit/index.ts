// The audit module's public surface: other modules, app.ts, the CLI, the demo and the bench use only this.
// It holds the audit trail every module records into (recordAudit).
// Owns tables: audit_log.

export { auditActions } from './audit.policy.js';
export { auditRoutes } from './audit.routes.js';
export { findEntityHistory, recordAudit } from './audit.service.js';
