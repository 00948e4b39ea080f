import type { AuditAction, AuditEntityType, AuditListQuery } from '@danvan/shared';
import { authorize, type Actor } from '../../auth/authorize.js';
import type { Database, Sql } from '../../db/client.js';
import { inScope } from '../../db/scope.js';
import { auditActions } from './audit.policy.js';
import { findAuditEntries, insertAuditEntry, type AuditEntryInput } from './audit.repository.js';

/** What a module records: an action and a kind of record named in @danvan/shared, so the log can show them in words. */
export interface AuditRecord extends AuditEntryInput {
  action: AuditAction;
  entityType: AuditEntityType;
}

/** Appends an audit row inside the caller's transaction, so the change and its record commit together. */
export function recordAudit(sql: Sql, entry: AuditRecord): Promise<void> {
  return insertAuditEntry(sql, entry);
}

/** The audit log of the actor's scope, filtered and paged. */
export function listAudit(db: Database, actor: Actor, query: AuditListQuery) {
  authorize(actor, auditActions.read, { path: actor.scopePath });
  return inScope(db, actor.scopePath, (sql) => findAuditEntries(sql, query));
}

/**
 * One record's history, newest first, in the caller's transaction: for modules that show a record's
 * changes to whoever may read the record (the full log stays with leaders).
 */
export function findEntityHistory(sql: Sql, entityType: string, entityId: string | number) {
  return findAuditEntries(sql, { entityType, entityId: String(entityId), limit: 500, offset: 0 });
}
