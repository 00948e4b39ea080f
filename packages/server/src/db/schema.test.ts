import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../test/harness.js';
import { adminQuery, databaseUrlFor } from '../test/global-setup.js';
import { openPglite, openPostgres, type Database } from './client.js';
import { functionFiles, migrate, migrationFiles } from './migrate.js';
import { dumpSchema } from './schema-dump.js';

// One empty database of the engine under test, migrated before the tests (each of which leaves it
// up to date again) and dropped at the end.
// The dump leaves out what differs between PostgreSQL 15 and PGlite (PostgreSQL 17): owners and
// their privileges, extension versions (schema-dump.ts), so one schema.sql holds for both engines.
let db: Database;
let dropDatabase = async () => {};
let firstRun: string[];

beforeAll(async () => {
  if (engine === 'pglite') {
    db = await openPglite(undefined);
  } else {
    const name = `danvan_schema_${process.pid}_${randomBytes(4).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name}`);
    db = await openPostgres(databaseUrlFor(name));
    dropDatabase = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  firstRun = await migrate(db);
});
afterAll(async () => {
  await db?.close();
  await dropDatabase();
});

const expected = readFileSync(path.join(import.meta.dirname, 'schema.sql'), 'utf8');
const query = (text: string) => db.transaction((sql) => sql.exec(text));

describe('schema.sql', () => {
  it('is what the migrations and functions files produce', async () => {
    expect(await dumpSchema(db), 'packages/server/src/db/schema.sql is out of date: run `npm run schema`').toBe(
      expected,
    );
  });
});

describe('the migrator', () => {
  it('applies every migration, then every functions file, to an empty database', () => {
    expect(firstRun).toEqual([...migrationFiles(), ...functionFiles().map((file) => `functions/${file}`)]);
  });

  it('applies nothing to a database that is up to date', async () => {
    expect(await migrate(db)).toEqual([]);
    expect(await dumpSchema(db)).toBe(expected);
  });

  it('applies a functions file again when its text changed', async () => {
    await query(
      `DROP FUNCTION like_literal(text); UPDATE schema_functions SET checksum = 'older' WHERE name = 'like_literal.sql'`,
    );
    expect(await migrate(db)).toEqual(['functions/like_literal.sql']);
    expect(await dumpSchema(db)).toBe(expected);
  });

  // A database migrated before functions/ existed has every function, trigger and policy already
  // (created by the migrations of that time) and no record of the files: applying them all again
  // leaves it as it was. Checked by hand once with databases the old migrator had migrated.
  it('applies every functions file to a database that has no record of them, changing nothing', async () => {
    await query('DROP TABLE schema_functions');
    expect(await migrate(db)).toEqual(functionFiles().map((file) => `functions/${file}`));
    expect(await dumpSchema(db)).toBe(expected);
  });
});
