import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../auth/authorize.js';
import { openPglite } from '../../db/client.js';
import { seedDemoReports } from '../../demo/demo-reports.js';
import { actorFor } from '../auth/index.js';
import { readEntries, tableContents } from '../../test/backup.js';
import { createTestApp, engine, type TestApp } from '../../test/harness.js';
import { BackupFormatError, dumpDatabase, restoreDatabase } from './backup.service.js';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  // The demo's reporting rounds, so the reports tables have rows to lose.
  await seedDemoReports(
    t.db,
    (await actorFor(t.db, 'thanhpho.lanhdao')) as Actor,
    (await actorFor(t.db, 'admin')) as Actor,
  );
  admin = await t.login('admin');
});
afterAll(() => t.close());

/** Everything a restore must bring back, read as the owner (so reading leaves no trace): every table's rows. */
async function snapshot() {
  return {
    contents: await tableContents(t),
    units: await t.ownerQuery(
      `SELECT id, code, name, type, parent_id, path::text AS path, opened_on, closed_on FROM units ORDER BY id`,
    ),
    users: await t.ownerQuery(`SELECT id, username, full_name, role, unit_id, disabled_at FROM users ORDER BY id`),
  };
}

async function api(method: string, url: string, body: unknown, status: number) {
  const response = await t.call({ method, url, cookie: admin, body });
  if (response.statusCode !== status) throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  return response.json() as { id: number };
}

describe('dump and restore', () => {
  it('brings back exactly the dumped state, after which ids, sessions and sign-in carry on', async () => {
    const dumped = await snapshot();
    const [{ id: lastAudit }] = await t.ownerQuery<{ id: number }>(`SELECT max(id)::int AS id FROM audit_log`);
    const dump = (await dumpDatabase(t.db)).sql;
    expect(dump.startsWith('-- danvan backup v1\n')).toBe(true);
    expect(dump).toMatch(new RegExp(`^-- engine: ${t.db.engine}$`, 'm'));

    const p1 = await t.unitId('AS-SH-P1');
    const added = await api(
      'POST',
      '/api/units',
      { parentId: p1, name: 'Tổ dân phố 9', code: 'BK-TDP9', type: 'residential_area' },
      201,
    );
    await api(
      'PATCH',
      `/api/units/${await t.unitId('AS-DD-BM')}`,
      { name: 'Xã Bình Minh Mới', effectiveOn: '2026-02-01' },
      200,
    );
    await api(
      'POST',
      '/api/users',
      {
        username: 'sau.sao.luu',
        fullName: 'Người tạo sau sao lưu',
        password: 'mat-khau-2026',
        role: 'specialist',
        unitId: p1,
      },
      201,
    );
    const changed = await snapshot();
    expect(changed).not.toEqual(dumped);
    expect(changed.contents.units.rows).toBe(dumped.contents.units.rows + 1);
    expect(dumped.contents.reports.rows).toBeGreaterThan(0);
    expect(dumped.contents.rollup_periods.rows).toBeGreaterThan(0);

    expect(await restoreDatabase(t.db, dump)).toEqual({ tables: expect.any(Number) });
    expect(await snapshot()).toEqual(dumped);
    expect(await t.ownerQuery(`SELECT 1 FROM units WHERE code = 'BK-TDP9'`)).toHaveLength(0);
    expect((await t.ownerQuery<{ name: string }>(`SELECT name FROM units WHERE code = 'AS-DD-BM'`))[0].name).toBe(
      'Xã Bình Minh',
    );

    // Sessions are not part of a backup: they are gone (the server may cache one for a few seconds), signing in again works.
    expect(await t.ownerQuery('SELECT 1 FROM sessions')).toHaveLength(0);
    admin = await t.login('admin');
    await t.login('phuong1.dv');

    // Identity sequences continue after the restored rows.
    const maxUnit = Math.max(...dumped.units.map((unit) => unit.id as number));
    const fresh = await api(
      'POST',
      '/api/units',
      { parentId: p1, name: 'Tổ dân phố 10', code: 'BK-TDP10', type: 'residential_area' },
      201,
    );
    expect(fresh.id).toBeGreaterThan(maxUnit);
    expect(await t.ownerQuery('SELECT 1 FROM units WHERE id = $1', [added.id])).toHaveLength(
      fresh.id === added.id ? 1 : 0,
    );
    const user = await api(
      'POST',
      '/api/users',
      {
        username: 'sau.khoi.phuc',
        fullName: 'Người tạo sau khôi phục',
        password: 'mat-khau-2026',
        role: 'specialist',
        unitId: p1,
      },
      201,
    );
    expect(user.id).toBeGreaterThan(Math.max(...dumped.users.map((row) => row.id as number)));
    const [audit] = await t.ownerQuery<{ id: number }>(`SELECT max(id)::int AS id FROM audit_log`);
    expect(audit.id).toBeGreaterThan(lastAudit);
    await t.login('sau.khoi.phuc', 'mat-khau-2026');
  });

  it('covers every table of the schema but sessions and sign-in counters', async () => {
    const dump = (await dumpDatabase(t.db)).sql;
    const truncate = /^TRUNCATE (.*) RESTART IDENTITY CASCADE;$/m.exec(dump)?.[1].split(', ') ?? [];
    const tables = await t.ownerQuery<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('schema_migrations', 'schema_functions', 'register_stamp')`,
    );
    const missing = tables.map((table) => table.name).filter((name) => !truncate.includes(name));
    // register_stamp is left alone: the restore's own writes move it, so nothing kept from before is used again.
    // A table left out of TABLES in backup.service.ts is emptied by the restore's TRUNCATE … CASCADE and never refilled.
    expect(missing, 'tables missing from TABLES in backup.service.ts').toEqual([]);
    expect(truncate.length).toBe(tables.length);
  });

  it('refuses a file that is not a danvan backup, or of another schema version, and changes nothing', async () => {
    const dump = (await dumpDatabase(t.db)).sql;
    const before = await snapshot();
    await expect(restoreDatabase(t.db, 'TRUNCATE units CASCADE;\n')).rejects.toThrow(BackupFormatError);
    await expect(restoreDatabase(t.db, `-- pg_dump\n${dump}`)).rejects.toThrow(/not a danvan backup/);
    const future = dump.replace(/^-- migrations: (.*)$/m, '-- migrations: $1,20991231_0001_future.sql');
    await expect(restoreDatabase(t.db, future)).rejects.toThrow(/schema version/);
    const older = dump.replace(/^-- migrations: .*$/m, '-- migrations: 20261124_0001_foundation.sql');
    await expect(restoreDatabase(t.db, older)).rejects.toThrow(BackupFormatError);
    expect(await snapshot()).toEqual(before);
  });

  it('rolls back a restore that fails halfway', async () => {
    const dump = (await dumpDatabase(t.db)).sql;
    await api(
      'POST',
      '/api/units',
      { parentId: await t.unitId('AS-SH-P2'), name: 'Tổ dân phố 11', code: 'BK-TDP11', type: 'residential_area' },
      201,
    );
    const before = await snapshot();
    const cut = dump.slice(0, dump.indexOf('INSERT INTO users')) + 'INSERT INTO users (id) VALUES (1);\n';
    await expect(restoreDatabase(t.db, cut)).rejects.toThrow(/could not be loaded, nothing was changed/);
    // Cut inside a chunk of rows: the reason is one short line, never the backup's data.
    const error = await restoreDatabase(t.db, dump.slice(0, Math.floor(dump.length / 2))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupFormatError);
    expect((error as Error).message).toMatch(
      /^The backup's data could not be loaded, nothing was changed: [^\n]{1,200}$/,
    );
    expect((error as Error).message).not.toContain('[{');
    expect(await snapshot()).toEqual(before);
    expect((await t.call({ method: 'GET', url: '/api/auth/me', cookie: admin })).statusCode).toBe(200);
  });

  it('restores a large tree whose parents have higher ids than their children', async () => {
    const p3 = await t.unitId('AS-SH-P3');
    const [{ path: p3Path }] = await t.ownerQuery<{ path: string }>(
      'SELECT path::text AS path FROM units WHERE id = $1',
      [p3],
    );
    // More units than one dump chunk holds, so parent and child may land in different chunks.
    await t.ownerQuery(
      `WITH ids AS (SELECT nextval(pg_get_serial_sequence('units', 'id'))::int AS id FROM generate_series(1, 6000))
       INSERT INTO units (id, code, name, type, parent_id, path)
       SELECT id, 'BK-' || id, 'Tổ dân phố ' || id, 'residential_area', $1, ($2 || '.u' || id)::ltree FROM ids`,
      [p3, p3Path],
    );
    const [{ id: newest }] = await t.ownerQuery<{ id: number }>(`SELECT max(id)::int AS id FROM units`);
    await api(
      'POST',
      `/api/units/${await t.unitId('AS-SH-P4')}/move`,
      { parentId: newest, effectiveOn: '2026-03-01' },
      200,
    );

    const before = await snapshot();
    const dump = (await dumpDatabase(t.db)).sql;
    await t.ownerQuery(
      `DELETE FROM units WHERE code = 'BK-' || $1::text AND NOT EXISTS (SELECT 1 FROM units c WHERE c.parent_id = units.id)`,
      [newest - 1],
    );
    await restoreDatabase(t.db, dump);
    expect(await snapshot()).toEqual(before);
    expect(
      (await t.ownerQuery<{ parent_id: number }>(`SELECT parent_id FROM units WHERE code = 'AS-SH-P4'`))[0].parent_id,
    ).toBe(newest);
  });
});

const repoRoot = path.resolve(import.meta.dirname, '../../../../..');

function cli(args: string[], dataDir: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, DANVAN_DATA: dataDir };
  delete env.DATABASE_URL;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(repoRoot, 'bin/danvan.js'), ...args],
      { cwd: repoRoot, env, timeout: 300_000 },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      },
    );
  });
}

describe.skipIf(engine === 'postgres')('command line on the embedded engine', () => {
  it('migrates, creates the first admin, backs up and restores', { timeout: 600_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'danvan-cli-'));
    const usernames = async () => {
      const db = await openPglite(path.join(dir, 'db'));
      try {
        return await db.transaction(
          async (sql) =>
            (
              await sql.query<{ username: string; full_name: string; role: string }>(
                'SELECT username, full_name, role FROM users ORDER BY id',
              )
            ).rows,
        );
      } finally {
        await db.close();
      }
    };
    try {
      const file = path.join(dir, 'sao-luu.tar.gz');
      const run = async (...args: string[]) => {
        const result = await cli(args, dir);
        expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
        return result;
      };
      expect((await run('migrate')).stdout).toMatch(/database is up to date/);
      expect(
        (await run('create-user', '--username', 'root', '--password', 'mat-khau-2026', '--full-name', 'Quản trị'))
          .stdout,
      ).toMatch(/user root created/);
      expect((await run('backup', file)).stdout).toMatch(
        /backup written: .*sao-luu\.tar\.gz \(\d+ tables, \d+ rows, 0 files/,
      );
      const [manifest, dump] = await readEntries(file);
      expect(JSON.parse(manifest.content.toString())).toMatchObject({ format: 'danvan-backup', engine: 'pglite' });
      expect(dump.content.toString().startsWith('-- danvan backup v1')).toBe(true);
      expect(dump.content.toString()).toContain('"username":"root"');

      // A change after the backup, made in-process while no CLI holds the data directory.
      const db = await openPglite(path.join(dir, 'db'));
      await db.transaction((sql) =>
        sql.exec(
          `INSERT INTO users (username, full_name, password_hash, role, unit_id) VALUES ('later', 'Sau sao lưu', 'x', 'viewer', 1)`,
        ),
      );
      await db.close();
      expect((await usernames()).map((user) => user.username)).toEqual(['root', 'later']);

      // A cut-off archive: one line saying why, a failing exit code, and nothing changed.
      const cut = path.join(dir, 'cut.tar.gz');
      const whole = await readFile(file);
      await writeFile(cut, whole.subarray(0, whole.length - 200));
      const failed = await cli(['restore', cut], dir);
      expect(failed.code).not.toBe(0);
      expect(failed.stderr.trim().split('\n')).toEqual([
        expect.stringMatching(/^The backup archive is truncated or damaged .*\(Bản sao lưu bị cắt cụt hoặc hỏng/),
      ]);
      expect((await usernames()).map((user) => user.username)).toEqual(['root', 'later']);

      expect((await run('restore', file)).stdout).toMatch(/restored from .* \(\d+ tables, 0 files\)/);
      expect(await usernames()).toEqual([{ username: 'root', full_name: 'Quản trị', role: 'admin' }]);

      // An old plain .sql backup still restores, the database only, with a warning.
      const old = path.join(dir, 'cu.sql');
      await writeFile(old, dump.content);
      const legacy = await run('restore', old);
      expect(legacy.stderr).toMatch(/^warning: An old \.sql backup holds the database only/);
      expect(legacy.stdout).toMatch(/restored from/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
