/**
 * How the schema is kept; what it comes to is schema.sql (`npm run schema`, checked by schema.test.ts).
 *
 * migrations/*.sql hold tables, columns, indexes, grants on tables and data. Each runs once, in name
 * order, and is recorded in schema_migrations. One that ran somewhere is not edited: a change is a new
 * migration. (The migrations up to 20261206_0020 were edited once, when functions/ came, to take their
 * functions and policies out; schema.sql stayed the same.) The functions that stored columns are
 * computed from (vi_fold, word_deletions) stay in the migration of their table: changing one means
 * recomputing those columns, which is a migration's work.
 *
 * functions/*.sql hold every other function, the triggers, views and row-level-security policies.
 * Each object is defined in one file only, written to be run again: CREATE OR REPLACE FUNCTION with
 * its REVOKE and GRANT, CREATE OR REPLACE TRIGGER, DROP POLICY IF EXISTS then CREATE POLICY.
 * - The migrator applies a file when its text changed (its sha256 is kept in schema_functions), and
 *   every file after any migration ran.
 * - Files are applied in name order: one whose SQL functions or policies use another's functions
 *   sorts after it (scope.sql, scope_lookups.sql, scope_policies.sql).
 * - Running a file again cannot drop what was taken out of it, change a function's arguments or
 *   result type, or take back a grant: a migration does that (DROP FUNCTION IF EXISTS the old one).
 * - A migration that calls a function (a backfill) says so in a line `-- requires functions/<file>.sql`:
 *   that file is applied just before the migration, with the bodies of SQL functions left unchecked,
 *   since the tables they read may come with the migration itself.
 *
 * A run is one transaction: the pending migrations, then the functions files; all or nothing.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database, Sql } from './client.js';

const migrationsDir = path.join(import.meta.dirname, 'migrations');
const functionsDir = path.join(import.meta.dirname, 'functions');

const sqlFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort();

export const migrationFiles = (): string[] => sqlFiles(migrationsDir);
export const functionFiles = (): string[] => sqlFiles(functionsDir);

/** The functions files a migration declares it calls. */
const requiredFunctions = (script: string) =>
  [...script.matchAll(/^-- requires functions\/([\w-]+\.sql)\b/gm)].map((match) => match[1]);

const checksum = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Applies the pending migrations and the functions files that changed, in one transaction; returns
 * what it applied: migration names, then `functions/<file>` for each functions file.
 */
export async function migrate(db: Database): Promise<string[]> {
  return db.transaction(async (sql) => {
    // Two servers starting at once on one database must not both migrate.
    await sql.query('SELECT pg_advisory_xact_lock(7242001)');
    await sql.exec(`
      CREATE TABLE IF NOT EXISTS schema_migrations (
        name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now());
      CREATE TABLE IF NOT EXISTS schema_functions (
        name text PRIMARY KEY, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now());`);

    const done = new Set(
      (await sql.query<{ name: string }>('SELECT name FROM schema_migrations')).rows.map((r) => r.name),
    );
    const pending = migrationFiles().filter((name) => !done.has(name));
    for (const name of pending) {
      const script = readFileSync(path.join(migrationsDir, name), 'utf8');
      for (const file of requiredFunctions(script)) {
        const text = readFileSync(path.join(functionsDir, file), 'utf8');
        await sql.exec(`SET LOCAL check_function_bodies = off;\n${text}\n;SET LOCAL check_function_bodies = on;`);
      }
      await sql.exec(script);
      await sql.query('INSERT INTO schema_migrations (name) VALUES ($1)', [name]);
    }

    const applied = new Map(
      (await sql.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_functions')).rows.map(
        (r) => [r.name, r.checksum],
      ),
    );
    const functionsApplied: string[] = [];
    for (const file of functionFiles()) {
      const text = readFileSync(path.join(functionsDir, file), 'utf8');
      const sum = checksum(text);
      if (pending.length === 0 && applied.get(file) === sum) continue;
      await applyFunctions(sql, file, text, sum);
      functionsApplied.push(`functions/${file}`);
    }
    return [...pending, ...functionsApplied];
  });
}

async function applyFunctions(sql: Sql, file: string, text: string, sum: string): Promise<void> {
  await sql.exec(text);
  await sql.query(
    `INSERT INTO schema_functions (name, checksum) VALUES ($1, $2)
     ON CONFLICT (name) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()`,
    [file, sum],
  );
}
