import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite, type PgliteDatabase } from './client.js';

// The server's PGlite runs on a thread of its own (pglite-thread.ts): what crosses between the threads.
describe('PGlite on its own thread', () => {
  let db: PgliteDatabase;
  beforeAll(async () => {
    db = await openPglite(undefined, undefined, { thread: true });
    await db.transaction((sql) =>
      sql.exec(
        `CREATE TABLE things (id int PRIMARY KEY, name text CONSTRAINT things_name_key UNIQUE, day date, n bigint);
         CREATE ROLE danvan_app`,
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

  it('reads arrays, jsonb, timestamps and bytes on the event loop’s thread as PGlite reads them on its own', async () => {
    const at = new Date('2026-12-07T01:02:03.004Z');
    const [row] = await db.transaction(
      async (sql) =>
        (
          await sql.query(
            `SELECT $1::text[] AS tags, ARRAY[1, 2, NULL]::int[] AS ids, ARRAY['2026-01-02'::date] AS days,
                    '{"a": "ế"}'::jsonb AS doc, $2::timestamptz AS at, '\\x00ff'::bytea AS bytes,
                    ARRAY[1.5, 2]::numeric[] AS sums, current_setting('danvan.scope', true) AS scope`,
            [['một', "hai'ba", null], at],
          )
        ).rows,
      { scopePath: '1.2' },
    );
    expect(row).toEqual({
      tags: ['một', "hai'ba", null],
      ids: [1, 2, null],
      days: ['2026-01-02'],
      doc: { a: 'ế' },
      at,
      bytes: new Uint8Array([0, 255]),
      sums: [1.5, 2],
      scope: '1.2',
    });
  });

  it('refuses a write in a read-only transaction, and starts the next transaction after its COMMIT', async () => {
    await db.transaction((sql) => sql.exec(`CREATE TABLE reads (id int); GRANT ALL ON reads TO danvan_app`));
    const write = db.transaction((sql) => sql.query(`INSERT INTO reads VALUES (40)`), {
      scopePath: 'vn',
      readOnly: true,
    });
    await expect(write).rejects.toMatchObject({ code: '25006' });
    // Read-only transactions one after another and with a writing one between: none inside another.
    const answers = await Promise.all(
      [41, 42, 43, 44].map((n) =>
        db.transaction(
          async (sql) => {
            if (n === 42) await sql.query(`INSERT INTO reads VALUES ($1)`, [n]);
            const { rows } = await sql.query<{ read_only: string; scope: string; n: number }>(
              `SELECT current_setting('transaction_read_only') AS read_only, current_setting('danvan.scope') AS scope,
                      (SELECT count(*)::int FROM reads) AS n`,
            );
            return rows[0];
          },
          { scopePath: `vn.x${n}`, readOnly: n !== 42 },
        ),
      ),
    );
    expect(answers).toEqual([
      { read_only: 'on', scope: 'vn.x41', n: 0 },
      { read_only: 'off', scope: 'vn.x42', n: 1 },
      { read_only: 'on', scope: 'vn.x43', n: 1 },
      { read_only: 'on', scope: 'vn.x44', n: 1 },
    ]);
    expect(await db.statement(`SELECT current_setting('transaction_read_only') AS read_only`)).toEqual([
      { read_only: 'off' },
    ]);
  });

  it('sends statements asked for together in one message and runs them in order inside the transaction', async () => {
    const answers = await db.transaction(
      (sql) =>
        Promise.all(
          [1, 2, 3].map((n) =>
            sql.query<{ n: number; scope: string; role: string }>(
              `SELECT $1::int AS n, current_setting('danvan.scope', true) AS scope, current_user AS role`,
              [n],
            ),
          ),
        ),
      { scopePath: '1.2' },
    );
    expect(answers.map((a) => a.rows[0])).toEqual([1, 2, 3].map((n) => ({ n, scope: '1.2', role: 'danvan_app' })));
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
