import { afterAll, beforeAll, expect, it } from 'vitest';
import { declaredActions } from '../auth/authorize.js';
import { createTestApp, type TestApp } from '../test/harness.js';

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
