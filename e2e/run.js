#!/usr/bin/env node
// Browser journeys against a freshly started demo server, once per database engine:
// always the embedded PGlite, and PostgreSQL too when DATABASE_URL is set.
// Usage (from the repository root): npm run build:web && node e2e/run.js
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'test-output', 'e2e');
const password = 'danvan-demo';
const healthTimeoutMs = 120_000;
const stepTimeoutMs = 20_000;
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

class JourneyError extends Error {}

function fail(message) {
  throw new JourneyError(message);
}

/** Runs one step; a failure names the step so the report says what broke. */
async function step(name, action) {
  try {
    return await action();
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new JourneyError(`${name}: ${reason}`);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function createPostgresDatabase(baseUrl) {
  const name = `danvan_e2e_${process.pid}`;
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString() };
}

async function dropPostgresDatabase(baseUrl, name) {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

function startServer({ engine, port, dataDir, databaseUrl }) {
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DANVAN_DATA: dataDir };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  const logFile = path.join(outDir, `${engine}-server.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ['bin/danvan.js', 'demo'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, logFile };
}

async function stopServer(server) {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 10_000));
  if ((await Promise.race([server.exited, timeout])) === 'timeout') {
    server.child.kill('SIGKILL');
    await server.exited;
  }
}

async function waitForHealth(baseUrl, server) {
  const deadline = Date.now() + healthTimeoutMs;
  let exit = null;
  void server.exited.then((result) => {
    exit = result;
  });
  while (Date.now() < deadline) {
    if (exit) fail(`the server exited before answering (code ${exit.code}, signal ${exit.signal})`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  fail(`GET /api/health did not answer 200 within ${healthTimeoutMs / 1000} s`);
}

async function tail(file, lines = 40) {
  try {
    return (await readFile(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}

/** A page that fails the journey on any uncaught script error. */
async function openPage(browser, contextOptions) {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...contextOptions });
  const page = await context.newPage();
  page.setDefaultTimeout(stepTimeoutMs);
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return {
    page,
    context,
    assertNoScriptErrors: () => {
      if (errors.length) fail(`script errors in the page: ${errors.join(' | ')}`);
    },
  };
}

async function logIn(page, baseUrl, username) {
  await step(`open /login`, () => page.goto(`${baseUrl}/login`));
  await step(`log in as ${username}`, async () => {
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/units(\/\d+)?$/);
  });
}

async function journeyUnits(browser, baseUrl, engine) {
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 820 } });
  try {
    await logIn(page, baseUrl, 'phuong1.dv');
    const tree = page.getByTestId('unit-tree');
    await step('the tree shows "Phường 1"', () => tree.getByText('Phường 1', { exact: true }).waitFor());
    await step('the tree stays inside Phường 1', async () => {
      const text = await tree.innerText();
      for (const outside of [/Phường 2(?!\d)/, /Huyện/, /Thành phố Sơn Hà/, /Tỉnh An Sơn/]) {
        if (outside.test(text)) fail(`found ${outside} in the tree of phuong1.dv: ${text.replace(/\s+/g, ' ')}`);
      }
    });
    const unit = tree.getByText(/^Mặt trận/).first();
    const name = await step('find the Mặt trận unit under Phường 1', async () => (await unit.innerText()).trim());
    await step(`click "${name}"`, () => unit.click());
    await step(`the detail panel shows "${name}"`, () =>
      page.getByTestId('unit-detail').getByRole('heading', { name, exact: true }).waitFor(),
    );
    const shot = path.join(outDir, `${engine}-units.png`);
    await page.screenshot({ path: shot });
    if (engine === 'pglite') {
      await mkdir(path.join(root, 'docs'), { recursive: true });
      await copyFile(shot, path.join(root, 'docs', 'screenshot.png'));
    }
    await step('log out', async () => {
      await page.getByRole('button', { name: 'Đăng xuất' }).click();
      await page.waitForURL(/\/login$/);
      await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }
}

async function journeyUsersOnPhone(browser, baseUrl, engine) {
  const { page, context, assertNoScriptErrors } = await openPage(browser, {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  try {
    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await step('open the menu', () => page.getByRole('button', { name: 'Mở menu' }).click());
    await step('go to "Người dùng"', async () => {
      await page.getByRole('menuitem', { name: 'Người dùng' }).click();
      await page.waitForURL(/\/users$/);
    });
    await step('the users table has a row for phuong1.dv', () =>
      page.getByRole('row').filter({ hasText: 'phuong1.dv' }).first().waitFor(),
    );
    await step('the page fits a 390 px screen', async () => {
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) fail(`the page is ${width} px wide`);
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-users-phone.png`) });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }
}

const journeys = [
  { name: 'units (desktop, phuong1.dv)', run: journeyUnits },
  { name: 'users (phone 390×844, thanhpho.lanhdao)', run: journeyUsersOnPhone },
];

async function runEngine(engine) {
  const failures = [];
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `danvan-e2e-${engine}-`));
  const baseDatabaseUrl = process.env.DATABASE_URL;
  let database = null;
  let server = null;
  let browser = null;
  try {
    if (engine === 'postgres') database = await createPostgresDatabase(baseDatabaseUrl);
    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    server = startServer({ engine, port, dataDir, databaseUrl: database?.url });
    const started = Date.now();
    await waitForHealth(baseUrl, server);
    console.log(`[${engine}] server ready in ${((Date.now() - started) / 1000).toFixed(1)} s on ${baseUrl}`);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
    for (const journey of journeys) {
      const began = Date.now();
      try {
        await journey.run(browser, baseUrl, engine);
        console.log(`[${engine}] ✓ ${journey.name} (${((Date.now() - began) / 1000).toFixed(1)} s)`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        failures.push(`${journey.name}: ${message}`);
        console.error(`[${engine}] ✗ ${journey.name}: ${message}`);
      }
    }
  } catch (error) {
    failures.push(`setup: ${error instanceof Error ? error.message : String(error)}`);
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
  const engines = ['pglite', ...(process.env.DATABASE_URL ? ['postgres'] : [])];
  const failures = [];
  for (const engine of engines) failures.push(...(await runEngine(engine)));
  if (failures.length) {
    console.error(`\ne2e: ${failures.length} failure(s):\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`\ne2e: all journeys passed on ${engines.join(' and ')}; screenshots in ${path.relative(root, outDir)}/`);
}

await main();
