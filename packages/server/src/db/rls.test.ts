import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';
import { inScope } from './scope.js';

// These tests talk to the database directly, bypassing routes and policies: row-level security alone must hold.
let t: TestApp;
let ward1Path: string;
let ward2: { id: number; path: string };

beforeAll(async () => {
  t = await createTestApp();
  const rows = await t.ownerQuery<{ code: string; id: number; path: string }>(
    `SELECT code, id, path::text FROM units WHERE code IN ('AS-SH-P1', 'AS-SH-P2')`,
  );
  ward1Path = rows.find((row) => row.code === 'AS-SH-P1')?.path as string;
  ward2 = rows.find((row) => row.code === 'AS-SH-P2') as { id: number; path: string };
});
afterAll(() => t.close());

const asWard1 = <T>(work: Parameters<typeof inScope<T>>[2]) => inScope(t.db, ward1Path, work);

describe('row-level security under a scoped session', () => {
  it('reads only the subtree from every scoped table', async () => {
    await asWard1(async (sql) => {
      const units = (await sql.query<{ path: string }>('SELECT path::text FROM units')).rows;
      expect(units.length).toBe(8);
      expect(units.every((unit) => unit.path === ward1Path || unit.path.startsWith(`${ward1Path}.`))).toBe(true);
      const users = (await sql.query<{ username: string }>('SELECT username FROM users ORDER BY username')).rows;
      expect(users.map((u) => u.username)).toEqual(['phuong1.dv', 'phuong1.lanhdao']);
      const audit = (await sql.query<{ unit_id: number }>('SELECT DISTINCT unit_id FROM audit_log')).rows;
      const inScope = (await sql.query<{ id: number }>('SELECT id FROM units')).rows.map((u) => u.id);
      expect(audit.length).toBeGreaterThan(0);
      expect(audit.every((row) => inScope.includes(row.unit_id))).toBe(true);
      expect((await sql.query('SELECT 1 FROM units WHERE id = $1', [ward2.id])).rows).toHaveLength(0);
    });
  });

  it('silently skips updates of rows outside the scope', async () => {
    await asWard1(async (sql) => {
      await sql.query(`UPDATE units SET name = 'Bị sửa trái phép' WHERE id = $1`, [ward2.id]);
      await sql.query(`UPDATE users SET full_name = 'Bị sửa' WHERE username = 'phuong2.dv'`);
    });
    expect((await t.ownerQuery<{ name: string }>('SELECT name FROM units WHERE id = $1', [ward2.id]))[0].name).toBe(
      'Phường 2',
    );
    expect(
      (await t.ownerQuery<{ full_name: string }>(`SELECT full_name FROM users WHERE username = 'phuong2.dv'`))[0]
        .full_name,
    ).toBe('Phạm Quốc Huy');
  });

  it('refuses inserting or moving a unit outside the scope', async () => {
    await expect(
      asWard1((sql) =>
        sql.query(
          `INSERT INTO units (code, name, type, parent_id, path) VALUES ('X1', 'Ngoài phạm vi', 'ward', $1, $2::ltree || 'u999999')`,
          [ward2.id, ward2.path],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asWard1((sql) =>
        sql.query(
          `UPDATE units SET path = $1::ltree || subpath(path, nlevel(path) - 1) WHERE path <@ $2::ltree AND path <> $2::ltree`,
          [ward2.path, ward1Path],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      asWard1((sql) =>
        sql.query(`INSERT INTO audit_log (unit_id, action, entity_type) VALUES ($1, 'forged', 'unit')`, [ward2.id]),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('sees nothing when no scope is set, and cannot rewrite the audit log', async () => {
    const rows = await t.db.transaction(async (sql) => {
      await sql.exec('SET LOCAL ROLE danvan_app');
      return (await sql.query('SELECT 1 FROM units')).rows;
    });
    expect(rows).toHaveLength(0);
    await expect(asWard1((sql) => sql.query(`UPDATE audit_log SET action = 'x'`))).rejects.toThrow(/permission denied/);
    await expect(asWard1((sql) => sql.query(`DELETE FROM audit_log`))).rejects.toThrow(/permission denied/);
    await expect(asWard1((sql) => sql.query(`DELETE FROM units`))).rejects.toThrow(/permission denied/);
  });

  it('runs as a role that is not a superuser', async () => {
    const [row] = await asWard1(
      async (sql) =>
        (
          await sql.query<{ current_user: string; su: boolean }>(
            `SELECT current_user, (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) AS su`,
          )
        ).rows,
    );
    expect(row).toEqual({ current_user: 'danvan_app', su: false });
  });
});
