import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openPglite, openPostgres } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import { seedDemo } from '../demo/seed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplateFile: string;
    postgresTemplateDb: string;
  }
}

export function databaseUrlFor(database: string): string {
  const url = new URL(process.env.DATABASE_URL as string);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * Builds one migrated database with the demo data per run; each test file then starts from a copy
 * (a PGlite data-dir image, or a PostgreSQL TEMPLATE), which is much faster than migrating each time.
 */
export default async function setup(project: TestProject) {
  if (process.env.DANVAN_TEST_ENGINE === 'postgres' || project.name === 'postgres') {
    const template = `danvan_tpl_${process.pid}_${Date.now()}`;
    await adminQuery(`CREATE DATABASE ${template}`);
    const db = await openPostgres(databaseUrlFor(template));
    await migrate(db);
    await seedDemo(db, { withReports: false });
    await db.close();
    project.provide('postgresTemplateDb', template);
    project.provide('pgliteTemplateFile', '');
    return async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
    };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'danvan-test-'));
  const db = await openPglite(undefined);
  await migrate(db);
  await seedDemo(db, { withReports: false });
  const image = await db.dumpDataDir();
  await db.close();
  const file = path.join(dir, 'template.tar');
  await writeFile(file, Buffer.from(await image.arrayBuffer()));
  project.provide('pgliteTemplateFile', file);
  project.provide('postgresTemplateDb', '');
  return async () => {
    await rm(dir, { recursive: true, force: true });
  };
}
