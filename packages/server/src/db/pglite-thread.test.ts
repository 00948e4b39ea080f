import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type PgliteDatabase } from './client.js';

// The server's PGlite runs on a thread of its own (pglite-thread.ts): what crosses between the threads.
describe('PGlite on its own thread', () => {
  let db: PgliteDatabase;
  beforeAll(async () => {
    db = await openPglite(undefined, undefined, { thread: true });
    await db.transaction((sql) =>
      sql.exec(
        `CREATE TABLE things (id int PRIMARY KEY, name text CONSTRAINT things_name_key UNIQUE, day date, n bigint)`,
      ),
    );
  });
  afterAll(() => db.close());

  it('answers rows in the shapes the other engine gives', async () => {
    const rows = await db.transaction(async (sql) => {
      await sql.query(`INSERT INTO things VALUES (1, 'một', '2026-12-06', 9007199254740991)`);
      return (await sql.query<{ name: string; day: string; n: number }>('SELECT name, day, n FROM things')).rows;
    });
    expect(rows).toEqual([{ name: 'một', day: '2026-12-06', n: 9007199254740991 }]);
  });

  it('keeps a database error’s code and constraint, and rolls the whole transaction back', async () => {
    const failed = db.transaction(async (sql) => {
      await sql.query(`INSERT INTO things VALUES (2, 'hai', null, null)`);
      await sql.query(`INSERT INTO things VALUES (3, 'một', null, null)`);
    });
    await expect(failed).rejects.toMatchObject({ code: '23505', constraint: 'things_name_key' });
    const ids = await db.transaction(async (sql) => (await sql.query<{ id: number }>('SELECT id FROM things')).rows);
    expect(ids).toEqual([{ id: 1 }]);
  });

  it('rolls back when the work itself fails, and dumps the data directory', async () => {
    await expect(
      db.transaction(async (sql) => {
        await sql.query(`INSERT INTO things VALUES (4, 'bốn', null, null)`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    const count = await db.transaction(
      async (sql) => (await sql.query<{ n: number }>('SELECT count(*) AS n FROM things')).rows,
    );
    expect(count).toEqual([{ n: 1 }]);
    const dump = await db.dumpDataDir();
    const copy = await openPglite(undefined, dump, { thread: true });
    try {
      const names = await copy.transaction(
        async (sql) => (await sql.query<{ name: string }>('SELECT name FROM things')).rows,
      );
      expect(names).toEqual([{ name: 'một' }]);
    } finally {
      await copy.close();
    }
  });
});
