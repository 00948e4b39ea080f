import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp, type AppOptions } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { openPglite, openPostgres, type Database } from '../db/client.js';
import type { AppInstance } from '../http/app-types.js';
import { DEMO_PASSWORD } from '../demo/demo-data.js';
import { adminQuery, databaseUrlFor } from './global-setup.js';

export interface TestApp {
  app: AppInstance;
  db: Database;
  config: Config;
  /** Signs in and returns the cookie header to send with later requests. */
  login(username: string, password?: string): Promise<string>;
  call(options: {
    method: string;
    url: string;
    cookie?: string;
    body?: unknown;
    headers?: Record<string, string>;
  }): Promise<LightMyRequestResponse>;
  /** Looks up a demo unit's id by its code (as the owner, bypassing scope). */
  unitId(code: string): Promise<number>;
  /** Runs SQL as the database owner: for setting up situations and checking what was written. */
  ownerQuery<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export const engine = (process.env.DANVAN_TEST_ENGINE ?? 'pglite') as 'pglite' | 'postgres';

/** A fresh database with the demo data (copied from the run's template) behind an in-process app. */
export async function createTestApp(
  configOverrides: Partial<Config> = {},
  web: Pick<AppOptions, 'serveWeb' | 'webDir'> = {},
): Promise<TestApp> {
  let db: Database;
  let dropDatabase = async () => {};
  if (engine === 'postgres') {
    const name = `danvan_t_${process.pid}_${randomBytes(4).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplateDb')}`);
    db = await openPostgres(databaseUrlFor(name));
    dropDatabase = () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } else {
    const image = await readFile(inject('pgliteTemplateFile'));
    // On its own thread, as the server runs it (db/pglite-thread.ts).
    db = await openPglite(undefined, new Blob([image]), { thread: true });
  }
  const config = { ...loadConfig(), ...configOverrides };
  const app = await buildApp({ db, config, ...web });
  await app.ready();

  const call: TestApp['call'] = ({ method, url, cookie, body, headers }) =>
    app.inject({
      method: method as 'GET',
      url,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(body !== undefined && typeof body !== 'string' ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      payload: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });

  const ownerQuery: TestApp['ownerQuery'] = <T>(text: string, params?: unknown[]) =>
    db.transaction(async (sql) => (await sql.query<T>(text, params)).rows);

  return {
    app,
    db,
    config,
    call,
    ownerQuery,
    async login(username, password = DEMO_PASSWORD) {
      const response = await call({ method: 'POST', url: '/api/auth/login', body: { username, password } });
      if (response.statusCode !== 200)
        throw new Error(`login ${username} failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((c) => c.name === 'danvan_sid');
      if (!cookie) throw new Error('no session cookie');
      return `danvan_sid=${cookie.value}`;
    },
    async unitId(code) {
      const rows = await ownerQuery<{ id: number }>('SELECT id FROM units WHERE code = $1', [code]);
      if (!rows[0]) throw new Error(`no unit ${code}`);
      return rows[0].id;
    },
    async close() {
      await app.close();
      await db.close();
      await dropDatabase();
    },
  };
}

/** Asserts the bilingual error shape every 4xx must have and returns its body. */
export function errorBody(response: LightMyRequestResponse) {
  const body = response.json() as {
    error: { code: string; message: { vi: string; en: string }; fields?: { path: string; vi: string; en: string }[] };
  };
  if (!body.error?.message?.vi || !body.error?.message?.en)
    throw new Error(`not a bilingual error body: ${response.body}`);
  return body.error;
}
