import type { User } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const demoUsers = [
  'admin',
  'tinh.dv',
  'tinh.lanhdao',
  'thanhpho.lanhdao',
  'phuong1.dv',
  'phuong2.dv',
  'phuong1.lanhdao',
];

beforeAll(async () => {
  t = await createTestApp();
  for (const username of demoUsers) cookies[username] = await t.login(username);
});
afterAll(() => t.close());

async function userId(username: string): Promise<number> {
  const rows = await t.ownerQuery<{ id: number }>('SELECT id FROM users WHERE username = $1', [username]);
  if (!rows[0]) throw new Error(`no user ${username}`);
  return rows[0].id;
}

const list = (actor: string, query = '') =>
  t.call({ method: 'GET', url: `/api/users${query}`, cookie: cookies[actor] });
const create = (actor: string, body: Record<string, unknown>) =>
  t.call({ method: 'POST', url: '/api/users', cookie: cookies[actor], body });
const patch = (actor: string, id: number, body: Record<string, unknown>) =>
  t.call({ method: 'PATCH', url: `/api/users/${id}`, cookie: cookies[actor], body });

let serial = 0;
const newUser = async (unitCode: string, role = 'specialist') => ({
  username: `test.user${++serial}`,
  fullName: `Người dùng thử ${serial}`,
  password: 'mat-khau-2026',
  role,
  unitId: await t.unitId(unitCode),
});

describe('GET /api/users', () => {
  const visible: [string, string[]][] = [
    ['admin', [...demoUsers].sort()],
    ['thanhpho.lanhdao', ['phuong1.dv', 'phuong1.lanhdao', 'phuong2.dv', 'thanhpho.lanhdao']],
    ['phuong1.lanhdao', ['phuong1.dv', 'phuong1.lanhdao']],
  ];
  for (const [actor, usernames] of visible) {
    it(`shows ${actor} exactly the accounts of their scope`, async () => {
      const response = await list(actor);
      expect(response.statusCode).toBe(200);
      expect((response.json() as User[]).map((user) => user.username).sort()).toEqual(usernames);
    });
  }

  for (const actor of ['phuong1.dv', 'tinh.dv']) {
    it(`refuses the specialist ${actor} with 403`, async () => {
      const response = await list(actor);
      expect(response.statusCode).toBe(403);
      expect(errorBody(response).code).toBe('forbidden');
    });
  }

  it('marks which accounts the caller may change: never their own, passwords only below their level', async () => {
    const users = (await list('phuong1.lanhdao')).json() as User[];
    expect(users.find((user) => user.username === 'phuong1.lanhdao')?.abilities).toEqual({
      update: false,
      disable: false,
      resetPassword: false,
    });
    expect(users.find((user) => user.username === 'phuong1.dv')?.abilities).toEqual({
      update: true,
      disable: true,
      resetPassword: false,
    });
    const city = (await list('thanhpho.lanhdao')).json() as User[];
    expect(city.find((user) => user.username === 'phuong1.dv')?.abilities.resetPassword).toBe(true);
    const admin = (await list('admin')).json() as User[];
    expect(admin.find((user) => user.username === 'thanhpho.lanhdao')).toMatchObject({
      unitName: 'Ban Dân vận Thành ủy Sơn Hà',
      role: 'leader',
      disabled: false,
    });
  });

  it('filters by a unit subtree and by name without accents, never past the scope', async () => {
    const p2 = await t.unitId('AS-SH-P2');
    const byUnit = (await list('thanhpho.lanhdao', `?unitId=${p2}`)).json() as User[];
    expect(byUnit.map((user) => user.username)).toEqual(['phuong2.dv']);
    const byName = (await list('admin', `?q=${encodeURIComponent('hong nhung')}`)).json() as User[];
    expect(byName.map((user) => user.username)).toEqual(['phuong1.dv']);
    const outside = await list('phuong1.lanhdao', `?unitId=${p2}`);
    expect(outside.statusCode).toBe(200);
    expect(outside.json()).toEqual([]);
    const bad = await list('admin', '?unitId=abc');
    expect(bad.statusCode).toBe(400);
    expect(errorBody(bad).fields?.[0].path).toBe('query.unitId');
  });
});

describe('POST /api/users', () => {
  // actor, unit of the new account, its role, expected status
  const matrix: [string, string, string, number][] = [
    ['admin', 'AS-DD-TH-KDV', 'admin', 201],
    ['thanhpho.lanhdao', 'AS-SH-P2-KDV', 'specialist', 201],
    ['thanhpho.lanhdao', 'AS-SH-BDV', 'leader', 201],
    ['thanhpho.lanhdao', 'AS-DD-BDV', 'specialist', 404],
    ['thanhpho.lanhdao', 'AS-BDV', 'specialist', 404],
    ['thanhpho.lanhdao', 'AS-SH-P2-KDV', 'admin', 403],
    ['phuong1.lanhdao', 'AS-SH-P1-MT', 'leader', 201],
    ['phuong1.lanhdao', 'AS-SH-P2-KDV', 'specialist', 404],
    ['phuong1.lanhdao', 'AS-SH', 'specialist', 404],
    ['phuong1.lanhdao', 'AS-SH-P1-KDV', 'admin', 403],
    ['phuong1.dv', 'AS-SH-P1-KDV', 'specialist', 403],
    ['phuong1.dv', 'AS-SH-P2-KDV', 'specialist', 404],
    ['tinh.dv', 'AS-SH-P1-KDV', 'viewer', 403],
    ['tinh.dv', 'VN', 'viewer', 404],
  ];
  for (const [actor, unitCode, role, status] of matrix) {
    it(`${actor} creating a ${role} in ${unitCode} → ${status}`, async () => {
      const body = await newUser(unitCode, role);
      const response = await create(actor, body);
      expect(response.statusCode).toBe(status);
      const stored = await t.ownerQuery('SELECT 1 FROM users WHERE username = $1', [body.username]);
      if (status === 201) {
        expect(response.json()).toMatchObject({
          username: body.username,
          fullName: body.fullName,
          role,
          unitId: body.unitId,
          disabled: false,
        });
        expect(stored).toHaveLength(1);
        const audit = await t.ownerQuery(
          `SELECT actor_username, unit_id FROM audit_log WHERE action = 'user.create' AND after->>'username' = $1`,
          [body.username],
        );
        expect(audit).toEqual([{ actor_username: actor, unit_id: body.unitId }]);
        await t.login(body.username, body.password);
      } else {
        const error = errorBody(response);
        expect(error.code).toBe(status === 404 ? 'not_found' : 'forbidden');
        if (status === 404) expect(error.fields?.map((field) => field.path)).toEqual(['body.unitId']);
        expect(stored).toHaveLength(0);
      }
    });
  }

  it('answers 409 on body.username for a taken username, even one outside the scope', async () => {
    for (const username of ['phuong1.dv', 'tinh.dv']) {
      const response = await create('phuong1.lanhdao', { ...(await newUser('AS-SH-P1-KDV')), username });
      expect(response.statusCode).toBe(409);
      expect(errorBody(response).fields).toEqual([
        { path: 'body.username', vi: 'Tên đăng nhập đã tồn tại', en: 'The username is taken' },
      ]);
    }
  });

  it('answers 400 with field paths for a bad username, a short password or a missing name', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ username: 'ab' }, 'body.username'],
      [{ username: 'tên có dấu' }, 'body.username'],
      [{ password: 'ngan' }, 'body.password'],
      [{ fullName: '   ' }, 'body.fullName'],
      [{ role: 'superuser' }, 'body.role'],
      [{ unitId: 'P1' }, 'body.unitId'],
    ];
    for (const [change, path] of cases) {
      const response = await create('admin', { ...(await newUser('AS-SH-P1-KDV')), ...change });
      expect(response.statusCode, path).toBe(400);
      const field = errorBody(response).fields?.[0];
      expect(field?.path).toBe(path);
      expect(field?.vi && field.en).toBeTruthy();
    }
    const short = await create('admin', { ...(await newUser('AS-SH-P1-KDV')), password: 'ngan' });
    expect(errorBody(short).fields?.[0]).toMatchObject({ vi: 'Cần ít nhất 10 ký tự', en: 'At least 10 characters' });
  });

  it('answers 400, not 500, to a NUL character or an id beyond the integer range', async () => {
    const responses = [
      await create('admin', { ...(await newUser('AS-SH-P1-KDV')), fullName: 'Lê\u0000Văn' }),
      await create('admin', { ...(await newUser('AS-SH-P1-KDV')), unitId: 9_999_999_999 }),
      await list('admin', '?q=%00'),
      await list('admin', '?unitId=9999999999'),
      await patch('admin', 9_999_999_999, { fullName: 'X' }),
    ];
    for (const response of responses) {
      expect(response.statusCode, response.body).toBe(400);
      expect(errorBody(response).code).toBe('invalid_input');
    }
  });

  it('stores usernames in lower case', async () => {
    const body = await newUser('AS-SH-P1-KDV');
    const response = await create('admin', { ...body, username: body.username.toUpperCase() });
    expect(response.statusCode).toBe(201);
    expect(response.json().username).toBe(body.username);
  });
});

describe('PATCH /api/users/:id', () => {
  // actor, target account, expected status for a name change
  const matrix: [string, string, number][] = [
    ['admin', 'tinh.dv', 200],
    ['admin', 'admin', 403],
    ['thanhpho.lanhdao', 'phuong1.lanhdao', 200],
    ['thanhpho.lanhdao', 'thanhpho.lanhdao', 403],
    ['thanhpho.lanhdao', 'tinh.dv', 404],
    ['thanhpho.lanhdao', 'admin', 404],
    ['phuong1.lanhdao', 'phuong1.dv', 200],
    ['phuong1.lanhdao', 'phuong1.lanhdao', 403],
    ['phuong1.lanhdao', 'phuong2.dv', 404],
    ['phuong1.lanhdao', 'thanhpho.lanhdao', 404],
    ['phuong1.dv', 'phuong1.lanhdao', 403],
    ['phuong1.dv', 'phuong1.dv', 403],
    ['phuong1.dv', 'phuong2.dv', 404],
    ['tinh.dv', 'phuong1.dv', 403],
    ['tinh.dv', 'admin', 404],
  ];
  for (const [actor, target, status] of matrix) {
    it(`${actor} renaming ${target} → ${status}`, async () => {
      const id = await userId(target);
      const [before] = await t.ownerQuery<{ full_name: string }>('SELECT full_name FROM users WHERE id = $1', [id]);
      const fullName = `${before.full_name} (sửa)`;
      const response = await patch(actor, id, { fullName });
      expect(response.statusCode).toBe(status);
      const [after] = await t.ownerQuery<{ full_name: string }>('SELECT full_name FROM users WHERE id = $1', [id]);
      if (status === 200) {
        expect(response.json()).toMatchObject({ id, fullName });
        expect(after.full_name).toBe(fullName);
        const [audit] = await t.ownerQuery<{ before: { fullName: string }; after: { fullName: string } }>(
          `SELECT before, after FROM audit_log WHERE action = 'user.update' AND entity_id = $1 ORDER BY id DESC LIMIT 1`,
          [String(id)],
        );
        expect(audit).toMatchObject({ before: { fullName: before.full_name }, after: { fullName } });
      } else {
        expect(errorBody(response).code).toBe(status === 404 ? 'not_found' : 'forbidden');
        expect(after.full_name).toBe(before.full_name);
      }
    });
  }

  it('keeps leaders from handing out admin, touching admins, or moving accounts out of their scope', async () => {
    const dv = await userId('phuong1.dv');
    expect((await patch('phuong1.lanhdao', dv, { role: 'admin' })).statusCode).toBe(403);

    const created = await create('admin', await newUser('AS-SH-P1-MT', 'admin'));
    expect(created.statusCode).toBe(201);
    expect((await patch('phuong1.lanhdao', created.json().id, { fullName: 'Đổi tên quản trị' })).statusCode).toBe(403);
    expect((await patch('phuong1.lanhdao', created.json().id, { disabled: true })).statusCode).toBe(403);

    const moved = await patch('phuong1.lanhdao', dv, { unitId: await t.unitId('AS-SH-P2-KDV') });
    expect(moved.statusCode).toBe(404);
    expect(errorBody(moved).fields?.[0].path).toBe('body.unitId');
    const [row] = await t.ownerQuery<{ role: string; unit_id: number }>(
      'SELECT role, unit_id FROM users WHERE id = $1',
      [dv],
    );
    expect(row).toEqual({ role: 'specialist', unit_id: await t.unitId('AS-SH-P1-KDV') });

    const within = await patch('phuong1.lanhdao', dv, { unitId: await t.unitId('AS-SH-P1-PN'), role: 'viewer' });
    expect(within.statusCode).toBe(200);
    expect(within.json()).toMatchObject({ unitName: 'Hội Liên hiệp Phụ nữ Phường 1', role: 'viewer' });
  });

  it('answers 400 for an empty change or a bad id, and 404 for an unknown id', async () => {
    const dv = await userId('phuong2.dv');
    const empty = await patch('admin', dv, {});
    expect(empty.statusCode).toBe(400);
    expect(errorBody(empty).fields?.[0].path).toMatch(/^body/);
    const badId = await t.call({
      method: 'PATCH',
      url: '/api/users/abc',
      cookie: cookies.admin,
      body: { fullName: 'X' },
    });
    expect(badId.statusCode).toBe(400);
    expect(errorBody(badId).fields?.[0].path).toBe('params.id');
    expect((await patch('admin', 999_999, { fullName: 'X' })).statusCode).toBe(404);
    expect((await patch('admin', dv, { password: 'ngan' })).statusCode).toBe(400);
  });

  it('disabling an account ends its sessions and blocks sign-in; enabling lets it back', async () => {
    const id = await userId('phuong2.dv');
    const session = await t.login('phuong2.dv');
    const response = await patch('thanhpho.lanhdao', id, { disabled: true });
    expect(response.statusCode).toBe(200);
    expect(response.json().disabled).toBe(true);
    expect((await t.call({ method: 'GET', url: '/api/auth/me', cookie: session })).statusCode).toBe(401);
    expect(await t.ownerQuery('SELECT 1 FROM sessions WHERE user_id = $1', [id])).toHaveLength(0);
    await expect(t.login('phuong2.dv')).rejects.toThrow(/401/);

    const hidden = (await list('thanhpho.lanhdao')).json() as User[];
    expect(hidden.some((user) => user.username === 'phuong2.dv')).toBe(false);
    const shown = (await list('thanhpho.lanhdao', '?includeDisabled=true')).json() as User[];
    expect(shown.find((user) => user.username === 'phuong2.dv')?.disabled).toBe(true);

    expect((await patch('thanhpho.lanhdao', id, { disabled: false })).statusCode).toBe(200);
    await t.login('phuong2.dv');
    const actions = await t.ownerQuery<{ action: string }>(
      `SELECT action FROM audit_log WHERE entity_type = 'user' AND entity_id = $1 ORDER BY id`,
      [String(id)],
    );
    expect(actions.map((row) => row.action)).toEqual(expect.arrayContaining(['user.disable', 'user.enable']));
  });

  it('resets a password: the old one stops working, sessions end, the audit says only that it changed', async () => {
    const id = await userId('phuong1.lanhdao');
    const session = await t.login('phuong1.lanhdao');
    const response = await patch('thanhpho.lanhdao', id, { password: 'mat-khau-moi-2026' });
    expect(response.statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url: '/api/auth/me', cookie: session })).statusCode).toBe(401);
    await expect(t.login('phuong1.lanhdao')).rejects.toThrow(/401/);
    await t.login('phuong1.lanhdao', 'mat-khau-moi-2026');
    const [audit] = await t.ownerQuery<{ after: Record<string, unknown> }>(
      `SELECT after FROM audit_log WHERE action = 'user.reset_password' AND entity_id = $1`,
      [String(id)],
    );
    expect(audit.after).toMatchObject({ username: 'phuong1.lanhdao', passwordChanged: true });
  });

  it('never writes a password hash into the audit log', async () => {
    const rows = await t.ownerQuery<{ action: string; data: string }>(
      `SELECT action, coalesce(before::text, '') || coalesce(after::text, '') AS data FROM audit_log WHERE entity_type = 'user'`,
    );
    expect(new Set(rows.map((row) => row.action))).toEqual(
      new Set(['user.create', 'user.update', 'user.disable', 'user.enable', 'user.reset_password']),
    );
    for (const row of rows) {
      expect(row.data).not.toMatch(/password_hash|passwordHash|scrypt/);
    }
  });
});
