// A session follows its account from the very next request: disabled, a new role, a moved unit (or a moved
// ancestor), a closed unit. Nothing is cached between requests, so these hold on any number of processes
// (src/test/multi-process.test.ts runs the disable case across two).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vietnamDay } from '../../time.js';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';

let t: TestApp;
let admin: string;
const today = vietnamDay();

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
});
afterAll(() => t.close());

const userId = async (username: string) =>
  (await t.ownerQuery<{ id: number }>('SELECT id FROM users WHERE username = $1', [username]))[0].id;
const me = (cookie: string) => t.call({ method: 'GET', url: '/api/auth/me', cookie });
const unit = (cookie: string, id: number) => t.call({ method: 'GET', url: `/api/units/${id}`, cookie });
const createDocument = (cookie: string, unitId: number, symbol: string) =>
  t.call({
    method: 'POST',
    url: '/api/documents',
    cookie,
    body: {
      unitId,
      type: 'KH',
      symbol,
      issuedOn: '2026-05-04',
      signer: 'Lê Thị Hồng Nhung',
      title: 'Kế hoạch tuyên truyền',
      topics: [],
    },
  });
const asAdmin = async (method: string, url: string, body: unknown) => {
  const response = await t.call({ method, url, cookie: admin, body });
  expect(response.statusCode, response.body).toBeLessThan(300);
};

describe('a session follows its account from the next request', () => {
  it('disabling an account refuses its next request and its sign-in', async () => {
    const session = await t.login('phuong1.lanhdao');
    expect((await me(session)).statusCode).toBe(200);
    await asAdmin('PATCH', `/api/users/${await userId('phuong1.lanhdao')}`, { disabled: true });
    expect((await me(session)).statusCode).toBe(401);
    await expect(t.login('phuong1.lanhdao')).rejects.toThrow(/401/);
  });

  it('a new role gives the next request its abilities', async () => {
    const session = await t.login('tinh.dv');
    const board = await t.unitId('AS-BDV');
    expect((await me(session)).json().user.abilities.recordDocuments).toBe(true);
    expect((await createDocument(session, board, '1-KH/BDVTU')).statusCode).toBe(201);
    await asAdmin('PATCH', `/api/users/${await userId('tinh.dv')}`, { role: 'viewer' });
    const after = (await me(session)).json().user;
    expect(after.role).toBe('viewer');
    expect(after.abilities.recordDocuments).toBe(false);
    expect((await createDocument(session, board, '2-KH/BDVTU')).statusCode).toBe(403);
  });

  it('a unit moved to another parent gives the next request the new scope', async () => {
    const session = await t.login('phuong1.dv');
    const [ward1, ward2, bloc] = [
      await t.unitId('AS-SH-P1'),
      await t.unitId('AS-SH-P2'),
      await t.unitId('AS-SH-P1-KDV'),
    ];
    expect((await unit(session, ward1)).statusCode).toBe(200);
    expect((await unit(session, ward2)).statusCode).toBe(404);
    // The bloc leads the area it sits in: moved under ward 2, its account now sees ward 2 and not ward 1.
    await asAdmin('POST', `/api/units/${bloc}/move`, { parentId: ward2, effectiveOn: today });
    expect((await me(session)).json().user.scopeUnitId).toBe(ward2);
    expect((await unit(session, ward1)).statusCode).toBe(404);
    expect((await unit(session, ward2)).statusCode).toBe(200);
    expect((await createDocument(session, ward1, '3-KH/ĐUP1')).statusCode).toBe(404);
    expect((await createDocument(session, ward2, '3-KH/ĐUP2')).statusCode).toBe(201);
  });

  it('an ancestor moved elsewhere leaves the account its own units under their new paths', async () => {
    const [ward3, bloc3, district] = [
      await t.unitId('AS-SH-P3'),
      await t.unitId('AS-SH-P3-KDV'),
      await t.unitId('AS-DD'),
    ];
    await asAdmin('POST', '/api/users', {
      username: 'phuong3.dv',
      fullName: 'Trần Văn Ba',
      password: 'mat-khau-phuong-3',
      role: 'specialist',
      unitId: bloc3,
    });
    const session = await t.login('phuong3.dv', 'mat-khau-phuong-3');
    expect((await unit(session, ward3)).statusCode).toBe(200);
    await asAdmin('POST', `/api/units/${ward3}/move`, { parentId: district, effectiveOn: today });
    // A scope kept from before the move would point at the old path and find nothing of its own.
    expect((await unit(session, ward3)).statusCode).toBe(200);
    expect((await createDocument(session, ward3, '4-KH/ĐUP3')).statusCode).toBe(201);
  });

  it('closing the unit refuses the next request, the sign-in and any new document', async () => {
    const session = await t.login('phuong2.dv');
    const [ward2, bloc2] = [await t.unitId('AS-SH-P2'), await t.unitId('AS-SH-P2-KDV')];
    expect((await me(session)).statusCode).toBe(200);
    await asAdmin('POST', `/api/units/${bloc2}/close`, { closedOn: today, reason: 'Sáp nhập' });
    expect((await me(session)).statusCode).toBe(401);
    expect((await createDocument(session, ward2, '5-KH/ĐUP2')).statusCode).toBe(401);

    const refused = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      body: { username: 'phuong2.dv', password: 'danvan-demo' },
    });
    expect(refused.statusCode).toBe(403);
    const error = errorBody(refused);
    expect(error.code).toBe('unit_closed');
    expect(error.message.vi).toMatch(/đã giải thể/);
    expect(refused.cookies).toHaveLength(0);
    // A wrong password says only that: the closed unit is not revealed to whoever guesses.
    const wrong = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      body: { username: 'phuong2.dv', password: 'sai-mat-khau' },
    });
    expect(errorBody(wrong).code).toBe('bad_credentials');
    const audit = await t.ownerQuery<{ reason: string }>(
      `SELECT after->>'reason' AS reason FROM audit_log WHERE action = 'auth.login_failed' AND actor_username = 'phuong2.dv'`,
    );
    expect(audit.map((row) => row.reason).sort()).toEqual(['unit_closed', 'wrong_password']);
    const documents = await t.ownerQuery(`SELECT 1 FROM documents WHERE symbol = '5-KH/ĐUP2'`);
    expect(documents).toHaveLength(0);
  });
});
