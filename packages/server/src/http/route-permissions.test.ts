import Fastify from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { authorize, declaredActions, type Actor } from '../auth/authorize.js';
import { unitActions } from '../modules/units/units.policy.js';
import { createTestApp, type TestApp } from '../test/harness.js';
import { holdRoutesToTheirPermissions } from './route-permissions.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

// A change of who may reach an endpoint must show up in review as a diff of this snapshot.
it('every API route declares a known permission', () => {
  const known = new Set([...declaredActions(), 'public', 'authenticated']);
  const routes = t.app.routeTable.map((route) => `${route.method} ${route.url} → ${route.action}`).sort();
  expect(t.app.routeTable.filter((route) => !known.has(route.action))).toEqual([]);
  expect(routes).toMatchSnapshot();
});

it('fails closed when a route answers without authorizing the permission it declares', async () => {
  const app = Fastify();
  holdRoutesToTheirPermissions(app);
  app.decorateRequest('actor', null);
  // One actor per request, as the session hook gives.
  app.addHook('onRequest', async (request) => {
    request.actor = { userId: 1, username: 'a', role: 'admin', unitId: 1, scopePath: '1', scopeUnitId: 1 };
  });
  const config = { action: unitActions.read };
  app.get('/api/checked', { config }, async (request) => {
    authorize(request.actor as Actor, unitActions.read, { path: '1' });
    return { ok: true };
  });
  app.get('/api/other', { config }, async (request) => {
    authorize(request.actor as Actor, unitActions.update, { path: '1.2', closed_on: null });
    return { ok: true };
  });
  app.get('/api/unchecked', { config }, async () => ({ ok: true }));
  expect((await app.inject({ url: '/api/checked' })).statusCode).toBe(200);
  expect((await app.inject({ url: '/api/other' })).statusCode).toBe(500);
  expect((await app.inject({ url: '/api/unchecked' })).statusCode).toBe(500);
  await app.close();
});
