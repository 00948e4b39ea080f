import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app.js';
import { trustProxyFromEnv } from '../../config.js';
import type { AppInstance } from '../../http/app-types.js';
import { createTestApp, errorBody, type TestApp } from '../../test/harness.js';
import { throttleLimits, throttleRules } from './login-throttle.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const signIn = (
  username: string,
  password: string,
  from: string,
  options: { app?: AppInstance; headers?: Record<string, string> } = {},
) =>
  (options.app ?? t.app).inject({
    method: 'POST',
    url: '/api/auth/login',
    remoteAddress: from,
    headers: { 'content-type': 'application/json', ...options.headers },
    payload: JSON.stringify({ username, password }),
  });

const statuses = (responses: LightMyRequestResponse[]) => {
  const count: Record<number, number> = {};
  for (const response of responses) count[response.statusCode] = (count[response.statusCode] ?? 0) + 1;
  return count;
};

/** Failed sign-ins audited for a username: one per password actually checked. */
const auditedFailures = async (username: string) =>
  (await t.ownerQuery(`SELECT 1 FROM audit_log WHERE action = 'auth.login_failed' AND actor_username = $1`, [username]))
    .length;

describe('concurrent guesses are counted before they are checked', () => {
  it('checks at most 5 of 20 parallel wrong passwords on one account from one address', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signIn('tinh.dv', `sai-mat-khau-${i}`, '192.0.2.10')),
    );
    const count = statuses(responses);
    expect(count[401]).toBeLessThanOrEqual(throttleLimits.perPair);
    expect(count[429]).toBe(20 - (count[401] ?? 0));
    expect(await auditedFailures('tinh.dv')).toBe(count[401]);
    // The refused attempts did not use up the account's allowance, which its owner shares.
    const [account] = await t.ownerQuery<{ attempts: number }>(
      `SELECT attempts FROM login_throttle WHERE key = 'u:tinh.dv'`,
    );
    expect(account.attempts).toBe(count[401]);
    const refused = responses.find((response) => response.statusCode === 429);
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
    expect(errorBody(refused as LightMyRequestResponse).code).toBe('too_many_attempts');
  });

  it('checks at most the address limit of a burst of 200 from one address', async () => {
    const started = Date.now();
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => signIn(`khong-co-${i}`, 'sai-mat-khau', '192.0.2.20')),
    );
    const elapsed = (Date.now() - started) / 1000;
    // Past the limit one attempt is let through after 5 s, another 10 s later, …: a slow machine's burst may
    // outlast the first delays.
    const delaysPassed = Math.floor(Math.log2(elapsed / throttleRules.baseDelaySeconds + 1));
    const count = statuses(responses);
    expect(count[401]).toBeLessThanOrEqual(throttleLimits.perAddress + delaysPassed);
    expect(count[401] + count[429]).toBe(200);
  });

  it('shares the counters between two server instances on one database', async () => {
    const second = await buildApp({ db: t.db, config: t.config });
    await second.ready();
    try {
      const responses = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          signIn('tinh.lanhdao', `sai-${i}`, '192.0.2.30', { app: i % 2 ? second : t.app }),
        ),
      );
      expect(statuses(responses)[401]).toBeLessThanOrEqual(throttleLimits.perPair);
      // The pair is spent on both instances, even for the right password.
      expect((await signIn('tinh.lanhdao', 'danvan-demo', '192.0.2.30')).statusCode).toBe(429);
      expect((await signIn('tinh.lanhdao', 'danvan-demo', '192.0.2.30', { app: second })).statusCode).toBe(429);
    } finally {
      await second.close();
    }
  });
});

describe('an attacker cannot lock other people out', () => {
  it('slows only the attacking address when it fails on many accounts, owners still sign in', async () => {
    const attacker = '198.51.100.7';
    // The attack: failures from one address on admin, phuong1.dv and whatever usernames.
    const targets = ['admin', 'phuong1.dv'];
    for (let i = 0; i < 60; i++) await signIn(targets[i % 3] ?? `ai-do-${i}`, `doan-mo-${i}`, attacker);
    const refused = await signIn('thanhpho.lanhdao', 'danvan-demo', attacker);
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await signIn('admin', 'danvan-demo', '198.51.100.8')).statusCode).toBe(200);
    expect((await signIn('phuong1.dv', 'danvan-demo', '198.51.100.9')).statusCode).toBe(200);
  });

  it('answers a failing pair with a Retry-After that doubles, while the owner elsewhere signs in', async () => {
    const attacker = '198.51.100.20';
    for (let i = 0; i < throttleLimits.perPair; i++) {
      expect((await signIn('phuong1.lanhdao', `sai-${i}`, attacker)).statusCode).toBe(401);
    }
    const first = await signIn('phuong1.lanhdao', 'danvan-demo', attacker);
    expect(first.statusCode).toBe(429);
    const firstWait = Number(first.headers['retry-after']);
    expect(firstWait).toBeGreaterThan(0);
    expect(errorBody(first).message.vi).toMatch(/thử lại sau \d+ giây/);

    // The wait passes: one more guess is checked, and the next wait is twice as long.
    await t.ownerQuery(`UPDATE login_throttle SET next_at = now() WHERE key = $1`, [`p:${attacker}|phuong1.lanhdao`]);
    expect((await signIn('phuong1.lanhdao', 'sai-nua', attacker)).statusCode).toBe(401);
    const second = await signIn('phuong1.lanhdao', 'danvan-demo', attacker);
    expect(second.statusCode).toBe(429);
    expect(Number(second.headers['retry-after'])).toBeGreaterThanOrEqual(2 * firstWait - 1);

    expect((await signIn('phuong1.lanhdao', 'danvan-demo', '198.51.100.21')).statusCode).toBe(200);
  });

  it('slows guessing on one account from many addresses, not the owner from an address that has not failed', async () => {
    const addresses = Array.from({ length: throttleLimits.perAccount + 2 }, (_, i) => `203.0.113.${i + 1}`);
    for (const address of addresses) {
      // An address that has not failed on the account has its password checked.
      expect((await signIn('phuong2.dv', 'doan-mo', address)).statusCode).toBe(401);
    }
    const again = await signIn('phuong2.dv', 'doan-mo-nua', addresses[0]);
    expect(again.statusCode).toBe(429);
    expect((await signIn('phuong2.dv', 'danvan-demo', '203.0.113.200')).statusCode).toBe(200);
  });

  it('does not audit refused attempts, as before: only checked passwords are', async () => {
    const before = await auditedFailures('khong-ai');
    const responses = [];
    for (let i = 0; i < throttleLimits.perPair + 3; i++) responses.push(await signIn('khong-ai', 'x', '192.0.2.99'));
    expect(await auditedFailures('khong-ai')).toBe(before + statuses(responses)[401]);
    expect(statuses(responses)[429]).toBe(3);
  });
});

describe('the client address behind a reverse proxy', () => {
  it('ignores X-Forwarded-For without DANVAN_TRUST_PROXY', async () => {
    for (let i = 0; i < throttleLimits.perPair; i++) {
      const response = await signIn('thanhpho.lanhdao', `sai-${i}`, '127.0.0.1', {
        headers: { 'x-forwarded-for': `10.9.0.${i}` },
      });
      expect(response.statusCode).toBe(401);
    }
    const spoofed = await signIn('thanhpho.lanhdao', 'danvan-demo', '127.0.0.1', {
      headers: { 'x-forwarded-for': '10.9.0.200' },
    });
    expect(spoofed.statusCode).toBe(429);
    const ips = await t.ownerQuery<{ ip: string }>(
      `SELECT DISTINCT ip FROM audit_log WHERE action = 'auth.login_failed' AND actor_username = 'thanhpho.lanhdao'`,
    );
    expect(ips.map((row) => row.ip)).toEqual(['127.0.0.1']);
  });

  it('takes the client address from a trusted proxy', async () => {
    const proxied = await createTestApp({ trustProxy: ['127.0.0.1'] });
    try {
      const through = (password: string, client: string, peer = '127.0.0.1') =>
        signIn('tinh.dv', password, peer, { app: proxied.app, headers: { 'x-forwarded-for': client } });
      for (let i = 0; i < throttleLimits.perPair; i++)
        expect((await through(`sai-${i}`, '203.0.113.5')).statusCode).toBe(401);
      expect((await through('danvan-demo', '203.0.113.5')).statusCode).toBe(429);
      // Another client behind the same proxy is not held up by the first one's failures.
      expect((await through('danvan-demo', '203.0.113.6')).statusCode).toBe(200);
      const ips = await proxied.ownerQuery<{ ip: string }>(
        `SELECT DISTINCT ip FROM audit_log WHERE action = 'auth.login_failed' AND actor_username = 'tinh.dv'`,
      );
      expect(ips.map((row) => row.ip)).toEqual(['203.0.113.5']);
      // A peer that is not the trusted proxy cannot name its address.
      for (let i = 0; i < throttleLimits.perPair; i++) await through(`sai-${i}`, `10.1.0.${i}`, '192.0.2.77');
      expect((await through('danvan-demo', '10.1.0.99', '192.0.2.77')).statusCode).toBe(429);
    } finally {
      await proxied.close();
    }
  });

  it('reads DANVAN_TRUST_PROXY as addresses, CIDRs or a hop count, and refuses anything else', () => {
    expect(trustProxyFromEnv(undefined)).toBe(false);
    expect(trustProxyFromEnv('')).toBe(false);
    expect(trustProxyFromEnv('1')).toBe(1);
    expect(trustProxyFromEnv('127.0.0.1, 10.0.0.0/8,::1')).toEqual(['127.0.0.1', '10.0.0.0/8', '::1']);
    expect(() => trustProxyFromEnv('true')).toThrow(/DANVAN_TRUST_PROXY/);
    expect(() => trustProxyFromEnv('proxy.local')).toThrow(/DANVAN_TRUST_PROXY/);
  });
});
