#!/usr/bin/env node
// Browser journeys against a freshly started demo server, once per database engine:
// always the embedded PGlite, and PostgreSQL too when DATABASE_URL is set.
// Usage (from the repository root): npm run build:web && node e2e/run.js
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { journeyBoardReport } from './journey-board-report.js';
import { journeyRegisterImport } from './journey-register-import.js';

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
/**
 * Fills a field of a modal that may still be opening, until the value stays: a value typed while
 * the form mounts can be reset by it.
 */
async function fillUntilKept(field, text) {
  for (let attempt = 0; attempt < 5; attempt++) {
    await field.fill(text);
    await new Promise((resolve) => setTimeout(resolve, 200));
    if ((await field.inputValue()) === text) return;
  }
  fail(`"${text}" did not stay in the field`);
}

/**
 * Picks an option of an antd Select until it shows as chosen: a click on a dropdown still opening
 * or closing can be lost. `search` is typed into a searchable select first.
 */
async function selectOption(page, combobox, title, { search, prefix = false } = {}) {
  const select = combobox.locator(
    'xpath=ancestor::div[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]',
  );
  const chosen = select.locator(
    prefix ? `.ant-select-content[title^="${title}"]` : `.ant-select-content[title="${title}"]`,
  );
  const option = page.locator(
    `.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option[title${prefix ? '^' : ''}="${title}"]`,
  );
  const within = (promise) =>
    promise.then(
      () => true,
      () => false,
    );
  for (let attempt = 0; attempt < 4; attempt++) {
    // A click on the field toggles its dropdown: open it only when it is not showing already.
    if (!(await option.isVisible())) await combobox.click();
    if (search) await combobox.fill(search);
    if ((await within(option.click({ timeout: 3000 }))) && (await within(chosen.waitFor({ timeout: 3000 })))) return;
  }
  fail(`"${title}" could not be chosen`);
}

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
  const child = spawn(process.execPath, ['bin/danvan.js', 'demo'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

async function logIn(page, baseUrl, username, landing = /\/units(\/\d+)?$/) {
  await step(`open /login`, () => page.goto(`${baseUrl}/login`));
  await step(`log in as ${username}`, async () => {
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(landing);
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
    await openFromMenu(page, 'Người dùng', /\/users$/, { phone: true });
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

/** Opens a page from the side menu (or the drawer on a phone), waiting for its address and, if given, its heading. */
async function openFromMenu(page, item, url, { phone = false, heading } = {}) {
  await step(`go to "${item}"`, async () => {
    if (phone) await page.getByRole('button', { name: 'Mở menu' }).click();
    await page.getByRole('menuitem', { name: item }).click();
    await page.waitForURL(url);
    if (heading) await page.getByRole('heading', { name: heading }).waitFor();
  });
}

const openReports = (page, options) => openFromMenu(page, 'Báo cáo', /\/reports$/, options);

async function logOut(page) {
  await step('log out', async () => {
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/login$/);
  });
}

/** "1.234,5" (Vietnamese) to 1234.5; a missing figure ("—") is null. */
function parseNumberVi(text) {
  const trimmed = text.trim();
  if (trimmed === '—' || trimmed === '') return null;
  return Number(trimmed.replace(/\./g, '').replace(',', '.'));
}

async function readTotal(page, code) {
  const cell = page.locator(`tr[data-row-key="${code}"] [data-testid="figure-total"]`);
  return step(`read the area total of ${code}`, async () => parseNumberVi(await cell.innerText()));
}

async function enterFigure(page, label, value) {
  await step(`enter ${value} for "${label}"`, () => page.getByLabel(label, { exact: true }).fill(String(value)));
}

async function waitForAutosave(page) {
  await step('the draft is saved automatically', () => page.getByText(/^Đã lưu lúc \d{2}:\d{2}$/).waitFor());
}

async function confirmPopover(page, button, confirm, done) {
  await step(`click "${button}" and confirm`, async () => {
    await page.getByRole('button', { name: button, exact: true }).click();
    await page.getByRole('button', { name: confirm, exact: true }).click();
    await page.getByText(done, { exact: true }).waitFor();
  });
}

/**
 * A ward fills in and submits its 9-month report, the city returns it with a comment, the ward
 * corrects and resubmits, the city approves it: the city's total grows by the ward's figure, and
 * the city's report downloads as Word. Then the round's dashboard on a phone.
 */
async function journeyReports(browser, baseUrl, engine) {
  const year = new Date().getFullYear();
  const roundTitle = `Báo cáo kết quả công tác dân vận 9 tháng đầu năm ${year}`;
  const comment = 'Đề nghị bổ sung số liệu hội nghị.';
  // Hand-entered figures: document and model counts come from the registers and need a reason to change.
  const inspections = 'Cuộc kiểm tra, giám sát công tác dân vận';
  const briefings = 'Hội nghị quán triệt, triển khai';
  const daysToDeadline = Math.round(
    (Date.UTC(year, 8, 25) - Date.UTC(year, new Date().getMonth(), new Date().getDate())) / 86_400_000,
  );
  const { page, context, assertNoScriptErrors } = await openPage(browser, {
    viewport: { width: 1366, height: 900 },
    acceptDownloads: true,
  });
  const openRoundFromList = async (urlPattern) => {
    await step(`open "${roundTitle}"`, async () => {
      await page.getByRole('link', { name: roundTitle, exact: true }).click();
      await page.waitForURL(urlPattern);
    });
  };
  const openCityReport = async () => {
    await step('open the report of Thành phố Sơn Hà', async () => {
      await page.getByRole('button', { name: 'Báo cáo của Thành phố Sơn Hà' }).click();
      await page.getByRole('heading', { name: 'Thành phố Sơn Hà', exact: true }).waitFor();
    });
  };
  const openWardFromDashboard = async () => {
    await step('open the report of Phường 1 from the dashboard', async () => {
      await page.getByTestId('round-dashboard').getByRole('link', { name: 'Phường 1', exact: true }).click();
      await page.getByRole('heading', { name: 'Phường 1', exact: true }).waitFor();
    });
  };
  const backToDashboard = async () => {
    await step('back to the dashboard', async () => {
      await page.getByRole('link', { name: roundTitle, exact: true }).click();
      await page.getByTestId('round-dashboard').waitFor();
    });
  };
  try {
    await logIn(page, baseUrl, 'phuong1.dv');
    await openReports(page);
    await step(
      daysToDeadline <= 3 ? 'a reminder names the round' : 'no reminder before the deadline is near',
      async () => {
        const reminder = page.getByRole('alert').filter({ hasText: roundTitle });
        if (daysToDeadline <= 3) await reminder.waitFor();
        else if (await reminder.count()) fail(`unexpected reminder ${daysToDeadline} days before the deadline`);
      },
    );
    await openRoundFromList(/\/reports\/\d+\/units\/\d+$/);
    await step('the report of Phường 1 is a draft', async () => {
      await page.getByRole('heading', { name: 'Phường 1', exact: true }).waitFor();
      await page.getByTestId('report-form').getByText('Đang soạn', { exact: true }).waitFor();
    });
    await enterFigure(page, inspections, 25);
    await enterFigure(page, briefings, 6);
    await step('draft the results from the figures just typed, before approval', async () => {
      await page.getByRole('button', { name: 'Tạo dự thảo từ số liệu' }).click();
      const replace = page.getByRole('button', { name: 'Thay bằng dự thảo' });
      const drafted = () =>
        page.waitForFunction(
          (text) => document.querySelector('#narrative-results')?.value.includes(text),
          'tổ chức 25 cuộc kiểm tra, giám sát công tác dân vận',
        );
      await Promise.race([replace.waitFor(), drafted()]);
      if (await replace.isVisible()) await replace.click();
      await drafted();
    });
    await waitForAutosave(page);
    await page.screenshot({ path: path.join(outDir, `${engine}-report-form.png`) });
    await confirmPopover(page, 'Nộp báo cáo', 'Xác nhận nộp', 'Đã nộp báo cáo');
    await logOut(page);

    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await openReports(page);
    await openRoundFromList(/\/reports\/\d+$/);
    await step('the dashboard draws its charts', async () => {
      await page.getByText('6/9 đã nộp', { exact: true }).waitFor();
      await page.getByTestId('round-dashboard').locator('canvas').nth(1).waitFor();
    });
    await step('the trend draws the last five years of the same round', async () => {
      await page
        .getByRole('img', { name: /^Diễn biến qua các năm: / })
        .locator('canvas')
        .waitFor();
      await selectOption(page, page.getByRole('combobox', { name: 'Chỉ tiêu xem diễn biến' }), 'Cuộc đối thoại', {
        search: 'doi thoai',
        prefix: true,
      });
      await page
        .getByRole('img', { name: 'Diễn biến qua các năm: Cuộc đối thoại giữa người đứng đầu với nhân dân' })
        .locator('canvas')
        .waitFor();
    });
    await step('the opener can edit the round: title and deadline pre-filled', async () => {
      await page.getByRole('button', { name: 'Sửa kỳ báo cáo' }).click();
      const dialog = page.getByRole('dialog');
      if ((await dialog.getByLabel('Tiêu đề báo cáo').inputValue()) !== roundTitle) fail('the title is not pre-filled');
      if ((await dialog.getByLabel('Hạn nộp').inputValue()) !== `25/09/${year}`)
        fail('the deadline is not pre-filled as dd/mm/yyyy');
      await dialog.getByRole('button', { name: /Hủy|Cancel/ }).click();
      await dialog.waitFor({ state: 'hidden' });
    });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(outDir, `${engine}-round-dashboard.png`), fullPage: true });
    await openWardFromDashboard();
    await step('return the report with a comment', async () => {
      await page.getByRole('button', { name: 'Trả lại', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await fillUntilKept(dialog.getByRole('textbox'), comment);
      await dialog.getByRole('button', { name: 'Trả lại', exact: true }).click();
      await page.getByText('Đã trả lại báo cáo', { exact: true }).waitFor();
    });
    await logOut(page);

    await logIn(page, baseUrl, 'phuong1.dv');
    await openReports(page);
    await openRoundFromList(/\/reports\/\d+\/units\/\d+$/);
    await step('the return comment is shown', () =>
      page.getByText(`Bị trả lại: ${comment}`, { exact: true }).waitFor(),
    );
    await enterFigure(page, briefings, 7);
    await waitForAutosave(page);
    await step(
      'the narrative was drafted from other figures: submitting asks, and "Vẫn nộp" submits the text as it is',
      async () => {
        await page.getByRole('button', { name: 'Nộp báo cáo', exact: true }).click();
        await page.getByRole('button', { name: 'Xác nhận nộp', exact: true }).click();
        await page.getByRole('dialog', { name: 'Phần nhận định được soạn từ số liệu cũ. Vẫn nộp?' }).waitFor();
        await page.getByTestId('stale-submit-anyway').click();
        await page.getByText('Đã nộp báo cáo', { exact: true }).waitFor();
      },
    );
    await logOut(page);

    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await openReports(page);
    await openRoundFromList(/\/reports\/\d+$/);
    await openCityReport();
    const before = await readTotal(page, 'KT_GS');
    const documentsBefore = await readTotal(page, 'VB_TONG');
    await backToDashboard();
    await openWardFromDashboard();
    await confirmPopover(page, 'Duyệt', 'Xác nhận duyệt', 'Đã duyệt báo cáo');
    await backToDashboard();
    await openCityReport();
    await step(`the city's total of KT_GS grows from ${before} by 25`, async () => {
      // The page may first show the cached report while the fresh one loads.
      const deadline = Date.now() + stepTimeoutMs;
      let after = await readTotal(page, 'KT_GS');
      while (after === before && Date.now() < deadline) {
        await page.waitForTimeout(250);
        after = await readTotal(page, 'KT_GS');
      }
      if (before === null || after === null || after - before !== 25) fail(`expected ${before} + 25, found ${after}`);
    });
    await step("the documents Phường 1 registered arrive in the city's total", async () => {
      const after = await readTotal(page, 'VB_TONG');
      if (documentsBefore === null || after === null || after <= documentsBefore)
        fail(`expected more than ${documentsBefore}, found ${after}`);
    });
    await step('"Tải Word" asks for the signature, then downloads a .docx', async () => {
      const exported = page.waitForResponse((response) =>
        /\/api\/reports\/\d+\/export\.docx$/.test(new URL(response.url()).pathname),
      );
      const downloaded = page.waitForEvent('download');
      await page.getByRole('button', { name: 'Tải Word' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('Chức vụ người ký').fill('Trưởng ban');
      await dialog.getByLabel('Họ và tên người ký').fill('Trần Văn Đức');
      await dialog.getByRole('button', { name: 'Tải về' }).click();
      const response = await exported;
      const query = new URL(response.url()).searchParams;
      if (query.get('signerName') !== 'Trần Văn Đức' || !/^\d{4}-\d{2}-\d{2}$/.test(query.get('date') ?? ''))
        fail(`the export was asked with ${query}`);
      if (!response.ok()) {
        const body = (await response.text().catch(() => '')).slice(0, 200);
        fail(`GET ${new URL(response.url()).pathname} answered ${response.status()} ${body}`);
      }
      const download = await downloaded;
      const name = download.suggestedFilename();
      if (!name.endsWith('.docx')) fail(`the download is named "${name}"`);
      const file = path.join(outDir, `${engine}-report.docx`);
      await download.saveAs(file);
      const { size } = await stat(file);
      if (size === 0) fail(`"${name}" is empty`);
    });
    await backToDashboard();
    await openWardFromDashboard();
    await step('reopen the approved report to correct it; the approved version stays readable', async () => {
      await page.getByRole('button', { name: 'Mở lại để đính chính' }).click();
      const dialog = page.getByRole('dialog', { name: 'Mở lại báo cáo của Phường 1 để đính chính' });
      await fillUntilKept(dialog.getByRole('textbox'), 'Đính chính số cuộc kiểm tra');
      const reopened = page.waitForResponse((response) =>
        /\/api\/reports\/\d+\/reopen$/.test(new URL(response.url()).pathname),
      );
      await dialog.getByRole('button', { name: 'Mở lại để đính chính' }).click();
      const response = await reopened;
      if (!response.ok()) fail(`reopening answered ${response.status()} ${(await response.text()).slice(0, 200)}`);
      await page.getByText('Lý do mở lại: Đính chính số cuộc kiểm tra', { exact: true }).waitFor();
      await page.getByRole('button', { name: 'Xem số liệu của bản này' }).click();
      const row = page.getByRole('dialog').getByRole('row').filter({ hasText: inspections });
      await row.getByRole('cell', { name: '25', exact: true }).first().waitFor();
      await page.waitForTimeout(500);
      await page.screenshot({ path: path.join(outDir, `${engine}-report-version.png`) });
    });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }

  const phone = await openPage(browser, {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  try {
    await logIn(phone.page, baseUrl, 'thanhpho.lanhdao');
    await openReports(phone.page, { phone: true });
    await step(`open "${roundTitle}" on the phone`, async () => {
      await phone.page.getByRole('link', { name: roundTitle, exact: true }).click();
      await phone.page.getByTestId('round-dashboard').locator('canvas').nth(1).waitFor();
    });
    await step('the dashboard fits a 390 px screen', async () => {
      const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) fail(`the page is ${width} px wide`);
    });
    await phone.page.waitForTimeout(500);
    await phone.page.screenshot({ path: path.join(outDir, `${engine}-round-dashboard-phone.png`), fullPage: true });
    phone.assertNoScriptErrors();
  } finally {
    await phone.context.close();
  }
}

/** Today as the browser pages show it (dd/mm/yyyy in Asia/Ho_Chi_Minh, the pages' time zone). */
function todayVi() {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date());
}

/**
 * The provincial board registers a plan in the documents register, then finds it again with an
 * unaccented query: the result row marks the matched words.
 */
async function journeyDocuments(browser, baseUrl, engine) {
  const symbol = '91-KH/BDVTU';
  const title = 'Kế hoạch tổ chức Hội nghị đối thoại với đồng bào dân tộc thiểu số';
  const query = 'doi thoai dong bao';
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 820 } });
  const openRegister = () => openFromMenu(page, 'Văn bản', /\/documents$/, { heading: 'Sổ văn bản' });
  try {
    await logIn(page, baseUrl, 'tinh.dv');
    await openRegister();
    const dialog = page.getByRole('dialog');
    await step('open "Vào sổ văn bản"', async () => {
      await page.getByRole('button', { name: 'Vào sổ văn bản' }).click();
      await dialog.getByLabel('Số, ký hiệu').waitFor();
    });
    await step(`the form starts with type KH and today's date (${todayVi()})`, async () => {
      await dialog.getByText('KH – Kế hoạch', { exact: true }).waitFor();
      const issuedOn = await dialog.getByLabel('Ngày ban hành').inputValue();
      if (issuedOn !== todayVi()) fail(`the issue date is "${issuedOn}"`);
    });
    await step(`register ${symbol}`, async () => {
      await dialog.getByLabel('Số, ký hiệu').fill(symbol);
      await dialog.getByLabel('Người ký').fill('Nguyễn Văn Thành');
      await dialog.getByLabel('Trích yếu').fill(title);
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText(`Đã vào sổ văn bản ${symbol}`, { exact: true }).waitFor();
      await page.waitForURL(/\/documents\/\d+$/);
      await page.getByRole('heading', { name: symbol, exact: true }).waitFor();
    });
    await openRegister();
    const row = page.getByRole('row').filter({ hasText: symbol });
    await step(`search "${query}"`, async () => {
      await page.getByRole('textbox', { name: /^Tìm theo số, ký hiệu/ }).fill(query);
      await page.waitForURL((url) => url.searchParams.get('q') === query);
      await row.locator('mark').first().waitFor();
    });
    await step('the result marks the matched words', async () => {
      const rowText = await row.innerText();
      if (!rowText.includes(title)) fail(`the row reads "${rowText.replace(/\s+/g, ' ')}"`);
      const marked = (await row.locator('mark').allInnerTexts()).map((text) => text.trim().toLowerCase());
      for (const word of ['đối', 'thoại', 'đồng', 'bào']) {
        if (!marked.includes(word)) fail(`"${word}" is not marked; marked: ${marked.join(', ')}`);
      }
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-documents.png`) });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }
}

/**
 * A ward records its veterans' count for the current quarter: the last ended quarter is already
 * recorded (409 on the field), figures that do not add up are saved with a warning; the rollup by
 * organisation kind draws its chart. Then the city's totals on a phone.
 */
async function journeyMembers(browser, baseUrl, engine) {
  const now = new Date();
  const year = now.getFullYear();
  const quarter = Math.floor(now.getMonth() / 3) + 1;
  const organisation = 'Hội Cựu chiến binh Phường 1';
  const openMembers = (page, { phone = false } = {}) =>
    openFromMenu(page, 'Đoàn viên, hội viên', /\/members$/, { phone, heading: 'Đoàn viên, hội viên' });
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 900 } });
  try {
    await logIn(page, baseUrl, 'phuong1.dv');
    await openMembers(page);
    await step('the demo counts of Phường 1 are listed', () =>
      page.getByRole('row').filter({ hasText: 'Hội Liên hiệp Phụ nữ Phường 1' }).first().waitFor(),
    );
    const dialog = page.getByRole('dialog');
    await step(`choose ${organisation} in "Nhập số liệu kỳ"`, async () => {
      await page.getByRole('button', { name: 'Nhập số liệu kỳ' }).click();
      await selectOption(page, dialog.locator('#member-count_unitId'), organisation, { search: 'cuu chien binh' });
    });
    await step('the last ended quarter is already recorded: the form says so on the period', async () => {
      await dialog.getByLabel('Đoàn viên, hội viên cuối kỳ', { exact: true }).fill('1');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await dialog.getByText(/^Tổ chức này đã có số liệu cho Quý \d\/\d{4}/).waitFor();
    });
    await step(`record Quý ${quarter}/${year}: saved with a warning that the figures do not add up`, async () => {
      await dialog.getByLabel('Năm', { exact: true }).fill(String(year));
      // selectOption returns once the select shows the chosen quarter, or the form would send the recorded one again.
      await selectOption(page, dialog.locator('#member-count_periodIndex'), `Quý ${quarter}`);
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Đã lưu, nhưng số liệu chưa cân đối', { exact: true }).waitFor();
      await page
        .getByRole('row')
        .filter({ hasText: organisation })
        .filter({ hasText: `Quý ${quarter}/${year}` })
        .waitFor();
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-members.png`) });
    await step('the rollup by organisation kind draws its chart', async () => {
      await page.getByRole('tab', { name: 'Tổng hợp' }).click();
      await page
        .getByRole('img', { name: 'Biểu đồ số đoàn viên, hội viên theo loại tổ chức' })
        .locator('canvas')
        .waitFor();
      await page.getByTestId('member-rollup-children').getByText(organisation).waitFor();
    });
    await page.waitForTimeout(500);
    await page.screenshot({ path: path.join(outDir, `${engine}-members-rollup.png`), fullPage: true });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }

  const phone = await openPage(browser, {
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  try {
    await logIn(phone.page, baseUrl, 'thanhpho.lanhdao');
    await openMembers(phone.page, { phone: true });
    const fits = async (what) => {
      const width = await phone.page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) fail(`${what} is ${width} px wide`);
    };
    await step('the list fits a 390 px screen', async () => {
      await phone.page.getByText('Cuối kỳ:').first().waitFor();
      await fits('the list');
    });
    await step('the city totals, with drill-down to the wards, fit a 390 px screen', async () => {
      await phone.page.getByRole('tab', { name: 'Tổng hợp' }).click();
      await phone.page
        .getByRole('img', { name: 'Biểu đồ số đoàn viên, hội viên theo loại tổ chức' })
        .locator('canvas')
        .waitFor();
      await phone.page
        .getByTestId('member-rollup-children')
        .getByRole('button', { name: 'Phường 2', exact: true })
        .click();
      await phone.page.getByText(/^Phường 2 · /).waitFor();
      await fits('the rollup');
    });
    await phone.page.waitForTimeout(500);
    await phone.page.screenshot({ path: path.join(outDir, `${engine}-members-phone.png`), fullPage: true });
    phone.assertNoScriptErrors();
  } finally {
    await phone.context.close();
  }
}

// A 1×1 PNG: the photo uploaded in the models journey (the server checks its bytes, not its name).
const photoPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * A ward registers a "Dân vận khéo" model with a photo under the city's movement; the city evaluates
 * it and recognises it at district level; the list (also on a phone) shows it as recognised.
 */
async function journeyModels(browser, baseUrl, engine) {
  const name = 'Nhóm Zalo "Khu phố bình yên" kết nối người dân với công an phường';
  const photoFile = path.join(outDir, 'mo-hinh-khu-pho.png');
  await writeFile(photoFile, photoPng);
  const ward = await openPage(browser, { viewport: { width: 1366, height: 820 } });
  try {
    const { page } = ward;
    await logIn(page, baseUrl, 'phuong1.dv');
    await step('go to "Phong trào, mô hình" and open the city\'s "Dân vận khéo" movement', async () => {
      await page.getByRole('menuitem', { name: 'Phong trào, mô hình' }).click();
      await page.waitForURL(/\/movements$/);
      await page.getByRole('link', { name: /^Phong trào thi đua "Dân vận khéo"/ }).click();
      await page.waitForURL(/\/movements\/\d+$/);
      await page.getByText('1/1 đơn vị tham gia', { exact: true }).first().waitFor();
    });
    const dialog = page.getByRole('dialog');
    await step(`register "${name}"`, async () => {
      await page.getByRole('button', { name: 'Đăng ký mô hình' }).click();
      await dialog.getByLabel('Tên mô hình').fill(name);
      await dialog.getByLabel('Chủ thể thực hiện').fill('Tổ dân phố 5, Công an phường');
      await dialog
        .getByLabel('Nội dung, cách làm')
        .fill('Lập nhóm Zalo mỗi khu phố để người dân báo tin an ninh trật tự, công an khu vực phản hồi trong ngày.');
      await dialog.getByRole('button', { name: 'Thêm số liệu' }).click();
      await dialog.getByLabel('Chỉ tiêu', { exact: true }).fill('Hộ tham gia nhóm');
      await dialog.getByLabel('Số liệu', { exact: true }).fill('350');
      await dialog.getByLabel('Đơn vị tính', { exact: true }).fill('hộ');
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText(`Đã đăng ký mô hình "${name}"`, { exact: true }).waitFor();
      await page.waitForURL(/\/models\/\d+$/);
      await page.getByRole('heading', { name, exact: true }).waitFor();
    });
    const modelUrl = page.url();
    await step('add a photo, with progress, and see it in the gallery', async () => {
      await page.locator('input[type=file]').setInputFiles(photoFile);
      await page.getByText('Đã thêm ảnh mo-hinh-khu-pho.png', { exact: true }).waitFor();
      const image = page.getByRole('img', { name: 'mo-hinh-khu-pho.png' });
      await image.waitFor();
      const loaded = await image.evaluate(
        (element) => element instanceof HTMLImageElement && element.complete && element.naturalWidth === 1,
      );
      if (!loaded) fail('the photo did not load from the server');
    });
    await step('the ward cannot evaluate its own model', async () => {
      if (await page.getByRole('button', { name: 'Đánh giá', exact: true }).count())
        fail('"Đánh giá" is offered to the ward');
    });
    ward.assertNoScriptErrors();

    const city = await openPage(browser, { viewport: { width: 1366, height: 820 } });
    try {
      const lead = city.page;
      await logIn(lead, baseUrl, 'thanhpho.lanhdao');
      await step('open the model', () => lead.goto(modelUrl));
      const leadDialog = lead.getByRole('dialog');
      await step('evaluate it: 92 points with a comment', async () => {
        await lead.getByRole('button', { name: 'Đánh giá', exact: true }).click();
        await leadDialog.getByLabel('Điểm (0–100)').fill('92');
        await leadDialog.getByLabel('Nhận xét').fill('Cách làm hay, chi phí thấp, dễ nhân rộng.');
        await leadDialog.getByRole('button', { name: 'Đánh giá', exact: true }).click();
        await lead.getByText('Đã ghi đánh giá', { exact: true }).waitFor();
        await lead.getByText('92/100', { exact: true }).waitFor();
      });
      await step('recognise it at district level, confirming', async () => {
        await lead.getByRole('button', { name: 'Công nhận', exact: true }).click();
        // A click on an option while the dropdown still opens can be lost: selectOption retries until it shows.
        await selectOption(lead, leadDialog.getByRole('combobox', { name: 'Cấp công nhận' }), 'Cấp huyện');
        await leadDialog.getByRole('button', { name: 'Công nhận', exact: true }).click();
        await lead.getByText('Công nhận mô hình ở Cấp huyện?', { exact: false }).waitFor();
        await lead.getByRole('dialog').last().getByRole('button', { name: 'Công nhận', exact: true }).click();
        await lead.getByText('Đã công nhận mô hình', { exact: true }).waitFor();
        await lead.getByText('Được công nhận – Cấp huyện').first().waitFor();
      });
      await step('the history shows registration, photo, evaluation and recognition', async () => {
        for (const action of ['Đăng ký mô hình', 'Thêm ảnh', 'Đánh giá mô hình', 'Công nhận mô hình']) {
          await lead.getByText(action, { exact: true }).last().waitFor();
        }
      });
      await step('the list of recognised models shows it as recognised at district level', async () => {
        await lead.goto(`${baseUrl}/models?status=recognised&q=${encodeURIComponent('khu pho binh yen')}`);
        const row = lead.getByRole('row').filter({ hasText: name });
        await row.waitFor();
        const text = await row.innerText();
        if (!text.includes('Được công nhận – Cấp huyện') || !text.includes('Phường 1') || !text.includes('92'))
          fail(`the row reads "${text.replace(/\s+/g, ' ')}"`);
      });
      await lead.screenshot({ path: path.join(outDir, `${engine}-models.png`), fullPage: true });
      await step('on a phone (390 px) the list shows cards', async () => {
        await lead.setViewportSize({ width: 390, height: 844 });
        const card = lead.getByRole('listitem').filter({ hasText: name });
        await card.waitFor();
        if (!(await card.innerText()).includes('Được công nhận – Cấp huyện')) fail('the card does not say recognised');
        const overflow = await lead.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) fail(`the page is ${overflow} px wider than the phone`);
      });
      await lead.screenshot({ path: path.join(outDir, `${engine}-models-phone.png`), fullPage: true });
      city.assertNoScriptErrors();
    } finally {
      await city.context.close();
    }
  } finally {
    await ward.context.close();
  }
}

/**
 * The administrator finds an indicator of the catalogue without accents, adds one computed from the
 * documents register, and sees it in its section; a leader has no catalogue menu entry.
 */
async function journeyCatalogue(browser, baseUrl, engine) {
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 820 } });
  const table = page.getByTestId('catalogue-table');
  try {
    await logIn(page, baseUrl, 'admin');
    await step('go to "Bộ chỉ tiêu"', async () => {
      await page.getByRole('menuitem', { name: 'Bộ chỉ tiêu' }).click();
      await page.waitForURL(/\/catalogue$/);
      await table.getByText('VB_TONG', { exact: true }).waitFor();
    });
    await step('"doi thoai" finds the dialogue indicators only', async () => {
      await page.getByRole('textbox', { name: 'Tìm theo mã, tên chỉ tiêu' }).fill('doi thoai');
      await table.getByText('DT_CUOC', { exact: true }).waitFor();
      await table.getByText('VB_TONG', { exact: true }).waitFor({ state: 'detached' });
      await page.getByRole('textbox', { name: 'Tìm theo mã, tên chỉ tiêu' }).fill('');
    });
    const dialog = page.getByRole('dialog');
    await step('add VB_TTR computed from the documents register', async () => {
      await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
      await dialog.getByLabel('Mã').fill('vb_ttr');
      await dialog.getByLabel('Tên chỉ tiêu (tiếng Việt)').fill('Tờ trình');
      await dialog.getByLabel('Tên chỉ tiêu (tiếng Anh)').fill('Submissions');
      await dialog.getByLabel('Đơn vị tính').fill('văn bản');
      await selectOption(page, dialog.getByLabel('Nhóm'), 'Công tác lãnh đạo, chỉ đạo');
      await selectOption(page, dialog.getByLabel('Tính tự động từ'), 'Văn bản loại TTr', {
        search: 'loai TTr',
        prefix: true,
      });
      await dialog.getByRole('button', { name: 'Lưu' }).click();
      const saved = page.getByText('Đã lưu chỉ tiêu', { exact: true });
      const fieldError = dialog.locator('.ant-form-item-explain-error').first();
      await Promise.race([saved.waitFor(), fieldError.waitFor()]);
      if (await fieldError.isVisible())
        fail(
          `the form refused: ${(await dialog.locator('.ant-form-item-explain-error').allTextContents()).join('; ')}`,
        );
    });
    await step('VB_TTR shows in its section with its source', async () => {
      await selectOption(page, page.getByRole('combobox', { name: 'Nguồn số liệu' }), 'Tự động từ dữ liệu');
      const row = table.getByRole('row').filter({ hasText: 'VB_TTR' });
      await row.getByText('Văn bản loại TTr trong kỳ').waitFor();
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-catalogue.png`), fullPage: true });
    await logOut(page);
    await logIn(page, baseUrl, 'thanhpho.lanhdao');
    await step('a leader has no "Bộ chỉ tiêu" entry', async () => {
      await page.getByRole('menuitem', { name: 'Văn bản' }).waitFor();
      if (await page.getByRole('menuitem', { name: 'Bộ chỉ tiêu' }).count())
        fail('the menu offers "Bộ chỉ tiêu" to a leader');
    });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }
}

/**
 * A ward fills in its grassroots-democracy checklist and submits it; the city rates it, and the
 * list with the ratings chart fits a phone.
 */
async function journeyDemocracy(browser, baseUrl, engine) {
  const { page, context, assertNoScriptErrors } = await openPage(browser, { viewport: { width: 1366, height: 820 } });
  const ward = page.getByRole('row').filter({ hasText: 'Phường 2' });
  const openDemocracy = () =>
    openFromMenu(page, 'Dân chủ ở cơ sở', /\/democracy$/, { heading: 'Thực hiện dân chủ ở cơ sở' });
  try {
    await logIn(page, baseUrl, 'phuong2.dv');
    await openDemocracy();
    await step('Phường 2 has not started this year', () => ward.getByText('Chưa lập', { exact: true }).waitFor());
    await step('open Phường 2', async () => {
      await ward.getByRole('link', { name: 'Phường 2' }).click();
      await page.getByText('Những nội dung công khai', { exact: true }).waitFor();
    });
    await step('mark every item done', async () => {
      const done = page.locator('label.ant-radio-button-wrapper').filter({ hasText: /^Đã thực hiện$/ });
      const count = await done.count();
      if (count < 15) fail(`only ${count} checklist items`);
      for (let i = 0; i < count; i++) await done.nth(i).click();
      const checked = await page
        .locator('label.ant-radio-button-wrapper-checked')
        .filter({ hasText: /^Đã thực hiện$/ })
        .count();
      if (checked !== count) fail(`${checked} of ${count} items marked done`);
    });
    await step('enter the items disclosed and a self-rating', async () => {
      await page.getByLabel('Số nội dung, lượt').first().fill('4');
      await page.getByLabel('Tự xếp loại', { exact: true }).click();
      await page.locator('.ant-select-item-option[title="Tốt"]').click();
    });
    await step('submit and confirm', async () => {
      await page.getByRole('button', { name: 'Nộp cấp trên', exact: true }).first().click();
      await page.getByRole('tooltip').getByRole('button', { name: 'Nộp cấp trên', exact: true }).click();
      await page.getByText('Đã nộp cấp trên', { exact: true }).waitFor();
      await page.getByText('Đã nộp', { exact: true }).first().waitFor();
    });
    await logOut(page);
    await logIn(page, baseUrl, 'thanhpho.lanhdao', /\/(units|democracy)(\/[\w/]*)?$/);
    await page.goto(`${baseUrl}/democracy`);
    await step('the city sees Phường 2 submitted with its self-rating', async () => {
      await ward.getByText('Đã nộp', { exact: true }).waitFor();
      await ward.getByText('Tốt', { exact: true }).waitFor();
    });
    await step('rate Phường 2 "Khá"', async () => {
      await ward.getByRole('link', { name: 'Phường 2' }).click();
      await page.getByRole('button', { name: 'Xếp loại', exact: true }).first().click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('label.ant-radio-wrapper').filter({ hasText: /^Khá$/ }).click();
      await dialog.getByLabel('Nhận xét').fill('Cần bảo đảm thời hạn công khai');
      await dialog.getByRole('button', { name: 'Xếp loại', exact: true }).click();
      await page.getByText('Đã xếp loại', { exact: true }).first().waitFor();
      await page.locator('.ant-descriptions').getByText('Cần bảo đảm thời hạn công khai', { exact: true }).waitFor();
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-democracy.png`) });
    await step('the list shows the rating on a 390 px phone', async () => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(`${baseUrl}/democracy`);
      await page.getByRole('img', { name: 'Biểu đồ số đơn vị theo xếp loại' }).waitFor();
      const item = page.getByRole('listitem').filter({ hasText: 'Phường 2' });
      await item.getByText('Khá', { exact: true }).waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 390) fail(`the page is ${width} px wide`);
    });
    await page.screenshot({ path: path.join(outDir, `${engine}-democracy-phone.png`), fullPage: true });
    assertNoScriptErrors();
  } finally {
    await context.close();
  }
}

const journeys = [
  { name: 'units (desktop, phuong1.dv)', run: journeyUnits },
  { name: 'users (phone 390×844, thanhpho.lanhdao)', run: journeyUsersOnPhone },
  { name: 'reports (submit, return, resubmit, approve, export; dashboard on a phone)', run: journeyReports },
  { name: 'documents (register a plan, find it without accents, tinh.dv)', run: journeyDocuments },
  {
    name: 'register import (a ward checks its Excel register, fixes the named row, imports it whole)',
    run: (browser, baseUrl, engine) =>
      journeyRegisterImport(browser, baseUrl, engine, { openPage, logIn, step, fail, openFromMenu, outDir }),
  },
  { name: 'members (record a quarter, 409 on a recorded one, warning; rollup; phone)', run: journeyMembers },
  {
    name: 'models (register with a photo, evaluate, recognise at district level; list on a phone)',
    run: journeyModels,
  },
  { name: 'catalogue (find, add a computed indicator, admin only)', run: journeyCatalogue },
  { name: 'democracy (a ward submits its checklist, the city rates it; list on a phone)', run: journeyDemocracy },
  // Last: the city's report approved above locks the wards' reports of the round.
  {
    name: "board report (the board's own documents, the province approves, Word and Excel agree)",
    run: (browser, baseUrl, engine) =>
      journeyBoardReport(browser, baseUrl, engine, {
        openPage,
        logIn,
        logOut,
        step,
        fail,
        openFromMenu,
        confirmPopover,
        parseNumberVi,
        outDir,
        roundTitle: `Báo cáo kết quả công tác dân vận 9 tháng đầu năm ${new Date().getFullYear()}`,
      }),
  },
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
    // E2E_ONLY=reports,catalogue runs the journeys whose names start with those words.
    const only = process.env.E2E_ONLY?.split(',');
    for (const journey of journeys.filter((j) => !only || only.some((word) => j.name.startsWith(word)))) {
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
