import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, errorBody, type TestApp } from '../test/harness.js';

let t: TestApp;
let admin: string;
let ward: number;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  ward = await t.unitId('AS-SH-P1');
});

afterAll(async () => {
  await t?.close();
});

const rename = (id: string, body: unknown) => t.call({ method: 'PATCH', url: `/api/units/${id}`, cookie: admin, body });
const unitRow = async () => (await t.ownerQuery('SELECT name, parent_id FROM units WHERE id = $1', [ward]))[0];
const validRename = { name: 'Phường Một', effectiveOn: '2026-07-01' };

function expectField(response: Awaited<ReturnType<typeof rename>>, status: number, path: string) {
  expect(response.statusCode, response.body).toBe(status);
  const error = errorBody(response);
  expect(
    error.fields?.map((f) => f.path),
    response.body,
  ).toContain(path);
  for (const field of error.fields ?? []) expect(field.vi && field.en).toBeTruthy();
}

describe('ids', () => {
  it('refuses a path id that is not plain digits in range, before touching the unit', async () => {
    const before = await unitRow();
    const hex = `0x${ward.toString(16)}`;
    for (const id of [
      hex,
      `%20${ward}`,
      `${ward}%20`,
      `${ward / 10}e1`,
      `+${ward}`,
      `0${ward}`,
      '-1',
      '0',
      '2147483648',
      '9'.repeat(40),
    ])
      expectField(await rename(id, validRename), 400, 'params.id');
    expect(await unitRow()).toEqual(before);
  });

  it('refuses an id field in a body or a query that is not an integer in range', async () => {
    for (const parentId of [2147483648, 0, 1.5, '0x10', ' 1', '1e1'])
      expectField(
        await t.call({
          method: 'POST',
          url: `/api/units/${ward}/move`,
          cookie: admin,
          body: { parentId, effectiveOn: '2026-07-01' },
        }),
        400,
        'body.parentId',
      );
    for (const unitId of ['0x10', '%201', '1e1', '2147483648'])
      expectField(
        await t.call({ method: 'GET', url: `/api/users?unitId=${unitId}`, cookie: admin }),
        400,
        'query.unitId',
      );
  });

  it('answers a path param longer than the router takes with 414 in the app shape', async () => {
    const response = await rename('1'.repeat(500), validRename);
    expectField(response, 414, 'params');
  });
});

describe('text', () => {
  it('refuses a NUL byte or a lone surrogate at its field, wherever it is', async () => {
    const before = await unitRow();
    expectField(await rename(String(ward), { ...validRename, name: 'Phường\u0000 1' }), 400, 'body.name');
    expectField(await rename(String(ward), { ...validRename, name: 'Phường \ud800' }), 400, 'body.name');
    expectField(await rename(String(ward), { ...validRename, name: 'Phường \udfff 1' }), 400, 'body.name');
    expectField(await t.call({ method: 'GET', url: '/api/units?q=a%00b', cookie: admin }), 400, 'query.q');
    expect(await unitRow()).toEqual(before);
  });

  it('keeps a well-formed pair (an emoji) and stores text in NFC however it was composed', async () => {
    const decomposed = 'Phường Một 🌾'.normalize('NFD');
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const response = await rename(String(ward), { ...validRename, name: decomposed });
    expect(response.statusCode, response.body).toBe(200);
    expect((await unitRow()).name).toBe('Phường Một 🌾'.normalize('NFC'));
  });
});

describe("Fastify's own refusals", () => {
  it('answer in the app shape with the field at fault', async () => {
    const send = (payload: string, contentType?: string) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/units/${ward}`,
        headers: { cookie: admin, ...(contentType ? { 'content-type': contentType } : {}) },
        payload,
      });
    expectField(await send('{"name": ', 'application/json'), 400, 'body');
    expectField(await send('', 'application/json'), 400, 'body');
    expectField(await send('<x/>', 'application/xml'), 415, 'headers.content-type');
    expectField(await send(`{"name":"${'x'.repeat(1_100_000)}"}`, 'application/json'), 413, 'body');
    const badEncoding = await t.app.inject({ method: 'GET', url: '/api/units/%E0%A4%A', headers: { cookie: admin } });
    expectField(badEncoding, 400, 'params');
  });
});

/** Sends raw bytes to the listening app and returns the status and JSON body it answers. */
async function raw(port: number, request: string): Promise<{ status: number; body: unknown }> {
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
    let data = '';
    socket.on('data', (chunk) => (data += chunk.toString()));
    socket.on('close', () => resolve(data));
    socket.on('error', reject);
  });
  const [head, body] = answer.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), body: JSON.parse(body) };
}

describe('requests Node itself cannot parse', () => {
  it("are refused over the wire in the app shape, not Fastify's", async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as net.AddressInfo;
    const longUrl = await raw(port, `GET /api/units?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(longUrl.status).toBe(431);
    expect(longUrl.body).toMatchObject({ error: { code: 'headers_too_large', fields: [{ path: 'headers' }] } });
    const garbage = await raw(port, 'NOT HTTP AT ALL\r\n\r\n');
    expect(garbage.status).toBe(400);
    expect(garbage.body).toMatchObject({
      error: { message: { vi: 'Yêu cầu HTTP sai định dạng' }, fields: [{ path: 'request' }] },
    });
  });
});
