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

/** System work not done on behalf of a user (login, session lookup, CLI): the whole tree, still under RLS. */
export function asSystem<T>(db: Database, work: (sql: Sql) => Promise<T>): Promise<T> {
  return inScope(db, ROOT_PATH, work);
}
