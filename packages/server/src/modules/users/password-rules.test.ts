import type { User } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';

let t: TestApp;
const cookies: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  for (const username of ['admin', 'tinh.lanhdao', 'thanhpho.lanhdao', 'phuong1.lanhdao', 'phuong2.dv']) {
    cookies[username] = await t.login(username);
  }
});
afterAll(() => t.close());

const userId = async (username: string) =>
  (await t.ownerQuery<{ id: number }>('SELECT id FROM users WHERE username = $1', [username]))[0].id;
const reset = async (actor: string, username: string, password = 'hoa sen chiều mưa 27') =>
  t.call({
    method: 'PATCH',
    url: `/api/users/${await userId(username)}`,
    cookie: cookies[actor],
    body: { password },
  });

describe('a new password must be long and hard to guess', () => {
  let serial = 0;
  const create = async (password: string, fullName = 'Đỗ Thị Mai') =>
    t.call({
      method: 'POST',
      url: '/api/users',
      cookie: cookies.admin,
      body: {
        username: `mai.do${++serial}`,
        fullName,
        password,
        role: 'specialist',
        unitId: await t.unitId('AS-SH-P1-KDV'),
      },
    });

  const weak: [string, RegExp][] = [
    ['12345678', /ít nhất 10 ký tự/],
    ['1234567890', /Mật khẩu quá dễ đoán: nằm trong 100 mật khẩu phổ biến nhất/],
    ['qwertyuiop', /Mật khẩu quá dễ đoán/],
    ['danvan2026!', /Mật khẩu quá dễ đoán: chứa tên đăng nhập, họ tên, tên đơn vị hoặc "danvan"/],
    ['matkhau123456', /Mật khẩu quá dễ đoán/],
    ['Đỗ Thị Mai 2026', /Mật khẩu quá dễ đoán: chứa tên đăng nhập, họ tên/],
    // The demo's password is published in the README; one character more is no secret.
    ['danvan-demo1', /Mật khẩu quá dễ đoán: chứa tên đăng nhập, họ tên, tên đơn vị hoặc "danvan"/],
    // Capitals do not hide the app's name, however many words the account's name and unit bring.
    ['DanVan2026!', /Mật khẩu quá dễ đoán: chứa tên đăng nhập, họ tên, tên đơn vị hoặc "danvan"/],
  ];
  for (const [password, message] of weak) {
    it(`refuses "${password}" on body.password with a vi+en reason, writing nothing`, async () => {
      const before = await t.ownerQuery('SELECT 1 FROM users');
      const response = await create(password);
      expect(response.statusCode).toBe(400);
      const field = errorBody(response).fields?.[0];
      expect(field?.path).toBe('body.password');
      expect(field?.vi).toMatch(message);
      expect(field?.en).toBeTruthy();
      expect(await t.ownerQuery('SELECT 1 FROM users')).toHaveLength(before.length);
    });
  }

  it('accepts a few unrelated words, and the account signs in with them', async () => {
    const response = await create('mưa chiều trên sông Hương 27');
    expect(response.statusCode).toBe(201);
    await t.login((response.json() as User).username, 'mưa chiều trên sông Hương 27');
  });

  it('checks a reset and a change of one’s own password too', async () => {
    const weakReset = await reset('admin', 'tinh.dv', 'tinh.dv12345');
    expect(weakReset.statusCode).toBe(400);
    expect(errorBody(weakReset).fields?.[0]).toMatchObject({ path: 'body.password' });

    const change = await t.call({
      method: 'POST',
      url: '/api/auth/change-password',
      cookie: cookies['phuong2.dv'],
      body: { currentPassword: 'danvan-demo', newPassword: 'Pham Quoc Huy 1' },
    });
    expect(change.statusCode).toBe(400);
    expect(errorBody(change).fields?.[0]).toMatchObject({ path: 'body.newPassword' });
    expect(errorBody(change).fields?.[0].vi).toMatch(/^Mật khẩu quá dễ đoán/);
    // The old password (set before the rule) keeps working.
    await t.login('phuong2.dv');
  });
});

describe('who may reset a password', () => {
  it('lets a leader reset an account in a unit below their level', async () => {
    expect((await reset('thanhpho.lanhdao', 'phuong1.dv')).statusCode).toBe(200);
    await t.login('phuong1.dv', 'hoa sen chiều mưa 27');
  });

  it("refuses a leader a peer's password in their own unit with 403", async () => {
    const sameUnit = await reset('phuong1.lanhdao', 'phuong1.dv');
    expect(sameUnit.statusCode).toBe(403);
    expect(errorBody(sameUnit).code).toBe('forbidden');
    expect((await reset('tinh.lanhdao', 'tinh.dv')).statusCode).toBe(403);
  });

  it('refuses a leader the peer bodies of their level with 403', async () => {
    const cityFront = await t.call({
      method: 'POST',
      url: '/api/users',
      cookie: cookies.admin,
      body: {
        username: 'mttq.thanhpho',
        fullName: 'Bùi Văn Nam',
        password: 'nắng sớm bên hồ 1975',
        role: 'specialist',
        unitId: await t.unitId('AS-SH-MT'),
      },
    });
    expect(cityFront.statusCode).toBe(201);
    expect((await reset('thanhpho.lanhdao', 'mttq.thanhpho')).statusCode).toBe(403);
    expect((await reset('tinh.lanhdao', 'mttq.thanhpho')).statusCode).toBe(200);
  });

  it('refuses a leader moving a peer down to a ward, where its password could be set, with 403', async () => {
    const cityCommittee = await t.call({
      method: 'POST',
      url: '/api/users',
      cookie: cookies.admin,
      body: {
        username: 'thanhuy.vp',
        fullName: 'Trịnh Văn Khải',
        password: 'gió mùa về trên đồi 1968',
        role: 'specialist',
        unitId: await t.unitId('AS-SH-TU'),
      },
    });
    expect(cityCommittee.statusCode).toBe(201);
    const id = await userId('thanhuy.vp');
    const moved = await t.call({
      method: 'PATCH',
      url: `/api/users/${id}`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { unitId: await t.unitId('AS-SH-P2-KDV') },
    });
    expect(moved.statusCode).toBe(403);
    expect(errorBody(moved).code).toBe('forbidden');
    const [row] = await t.ownerQuery<{ unit_id: number }>('SELECT unit_id FROM users WHERE id = $1', [id]);
    expect(row.unit_id).toBe(await t.unitId('AS-SH-TU'));
    expect((await reset('thanhpho.lanhdao', 'thanhuy.vp')).statusCode).toBe(403);
    // Moving among the bodies of the leader's own level stays allowed, and so does an admin's move.
    const across = await t.call({
      method: 'PATCH',
      url: `/api/users/${id}`,
      cookie: cookies['thanhpho.lanhdao'],
      body: { unitId: await t.unitId('AS-SH-MT') },
    });
    expect(across.statusCode).toBe(200);
    const byAdmin = await t.call({
      method: 'PATCH',
      url: `/api/users/${id}`,
      cookie: cookies.admin,
      body: { unitId: await t.unitId('AS-SH-P2-KDV') },
    });
    expect(byAdmin.statusCode).toBe(200);
  });

  it('answers 404 for an account outside the leader’s scope', async () => {
    const response = await reset('phuong1.lanhdao', 'phuong2.dv');
    expect(response.statusCode).toBe(404);
  });

  it('lets an admin reset anyone else’s password', async () => {
    expect((await reset('admin', 'tinh.lanhdao')).statusCode).toBe(200);
    expect((await reset('admin', 'thanhpho.lanhdao')).statusCode).toBe(200);
  });

  it('still lets a leader edit a peer’s name: only the password is kept to lower levels', async () => {
    const response = await t.call({
      method: 'PATCH',
      url: `/api/users/${await userId('phuong1.dv')}`,
      cookie: cookies['phuong1.lanhdao'],
      body: { fullName: 'Lê Thị Hồng Nhung' },
    });
    expect(response.statusCode).toBe(200);
    expect((response.json() as User).abilities).toEqual({ update: true, disable: true, resetPassword: false });
  });
});
