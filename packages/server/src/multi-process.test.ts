// Several server processes on one PostgreSQL database, as operators run danvan when one process is not enough
// (README, "Running several processes"): what one process does, the others see on their next request.
// PostgreSQL only (PGlite is one process's embedded database); runs when DATABASE_URL is set.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminQuery, databaseUrlFor } from './test/global-setup.js';
import { engine } from './test/harness.js';
import { nineMonthRound } from './test/reports.js';
import { signIn, startServer, type ServerProcess } from './test/server-process.js';

const onPostgres = engine === 'postgres';
const database = `danvan_mp_${process.pid}_${randomBytes(4).toString('hex')}`;
let first: ServerProcess;
let second: ServerProcess;

async function unitId(code: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrlFor(database) });
  await client.connect();
  try {
    return (await client.query<{ id: number }>('SELECT id FROM units WHERE code = $1', [code])).rows[0].id;
  } finally {
    await client.end();
  }
}

describe.skipIf(!onPostgres)('two server processes on one PostgreSQL database', () => {
  beforeAll(async () => {
    // A copy of the run's migrated demo database; the first process applies any migration (none are left), the
    // second starts on what the first found.
    await adminQuery(`CREATE DATABASE ${database} TEMPLATE ${inject('postgresTemplateDb')}`);
    first = await startServer({ DATABASE_URL: databaseUrlFor(database) });
    second = await startServer({ DATABASE_URL: databaseUrlFor(database) });
  }, 300_000);
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  });

  it('a session ended through one process is refused by the other at once', async () => {
    const admin = await signIn(first, 'admin');
    const leaderOnSecond = await signIn(second, 'phuong1.lanhdao');
    expect((await leaderOnSecond('GET', '/api/auth/me')).status).toBe(200);
    const users = await admin<{ id: number; username: string }[]>('GET', '/api/users?q=phuong1.lanhdao');
    const id = users.body.find((user) => user.username === 'phuong1.lanhdao')?.id;
    const disabled = await admin('PATCH', `/api/users/${id}`, { disabled: true });
    expect(disabled.status).toBe(200);
    expect((await leaderOnSecond('GET', '/api/auth/me')).status).toBe(401);
    await expect(signIn(second, 'phuong1.lanhdao')).rejects.toThrow(/401/);
  });

  it('sign-in failures counted by one process slow the next attempt through the other', async () => {
    const attempt = (server: ServerProcess) =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'phuong2.dv', password: 'not-the-password' }),
      });
    for (let i = 0; i < 5; i++) expect((await attempt(first)).status).toBe(401);
    const refused = await attempt(second);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('a role changed through one process counts on the other at once', async () => {
    const admin = await signIn(first, 'admin');
    const specialistOnSecond = await signIn(second, 'tinh.dv');
    const abilities = async () =>
      (await specialistOnSecond<{ user: { abilities: Record<string, boolean> } }>('GET', '/api/auth/me')).body.user
        .abilities;
    expect((await abilities()).recordDocuments).toBe(true);
    const users = await admin<{ id: number; username: string }[]>('GET', '/api/users?q=tinh.dv');
    const id = users.body.find((user) => user.username === 'tinh.dv')?.id;
    expect((await admin('PATCH', `/api/users/${id}`, { role: 'viewer' })).status).toBe(200);
    expect((await abilities()).recordDocuments).toBe(false);
  });

  it('a report submitted through one process and approved through the other is approved on both', async () => {
    const cityLeader = await signIn(first, 'thanhpho.lanhdao');
    const wardOnSecond = await signIn(second, 'phuong1.dv');
    const round = await cityLeader<{ id: number }>('POST', '/api/rounds', nineMonthRound(await unitId('AS-SH'), 2026));
    expect(round.status).toBe(201);
    const report = await wardOnSecond<{ id: number; status: string }>(
      'GET',
      `/api/rounds/${round.body.id}/units/${await unitId('AS-SH-P1')}/report`,
    );
    expect(report.status).toBe(200);
    expect((await wardOnSecond('POST', `/api/reports/${report.body.id}/submit`)).status).toBe(200);
    expect((await cityLeader('POST', `/api/reports/${report.body.id}/approve`)).status).toBe(200);
    const seen = await wardOnSecond<{ status: string }>('GET', `/api/reports/${report.body.id}`);
    expect(seen.body.status).toBe('approved');
    const cityLeaderOnSecond = await signIn(second, 'thanhpho.lanhdao');
    const again = await cityLeaderOnSecond<{ status: string }>('GET', `/api/reports/${report.body.id}`);
    expect(again.body.status).toBe('approved');
  });
});
