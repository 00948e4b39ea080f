import type { Database } from './client.js';

/**
 * Gathers the planner's statistics. PGlite has no autovacuum, so without this an embedded
 * installation plans every query as for empty tables (the report view measured 3× slower before it);
 * the server runs it right after it starts and then daily. A PostgreSQL server's autovacuum does this by itself.
 */
export async function gatherStatistics(db: Database): Promise<void> {
  await db.transaction((sql) => sql.exec('ANALYZE'));
}
