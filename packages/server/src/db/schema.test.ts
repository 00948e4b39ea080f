import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { engine } from '../test/harness.js';
import { adminQuery, databaseUrlFor } from '../test/global-setup.js';
import { openPglite, openPostgres, type Database } from './client.js';
import { migrate } from './migrate.js';
import { dumpSchema } from './schema-dump.js';

/** An empty database of the engine under test, dropped after `work`. */
async function withEmptyDatabase<T>(work: (db: Database) => Promise<T>): Promise<T> {
  if (engine === 'pglite') {
    const db = await openPglite(undefined);
    try {
      return await work(db);
    } finally {
      await db.close();
    }
  }
  const name = `danvan_schema_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  const db = await openPostgres(databaseUrlFor(name));
  try {
    return await work(db);
  } finally {
    await db.close();
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

// The dump leaves out what differs between PostgreSQL 15 and PGlite (PostgreSQL 17): owners and
// their privileges, extension versions (see schema-dump.ts), so one file holds for both engines.
describe('schema.sql', () => {
  it('is what the migrations produce', async () => {
    const expected = readFileSync(path.join(import.meta.dirname, 'schema.sql'), 'utf8');
    const actual = await withEmptyDatabase(async (db) => {
      await migrate(db);
      return dumpSchema(db);
    });
    expect(actual, 'packages/server/src/db/schema.sql is out of date: run `npm run schema` and commit it').toBe(
      expected,
    );
  });
});
