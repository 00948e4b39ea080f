import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';
import { beginWith } from './client.js';
import { pgliteParsers } from './pglite-options.js';
import { PgliteStatements } from './pglite-statements.js';
import { inScope, readInScope } from './scope.js';

// What every request goes through: the session lookup as one statement, and the scope set with the BEGIN.
describe('statements and scoped transactions (the engine under test)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('runs one statement as the owner, outside any transaction', async () => {
    const rows = await t.db.statement<{ user: string; scope: string | null; n: number }>(
      `SELECT current_user AS user, nullif(current_setting('danvan.scope', true), '') AS scope, $1::int AS n`,
      [7],
    );
    expect(rows).toEqual([{ user: expect.not.stringMatching(/^danvan_app$/), scope: null, n: 7 }]);
  });

  it('starts a scoped transaction as the application role with the scope set', async () => {
    const rows = await inScope(t.db, 'vn.as', async (sql) => {
      return (
        await sql.query<{ role: string; scope: string }>(
          `SELECT current_user AS role, current_setting('danvan.scope') AS scope`,
        )
      ).rows;
    });
    expect(rows).toEqual([{ role: 'danvan_app', scope: 'vn.as' }]);
    // SET LOCAL: nothing is left on the connection for the next transaction.
    const after = await t.db.transaction(
      async (sql) => (await sql.query<{ role: string }>(`SELECT current_user AS role`)).rows,
    );
    expect(after[0].role).not.toBe('danvan_app');
  });

  it('rolls back a transaction whose first statement (sent with the BEGIN) fails, and the next one starts clean', async () => {
    await t.db.transaction((sql) => sql.exec(`CREATE TABLE IF NOT EXISTS pipelined (id int PRIMARY KEY)`));
    const failed = t.db.transaction(async (sql) => {
      await sql.query(`INSERT INTO pipelined VALUES (1), (1)`);
    });
    await expect(failed).rejects.toMatchObject({ code: '23505' });
    const second = t.db.transaction(async (sql) => {
      await sql.query(`INSERT INTO pipelined VALUES ($1)`, [2]);
      await sql.query(`INSERT INTO pipelined VALUES ($1)`, [2]);
    });
    await expect(second).rejects.toMatchObject({ code: '23505' });
    // Work that runs no statement starts no transaction and fails nothing.
    expect(await t.db.transaction(async () => 'nothing')).toBe('nothing');
    const rows = await inScope(t.db, 'vn.as', async (sql) => {
      return (await sql.query<{ role: string; n: number }>(`SELECT current_user AS role, 0 AS n`)).rows;
    });
    expect(rows).toEqual([{ role: 'danvan_app', n: 0 }]);
    expect(await t.db.statement(`SELECT count(*)::int AS n FROM pipelined`)).toEqual([{ n: 0 }]);
  });

  it('runs statements asked for together in the order asked, all inside the scoped transaction', async () => {
    await t.db.transaction((sql) =>
      sql.exec(`CREATE TABLE IF NOT EXISTS together (n int); GRANT ALL ON together TO danvan_app`),
    );
    const answers = await inScope(t.db, 'vn.as', (sql) =>
      Promise.all([
        sql.query(`INSERT INTO together VALUES (1)`),
        sql.query<{ role: string; scope: string; n: number }>(
          `SELECT current_user AS role, current_setting('danvan.scope') AS scope, count(*)::int AS n FROM together`,
        ),
        sql.query(`INSERT INTO together VALUES (2)`),
        sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM together`),
      ]),
    );
    expect(answers[1].rows).toEqual([{ role: 'danvan_app', scope: 'vn.as', n: 1 }]);
    expect(answers[3].rows).toEqual([{ n: 2 }]);
  });

  it('refuses a write in a read-only transaction, and the next use of its connection starts clean', async () => {
    await t.db.transaction((sql) =>
      sql.exec(`CREATE TABLE IF NOT EXISTS read_only_check (n int); GRANT ALL ON read_only_check TO danvan_app`),
    );
    const write = readInScope(t.db, 'vn.as', (sql) => sql.query(`INSERT INTO read_only_check VALUES (1)`));
    await expect(write).rejects.toMatchObject({ code: '25006' });
    const setting = `SELECT current_user AS role, nullif(current_setting('danvan.scope', true), '') AS scope,
                            current_setting('transaction_read_only') AS read_only,
                            (SELECT count(*)::int FROM read_only_check) AS n`;
    type Setting = { role: string; scope: string | null; read_only: string; n: number };
    const read = await readInScope(t.db, 'vn.as', async (sql) => (await sql.query<Setting>(setting)).rows);
    expect(read).toEqual([{ role: 'danvan_app', scope: 'vn.as', read_only: 'on', n: 0 }]);
    // Whatever comes next on the connection (a lone statement, a transaction that writes, work with no statement)
    // runs outside the read-only transaction left open, and what it writes is kept.
    expect(await t.db.statement<Setting>(setting)).toEqual([
      { role: expect.not.stringMatching(/^danvan_app$/), scope: null, read_only: 'off', n: 0 },
    ]);
    await readInScope(t.db, 'vn.as', async (sql) => sql.query(setting));
    expect(await readInScope(t.db, 'vn.as', async () => 'nothing')).toBe('nothing');
    await inScope(t.db, 'vn.bs', (sql) => sql.query(`INSERT INTO read_only_check VALUES (2)`));
    // Reads and writes in many scopes at once, each on whichever connection is free.
    const answers = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        i % 3 === 0
          ? inScope(t.db, `vn.w${i}`, async (sql) => {
              await sql.query(`INSERT INTO read_only_check VALUES ($1)`, [i]);
              return [{ role: 'danvan_app', scope: `vn.w${i}`, read_only: 'off', n: -1 }];
            })
          : readInScope(t.db, `vn.r${i}`, async (sql) => (await sql.query<Setting>(setting)).rows),
      ),
    );
    answers.forEach((rows, i) => expect(rows[0]).toMatchObject({ scope: i % 3 === 0 ? `vn.w${i}` : `vn.r${i}` }));
    expect(await t.db.statement(`SELECT count(*)::int AS n FROM read_only_check`)).toEqual([{ n: 9 }]);
    if (t.db.engine !== 'postgres') return;
    // A connection left idle does not keep its read-only transaction (and its snapshot) open.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const idle = await t.db.statement(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND state = 'idle in transaction'`,
    );
    expect(idle).toEqual([]);
  });

  it('refuses a scope path that is not an ltree path, rather than quoting it into the BEGIN', () => {
    expect(beginWith(undefined)).toBe('BEGIN');
    expect(beginWith({ scopePath: 'vn.as_1.p2' })).toContain(`'vn.as_1.p2'`);
    expect(beginWith({ scopePath: '' })).toContain(`set_config('danvan.scope', '', true)`);
    for (const scopePath of [`vn'; DROP TABLE units; --`, 'vn..as', '.vn', 'vn.', 'vn as']) {
      expect(() => beginWith({ scopePath })).toThrow(/not a scope path/);
    }
  });
});

// PGlite's statements, sent as the PostgreSQL pool sends them (pglite-statements.ts).
describe('PgliteStatements', () => {
  let db: PGlite;
  let statements: PgliteStatements;
  beforeAll(async () => {
    db = await PGlite.create({ parsers: pgliteParsers });
    await db.exec(`CREATE TABLE things (id int PRIMARY KEY, name text CONSTRAINT things_name_key UNIQUE,
                   day date, at timestamptz, tags text[], doc jsonb, ok boolean, bytes bytea, n bigint)`);
    statements = new PgliteStatements(db, { max: 3 });
  });
  afterAll(() => db.close());

  it('sends JavaScript values as node-pg does and reads them back typed', async () => {
    const at = new Date('2026-12-07T01:02:03.004Z');
    await statements.query(
      `INSERT INTO things (id, name, day, at, tags, doc, ok, bytes, n) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        1,
        'Khối dân vận',
        '2026-12-07',
        at,
        ['một', "hai'ba", null],
        JSON.stringify({ a: 'ế' }),
        true,
        Buffer.from([0, 1, 255]),
        2 ** 40,
      ],
    );
    const rows = await statements.query(`SELECT * FROM things WHERE id = $1`, [1]);
    expect(rows).toEqual([
      {
        id: 1,
        name: 'Khối dân vận',
        day: '2026-12-07',
        at,
        tags: ['một', "hai'ba", null],
        doc: { a: 'ế' },
        ok: true,
        bytes: new Uint8Array([0, 1, 255]),
        n: 2 ** 40,
      },
    ]);
    expect(await statements.query(`SELECT count(*) AS n FROM things`)).toEqual([{ n: 1 }]);
  });

  it('keeps a database error’s code and constraint, and the statement usable after it', async () => {
    const insert = `INSERT INTO things (id, name) VALUES ($1, $2)`;
    await statements.query(insert, [2, 'hai']);
    await expect(statements.query(insert, [3, 'hai'])).rejects.toMatchObject({
      code: '23505',
      constraint: 'things_name_key',
    });
    await statements.query(insert, [3, 'ba']);
    expect(await statements.query(`SELECT name FROM things WHERE id = ANY($1::int[]) ORDER BY id`, [[2, 3]])).toEqual([
      { name: 'hai' },
      { name: 'ba' },
    ]);
  });

  it('names no text that does not parse, and parses every call once its names are used up', async () => {
    const fresh = await PGlite.create({ parsers: pgliteParsers });
    try {
      const few = new PgliteStatements(fresh, { max: 3 });
      await expect(few.query(`SELEC $1::int`, [1])).rejects.toMatchObject({ code: '42601' });
      await expect(few.query(`SELEC $1::int`, [1])).rejects.toMatchObject({ code: '42601' });
      expect(await few.query(`SELECT 1 AS n`)).toEqual([{ n: 1 }]);
      for (let i = 0; i < 5; i++) {
        expect(await few.query(`SELECT $1::int + ${i} AS n`, [1])).toEqual([{ n: 1 + i }]);
      }
      const named = await fresh.query<{ name: string }>(`SELECT name FROM pg_prepared_statements ORDER BY name`);
      expect(named.rows.map((row) => row.name)).toEqual(['danvan_1', 'danvan_2', 'danvan_3']);
    } finally {
      await fresh.close();
    }
  });
});
