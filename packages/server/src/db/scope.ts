import type { Database, Sql } from './client.js';

/** ltree path of the national root unit; the scope of system work such as login. */
export const ROOT_PATH = 'vn';

/**
 * Runs `work` in one transaction as the non-superuser application role with
 * `danvan.scope` set, so row-level security limits every statement to that subtree.
 */
export function inScope<T>(db: Database, scopePath: string, work: (sql: Sql) => Promise<T>): Promise<T> {
  return db.transaction(work, { scopePath });
}

/**
 * `inScope` for work that only reads (a list, a report's view): the transaction is READ ONLY, so a write in it fails
 * instead of being committed, and the request does not wait for its end (client.ts): on PostgreSQL one write to the
 * socket, and one wakeup of its backend, fewer per request.
 */
export function readInScope<T>(db: Database, scopePath: string, work: (sql: Sql) => Promise<T>): Promise<T> {
  return db.transaction(work, { scopePath, readOnly: true });
}

/** System work not done on behalf of a user (login, session lookup, CLI): the whole tree, still under RLS. */
export function asSystem<T>(db: Database, work: (sql: Sql) => Promise<T>): Promise<T> {
  return inScope(db, ROOT_PATH, work);
}
