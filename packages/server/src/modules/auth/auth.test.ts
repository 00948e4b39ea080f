import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from './auth.service.js';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('login, session, logout', () => {
  it('signs in, answers /me with scope and abilities, and signs out', async () => {
    const login = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      body: { username: 'phuong1.dv', password: 'danvan-demo' },
    });
    expect(login.statusCode).toBe(200);
    const cookie = login.cookies.find((c) => c.name === 'danvan_sid');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    const session = `danvan_sid=${cookie?.value}`;

    const me = await t.call({ method: 'GET', url: '/api/auth/me', cookie: session });
    expect(me.statusCode).toBe(200);
    expect(me.json().user).toMatchObject({
      username: 'phuong1.dv',
      fullName: 'Lê Thị Hồng Nhung',
      role: 'specialist',
      unitName: 'Khối dân vận Phường 1',
      scopeUnitId: await t.unitId('AS-SH-P1'),
      abilities: {
        manageUnits: false,
        manageUsers: false,
        readAudit: false,
        launchMovements: false,
        manageDemocracyChecklist: false,
      },
    });

    expect((await t.call({ method: 'POST', url: '/api/auth/logout', cookie: session })).statusCode).toBe(204);
    const after = await t.call({ method: 'GET', url: '/api/auth/me', cookie: session });
    expect(after.statusCode).toBe(401);
    expect(errorBody(after).code).toBe('unauthenticated');
  });

  it("derives the web app's abilities from the features' policies", async () => {
    const abilitiesOf = async (username: string) =>
      (await t.call({ method: 'GET', url: '/api/auth/me', cookie: await t.login(username) })).json().user.abilities;
    expect(await abilitiesOf('thanhpho.lanhdao')).toMatchObject({
      launchMovements: true,
      manageDemocracyChecklist: false,
      manageCatalogue: false,
    });
    expect(await abilitiesOf('admin')).toMatchObject({
      launchMovements: true,
      manageDemocracyChecklist: true,
      manageCatalogue: true,
    });
    expect(await abilitiesOf('phuong1.dv')).toMatchObject({
      recordDocuments: true,
      registerModels: true,
      recordMemberCounts: true,
      recordConferences: true,
    });
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await t.login('tinh.dv');
    const token = cookie.split('=')[1];
    const rows = await t.ownerQuery<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.token_hash === token)).toBe(false);
  });

  it('refuses a wrong password with a bilingual 401 and audits the attempt', async () => {
    const response = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      body: { username: 'phuong2.dv', password: 'sai-mat-khau' },
    });
    expect(response.statusCode).toBe(401);
    expect(errorBody(response).message.vi).toBe('Tên đăng nhập hoặc mật khẩu không đúng');
    const audit = await t.ownerQuery(
      `SELECT 1 FROM audit_log WHERE action = 'auth.login_failed' AND actor_username = 'phuong2.dv'`,
    );
    expect(audit).toHaveLength(1);
  });

  it('throttles an account after repeated failures, even with the right password', async () => {
    for (let i = 0; i < 5; i++) {
      await t.call({
        method: 'POST',
        url: '/api/auth/login',
        body: { username: 'phuong1.lanhdao', password: `wrong-${i}` },
      });
    }
    const blocked = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      body: { username: 'phuong1.lanhdao', password: 'danvan-demo' },
    });
    expect(blocked.statusCode).toBe(429);
    expect(errorBody(blocked).message.vi).toMatch(/thử lại sau/);
  });

  it('ends sessions that were idle too long or passed their absolute expiry', async () => {
    const idle = await t.login('thanhpho.lanhdao');
    await t.ownerQuery(`UPDATE sessions SET last_seen_at = now() - interval '1 day' WHERE token_hash = $1`, [
      hashToken(idle.split('=')[1]),
    ]);
    expect((await t.call({ method: 'GET', url: '/api/auth/me', cookie: idle })).statusCode).toBe(401);

    const old = await t.login('thanhpho.lanhdao');
    await t.ownerQuery(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [
      hashToken(old.split('=')[1]),
    ]);
    expect((await t.call({ method: 'GET', url: '/api/auth/me', cookie: old })).statusCode).toBe(401);
    const remaining = await t.ownerQuery(`SELECT 1 FROM sessions WHERE token_hash IN ($1, $2)`, [
      hashToken(idle.split('=')[1]),
      hashToken(old.split('=')[1]),
    ]);
    expect(remaining).toHaveLength(0);
  });

  it('rejects unknown cookies and requests without a session', async () => {
    expect((await t.call({ method: 'GET', url: '/api/units', cookie: 'danvan_sid=forged' })).statusCode).toBe(401);
    expect((await t.call({ method: 'GET', url: '/api/units' })).statusCode).toBe(401);
  });
});

describe('change password', () => {
  it('needs the current password, then ends the other sessions', async () => {
    const first = await t.login('phuong2.dv');
    const second = await t.login('phuong2.dv');
    const wrong = await t.call({
      method: 'POST',
      url: '/api/auth/change-password',
      cookie: first,
      body: { currentPassword: 'nope-nope', newPassword: 'mat-khau-moi-2026' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(errorBody(wrong).fields?.[0].path).toBe('body.currentPassword');

    const short = await t.call({
      method: 'POST',
      url: '/api/auth/change-password',
      cookie: first,
      body: { currentPassword: 'danvan-demo', newPassword: 'ngan' },
    });
    expect(short.statusCode).toBe(400);
    expect(errorBody(short).fields?.[0]).toMatchObject({ path: 'body.newPassword', vi: 'Cần ít nhất 10 ký tự' });

    const ok = await t.call({
      method: 'POST',
      url: '/api/auth/change-password',
      cookie: first,
      body: { currentPassword: 'danvan-demo', newPassword: 'mat-khau-moi-2026' },
    });
    expect(ok.statusCode).toBe(204);
    expect((await t.call({ method: 'GET', url: '/api/auth/me', cookie: first })).statusCode).toBe(200);
    expect((await t.call({ method: 'GET', url: '/api/auth/me', cookie: second })).statusCode).toBe(401);
    await expect(t.login('phuong2.dv')).rejects.toThrow(/401/);
    await t.login('phuong2.dv', 'mat-khau-moi-2026');
  });
});

describe('bad input never yields a 500', () => {
  const cases: [string, string | object, string][] = [
    ['malformed JSON', '{"username": "admin", ', 'body'],
    ['wrong types', { username: 42, password: ['x'] }, 'body.username'],
    ['missing fields', {}, 'body.username'],
    ['empty username', { username: '', password: 'x' }, 'body.username'],
  ];
  for (const [name, body, path] of cases) {
    it(`answers 400 with a field path for ${name}`, async () => {
      const response = await t.call({
        method: 'POST',
        url: '/api/auth/login',
        body,
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(400);
      const error = errorBody(response);
      expect(error.fields?.[0].path).toBe(path);
      expect(error.fields?.[0].vi).toBeTruthy();
      expect(error.fields?.[0].en).toBeTruthy();
    });
  }

  it('answers 413 for an oversize body', async () => {
    const response = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      body: { username: 'admin', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(response.statusCode).toBe(413);
    expect(errorBody(response).code).toBe('too_large');
  });

  it('answers a bilingual 404 for unknown endpoints', async () => {
    const response = await t.call({ method: 'GET', url: '/api/khong-co' });
    expect(response.statusCode).toBe(404);
    expect(errorBody(response).message.vi).toBe('Không tìm thấy địa chỉ này');
  });
});

describe('system endpoints', () => {
  it('reports health with the engine', async () => {
    const response = await t.call({ method: 'GET', url: '/api/health' });
    expect(response.json()).toEqual({ status: 'ok', db: t.db.engine });
  });

  it('serves the OpenAPI documentation', async () => {
    const spec = await t.call({ method: 'GET', url: '/api/docs/json' });
    expect(spec.statusCode).toBe(200);
    expect(Object.keys(spec.json().paths)).toEqual(
      expect.arrayContaining(['/api/units', '/api/auth/login', '/api/users', '/api/audit']),
    );
    expect((await t.call({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
  });
});
