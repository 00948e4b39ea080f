// Changes sent by a page of another site, and bodies a plain HTML form can send, are refused before the
// session is even looked up; the session cookie is Secure whenever the browser came over https.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../test/harness.js';
import { nineMonthRound, reportOf } from '../test/reports.js';

let t: TestApp;
let specialist: string;
let reportId: number;
const login = { username: 'phuong1.dv', password: 'danvan-demo' };
// app.inject asks for Host localhost:80 unless told otherwise.
const ownOrigin = 'http://localhost';

beforeAll(async () => {
  t = await createTestApp();
  const round = await t.call({
    method: 'POST',
    url: '/api/rounds',
    cookie: await t.login('thanhpho.lanhdao'),
    body: nineMonthRound(await t.unitId('AS-SH'), 2026),
  });
  expect(round.statusCode, round.body).toBe(201);
  specialist = await t.login('phuong1.dv');
  reportId = (await reportOf(t, specialist, round.json().id, await t.unitId('AS-SH-P1'))).id;
});
afterAll(() => t.close());

const statusOfReport = async () =>
  (await t.ownerQuery<{ status: string }>('SELECT status FROM reports WHERE id = $1', [reportId]))[0].status;
const submit = (headers: Record<string, string>, body?: string) =>
  t.call({ method: 'POST', url: `/api/reports/${reportId}/submit`, cookie: specialist, headers, body });

describe('changes from another site', () => {
  it('refuses a plain HTML form from another port of the same host (text/plain, no body)', async () => {
    const response = await submit({ origin: 'http://localhost:8080', 'content-type': 'text/plain' }, '');
    expect(response.statusCode).toBe(403);
    const error = errorBody(response);
    expect(error.code).toBe('cross_site_request');
    expect(error.fields?.[0]).toMatchObject({ path: 'headers.origin', vi: expect.any(String), en: expect.any(String) });
    expect(await statusOfReport()).toBe('draft');
  });

  it('refuses a foreign origin whatever the body, multipart and JSON included', async () => {
    for (const [type, body] of [
      ['multipart/form-data; boundary=x', '--x--\r\n'],
      ['application/json', '{}'],
      ['application/x-www-form-urlencoded', 'a=1'],
    ]) {
      const response = await submit({ origin: 'https://evil.example', 'content-type': type }, body);
      expect(response.statusCode, type).toBe(403);
    }
    const nullOrigin = await submit({ origin: 'null' });
    expect(nullOrigin.statusCode).toBe(403);
    expect(await statusOfReport()).toBe('draft');
  });

  it('without Origin, refuses what Sec-Fetch-Site says came from elsewhere', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const response = await submit({ 'sec-fetch-site': site });
      expect(response.statusCode, site).toBe(403);
      expect(errorBody(response).fields?.[0].path).toBe('headers.sec-fetch-site');
    }
    expect(await statusOfReport()).toBe('draft');
  });

  it('refuses bodies a form can send, even from the app itself (415)', async () => {
    for (const [type, body] of [
      ['text/plain', ''],
      ['text/plain;charset=UTF-8', '{"confirmStaleNarrative":true}'],
      ['application/x-www-form-urlencoded', 'confirmStaleNarrative=true'],
    ]) {
      const response = await submit({ origin: ownOrigin, 'content-type': type }, body);
      expect(response.statusCode, type).toBe(415);
      const error = errorBody(response);
      expect(error.code).toBe('unsupported_media_type');
      expect(error.fields?.[0].path).toBe('headers.content-type');
    }
    const login415 = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'username=phuong1.dv&password=danvan-demo',
    });
    expect(login415.statusCode).toBe(415);
    expect(await statusOfReport()).toBe('draft');
  });

  it('accepts what the web app sends: JSON, and body-less POSTs with the own origin', async () => {
    const signIn = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: ownOrigin },
      body: login,
    });
    expect(signIn.statusCode).toBe(200);
    const response = await submit({ origin: ownOrigin, 'sec-fetch-site': 'same-origin' });
    expect(response.statusCode, response.body).toBe(200);
    expect(await statusOfReport()).toBe('submitted');
    // Reading is not a change: another site's Origin on a GET is answered as usual.
    const read = await t.call({
      method: 'GET',
      url: `/api/reports/${reportId}`,
      cookie: specialist,
      headers: { origin: 'https://evil.example' },
    });
    expect(read.statusCode).toBe(200);
  });
});

describe('behind a reverse proxy', () => {
  const cookieOf = (response: Awaited<ReturnType<TestApp['call']>>) =>
    response.cookies.find((c) => c.name === 'danvan_sid');

  it('sends a Secure cookie only when the browser came over https', async () => {
    const plain = await t.call({ method: 'POST', url: '/api/auth/login', body: login });
    expect(cookieOf(plain)?.secure).toBeUndefined();
    // Without DANVAN_TRUST_PROXY, anyone could send X-Forwarded-Proto: it is not believed.
    const claimed = await t.call({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'x-forwarded-proto': 'https' },
      body: login,
    });
    expect(cookieOf(claimed)?.secure).toBeUndefined();
  });

  it('believes X-Forwarded-Proto and X-Forwarded-Host from a trusted proxy', async () => {
    const proxied = await createTestApp({ trustProxy: ['127.0.0.1'] });
    try {
      const response = await proxied.call({
        method: 'POST',
        url: '/api/auth/login',
        headers: {
          origin: 'https://danvan.example.vn',
          'x-forwarded-proto': 'https',
          'x-forwarded-host': 'danvan.example.vn',
        },
        body: login,
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(cookieOf(response)?.secure).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it('with DANVAN_PUBLIC_URL, accepts its origin whatever Host the proxy passes, and the cookie is Secure', async () => {
    const app = await createTestApp({ publicUrl: 'https://danvan.example.vn/' });
    try {
      const response = await app.call({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: 'https://danvan.example.vn', host: '127.0.0.1:3105' },
        body: login,
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(cookieOf(response)?.secure).toBe(true);
      const foreign = await app.call({
        method: 'POST',
        url: '/api/auth/login',
        headers: { origin: 'https://danvan.example.vn.evil.example', host: '127.0.0.1:3105' },
        body: login,
      });
      expect(foreign.statusCode).toBe(403);
    } finally {
      await app.close();
    }
  });
});
