// Browser journeys against a freshly started demo server, once per database engine:
// always the embedded PGlite, and PostgreSQL too when DATABASE_URL is set.
// Usage (from the repository root): npm run build:web && node --import tsx e2e/run.ts
// E2E_ONLY=reports,catalogue runs the journeys whose names start with those words.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { outDir, root, type Engine, type Journey } from './driver.js';
import { journeyBoardReport } from './journeys/board-report.js';
import { journeyCatalogue } from './journeys/catalogue.js';
import { journeyCommendations } from './journeys/commendations.js';
import { journeyCommendationsCollective } from './journeys/commendations-collective.js';
import { journeyCrossSite } from './journeys/cross-site.js';
import { journeyDemocracy } from './journeys/democracy.js';
import { journeyDocuments } from './journeys/documents.js';
import { journeyInbox } from './journeys/inbox.js';
import { journeyMembers } from './journeys/members.js';
import { journeyModels } from './journeys/models.js';
import { journeyRegisterImport } from './journeys/register-import.js';
import { journeyRedeploy } from './journeys/redeploy.js';
import { journeyReports } from './journeys/reports.js';
import { journeyTasks } from './journeys/tasks.js';
import { journeyConferences } from './journeys/conferences.js';
import { journeyUnits } from './journeys/units.js';
import { journeyUsersOnPhone } from './journeys/users-phone.js';
import {
  createPostgresDatabase,
  dropPostgresDatabase,
  freePort,
  startServer,
  stopServer,
  tail,
  waitForHealth,
  type Server,
} from './server.js';

const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

// In this order: each journey starts from the demo data as the ones before it left it.
const journeys: { name: string; run: Journey }[] = [
  { name: 'units (desktop, phuong1.dv)', run: journeyUnits },
  { name: 'users (phone 390×844, thanhpho.lanhdao)', run: journeyUsersOnPhone },
  { name: 'cross-site (forms of another site cannot submit a report, phuong1.dv)', run: journeyCrossSite },
  { name: 'reports (submit, return, resubmit, approve, export; dashboard on a phone)', run: journeyReports },
  { name: 'documents (register a plan, find it without accents, tinh.dv)', run: journeyDocuments },
  {
    name: 'register import (a ward checks its Excel register, fixes the named row, imports it whole)',
    run: journeyRegisterImport,
  },
  { name: 'members (record a quarter, 409 on a recorded one, warning; rollup; phone)', run: journeyMembers },
  {
    name: 'models (register with a photo, evaluate, recognise at district level; list on a phone)',
    run: journeyModels,
  },
  { name: 'catalogue (find, add a computed indicator, admin only)', run: journeyCatalogue },
  { name: 'democracy (a ward submits its checklist, the city rates it; list on a phone)', run: journeyDemocracy },
  {
    name: 'inbox (a ward submits its overdue report from the home screen on a phone; the city sees it waiting)',
    run: journeyInbox,
  },
  {
    name: 'tasks (the city gives a task to two wards, a ward reports with evidence, the city accepts; overdue shown)',
    run: journeyTasks,
  },
  // Before the medal journey, which decides this year's medal campaign: its quotas change only while open.
  {
    name: 'commendations of collectives (the city opens a campaign, nominates a collective; quotas changed; decision, list)',
    run: journeyCommendationsCollective,
  },
  {
    name: 'commendations (a medal nomination passes, another fails with the reason; vote, decision, the lists downloaded)',
    run: journeyCommendations,
  },
  {
    name: 'conferences (two bridge points, a ward fills its own, conclusions as tasks for two wards, accepted; notice)',
    run: journeyConferences,
  },
  {
    name: 'redeploy (a page whose chunk is gone: one reload to the new version, else a message)',
    run: journeyRedeploy,
  },
  // Last: the city's report approved above locks the wards' reports of the round.
  {
    name: "board report (the board's own documents, the province approves, Word and Excel agree)",
    run: journeyBoardReport,
  },
];

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function runEngine(engine: Engine): Promise<string[]> {
  const failures: string[] = [];
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `danvan-e2e-${engine}-`));
  const baseDatabaseUrl = process.env.DATABASE_URL ?? '';
  let database: { name: string; url: string } | null = null;
  let server: Server | null = null;
  let browser: Browser | null = null;
  try {
    if (engine === 'postgres') database = await createPostgresDatabase(baseDatabaseUrl);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    server = startServer({ engine, port, dataDir, databaseUrl: database?.url });
    const started = Date.now();
    await waitForHealth(baseUrl, server);
    console.log(`[${engine}] server ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${baseUrl}`);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
    const only = process.env.E2E_ONLY?.split(',');
    for (const journey of journeys.filter((j) => !only || only.some((word) => j.name.startsWith(word)))) {
      const began = Date.now();
      try {
        await journey.run(browser, baseUrl, engine);
        console.log(`[${engine}] ✓ ${journey.name} (${((Date.now() - began) / 1000).toFixed(1)} s)`);
      } catch (error) {
        failures.push(`${journey.name}: ${message(error)}`);
        console.error(`[${engine}] ✗ ${journey.name}: ${message(error)}`);
      }
    }
  } catch (error) {
    failures.push(`setup: ${message(error)}`);
    console.error(`[${engine}] ✗ setup: ${failures.at(-1)}`);
  } finally {
    await browser?.close();
    if (server) await stopServer(server);
    if (database) await dropPostgresDatabase(baseDatabaseUrl, database.name);
    await rm(dataDir, { recursive: true, force: true });
  }
  if (failures.length && server) {
    console.error(`[${engine}] last lines of ${path.relative(root, server.logFile)}:\n${await tail(server.logFile)}`);
  }
  return failures.map((failure) => `[${engine}] ${failure}`);
}

async function main() {
  if (!existsSync(path.join(root, 'packages', 'web', 'dist', 'index.html'))) {
    console.error('e2e: packages/web/dist is missing; run `npm run build:web` first.');
    process.exit(1);
  }
  await mkdir(outDir, { recursive: true });
  const engines: Engine[] = ['pglite', ...(process.env.DATABASE_URL ? (['postgres'] as const) : [])];
  const failures: string[] = [];
  for (const engine of engines) failures.push(...(await runEngine(engine)));
  if (failures.length) {
    console.error(`\ne2e: ${failures.length} failure(s):\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`\ne2e: all journeys passed on ${engines.join(' and ')}; screenshots in ${path.relative(root, outDir)}/`);
}

await main();
