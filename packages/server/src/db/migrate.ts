import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './client.js';

const migrationsDir = path.join(import.meta.dirname, 'migrations');

export function migrationFiles(): string[] {
  return readdirSync(migrationsDir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
}

/** Applies the pending migrations in order, each in its own transaction; returns the names applied. */
export async function migrate(db: Database): Promise<string[]> {
  await db.transaction((sql) =>
    sql.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())`),
  );
  const applied: string[] = [];
  for (const name of migrationFiles()) {
    const done = await db.transaction(async (sql) => {
      // Two servers starting at once on one database must not both migrate.
      await sql.query('SELECT pg_advisory_xact_lock(7242001)');
      const { rows } = await sql.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name]);
      if (rows.length > 0) return false;
      await sql.exec(readFileSync(path.join(migrationsDir, name), 'utf8'));
      await sql.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
      return true;
    });
    if (done) applied.push(name);
  }
  return applied;
}
