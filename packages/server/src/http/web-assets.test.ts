import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { RoundSummary } from '@danvan/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.js';
import { nineMonthRound, reportOf } from '../test/reports.js';

// The built web app as a slow connection gets it: precompressed files, hashed assets cached for good,
// the page revalidated; the API's JSON compressed, Word and Excel downloads as they are.
const script = `console.log(${JSON.stringify('xin chào '.repeat(300))});\n`;
const page = '<!doctype html><html lang="vi"><body><div id="root"></div></body></html>\n';
let dir: string;
let t: TestApp;

beforeAll(async () => {
  // A dist as `vite build` leaves it: index.html, hashed assets, each with its .br and .gz beside it.
  dir = mkdtempSync(path.join(os.tmpdir(), 'danvan-web-'));
  mkdirSync(path.join(dir, 'assets'));
  const files = { 'index.html': page, 'assets/index-AbCd1234.js': script };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), text);
    writeFileSync(path.join(dir, `${name}.br`), brotliCompressSync(text));
    writeFileSync(path.join(dir, `${name}.gz`), gzipSync(text));
  }
  t = await createTestApp({}, { serveWeb: true, webDir: dir });
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

describe('the web app', () => {
  it('sends a hashed asset brotli-compressed from its .br file, cached for a year', async () => {
    const response = await get('/assets/index-AbCd1234.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(script);
  });

  it("sends an asset without the page's policies and validators, the page with them", async () => {
    const asset = await get('/assets/index-AbCd1234.js', { 'accept-encoding': 'br' });
    const html = await get('/', { 'accept-encoding': 'br' });
    for (const name of ['content-security-policy', 'x-frame-options', 'strict-transport-security', 'etag']) {
      expect(asset.headers[name], name).toBeUndefined();
      expect(html.headers[name], name).toBeDefined();
    }
    expect(asset.headers['x-content-type-options']).toBe('nosniff');
    expect(asset.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(JSON.stringify(asset.headers).length).toBeLessThan(500);
  });

  it('sends the gzip file to a browser without brotli, and the plain file to one without either', async () => {
    const gzip = await get('/assets/index-AbCd1234.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(script);
    const plain = await get('/assets/index-AbCd1234.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(script);
    expect(plain.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('has the page revalidated, at / and at any route of the app', async () => {
    for (const url of ['/', '/index.html', '/reports/12/units/3?tab=form']) {
      const response = await get(url, { 'accept-encoding': 'br' });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(response.headers['content-type'], url).toMatch(/^text\/html/);
      expect(brotliDecompressSync(response.rawPayload).toString(), url).toBe(page);
    }
  });

  it('answers 404 for an asset that does not exist, not the page', async () => {
    const response = await get('/assets/index-Old99999.js', { 'accept-encoding': 'br' });
    expect(response.statusCode).toBe(404);
  });
});

describe('the API', () => {
  it('compresses JSON for a browser that accepts it', async () => {
    const cookie = await t.login('thanhpho.lanhdao');
    const response = await get('/api/units', { cookie, 'accept-encoding': 'gzip, deflate, br' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    const plain = await get('/api/units', { cookie });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(plain.body);
    expect(response.rawPayload.length).toBeLessThan(plain.rawPayload.length / 2);
  });

  it('sends the Excel and Word downloads as they are', async () => {
    const cookie = await t.login('thanhpho.lanhdao');
    const opened = await t.call({
      method: 'POST',
      url: '/api/rounds',
      cookie,
      body: nineMonthRound(await t.unitId('AS-SH'), 2026),
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const round = opened.json() as RoundSummary;
    const report = await reportOf(t, cookie, round.id, await t.unitId('AS-SH'));
    for (const kind of ['xlsx', 'docx']) {
      const url = `/api/reports/${report.id}/export.${kind}?signerName=Nguyen%20Van%20A`;
      const response = await get(url, { cookie, 'accept-encoding': 'gzip, deflate, br' });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-encoding'], kind).toBeUndefined();
      expect(response.rawPayload.subarray(0, 2).toString(), kind).toBe('PK');
    }
  });
});
