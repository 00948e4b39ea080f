// Web first-load benchmark: `npm run bench -- web` (after `npm run build:web`).
//
// Starts the demo server (bin/danvan.js demo on PGlite in a temporary folder, as the browser journeys do) and
// drives /usr/bin/chromium through playwright-core with the Chrome DevTools Protocol's network emulation at the
// slow mobile profile of issue 11: 150 ms latency, 1.6 Mbps down, 750 kbps up. Cases, 5 runs each:
//   login   cache empty: from navigating to /login until the sign-in button can be used (fields and button shown);
//   home    cache empty: from clicking "Đăng nhập" (login page loaded as above, the user typing until the page's
//           prefetch is done) until the first screen after sign-in shows its content (the sign-out button there,
//           no spinner or skeleton left); its bytes are the prefetch's and what came after the click;
//   chart   cache empty, already signed in: from navigating to a report round's dashboard until it is usable: its
//           heading and the completeness table shown, nothing left loading, and every chart drawn (ECharts finished
//           with its figures: data-drawn on components/Chart.tsx's container, not merely a canvas created);
//           content_median_ms is when the heading and the table showed, before the charts were drawn;
//   repeat  cache warm: a second visit to /login after a first one, until the button can be used; the number of
//           requests for /assets/ that went to the network (revalidations included) must be 0.
// `bytes` is what went over the wire for the case (encoded, headers included), `js_css_bytes` the JS and CSS part.
// Output: a table on stdout and bench/out/web.json: {generated_at, profile, results: [{engine: 'chromium', case,
// median_ms, p95_ms, runs, bytes, js_css_bytes, asset_requests, target_ms, meets_target}], notes}.
// Environment: BENCH_RUNS (5).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { outDir as serverLogDir } from '../e2e/driver.js';
import { freePort, startServer, stopServer, waitForHealth, type Server } from '../e2e/server.js';
import { stats } from './lib/scratch.js';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const profile = { latency_ms: 150, download_kbps: 1600, upload_kbps: 750 };
const password = 'danvan-demo';
const outDir = path.join(import.meta.dirname, 'out');
const roundTitle = `Báo cáo kết quả công tác dân vận 9 tháng đầu năm ${new Date().getFullYear()}`;
const targets: Record<string, number> = { login: 2000, home: 1500, chart: 2500 };
const waitMs = 60_000;

interface Traffic {
  bytes: number;
  jsCssBytes: number;
  /** Requests for /assets/ answered by the network (a 304 counts: a revalidation round trip). */
  assetRequests: number;
}

interface Sample extends Traffic {
  ms: number;
  /** chart: when the page's text and tables were shown (the charts may still be coming). */
  contentMs?: number;
}

/** Throttles the page through CDP and counts what crosses the (emulated) wire. */
async function instrument(page: Page, { cacheDisabled }: { cacheDisabled: boolean }) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latency_ms,
    downloadThroughput: (profile.download_kbps * 1000) / 8,
    uploadThroughput: (profile.upload_kbps * 1000) / 8,
  });
  const kinds = new Map<string, { url: string; type: string; fromCache: boolean }>();
  let traffic: Traffic = { bytes: 0, jsCssBytes: 0, assetRequests: 0 };
  const cached = new Set<string>();
  cdp.on('Network.requestServedFromCache', (event) => cached.add(event.requestId));
  cdp.on('Network.responseReceived', (event) => {
    const { response } = event;
    kinds.set(event.requestId, {
      url: response.url,
      type: event.type,
      fromCache: Boolean(response.fromDiskCache || response.fromPrefetchCache),
    });
  });
  cdp.on('Network.loadingFinished', (event) => {
    const kind = kinds.get(event.requestId);
    if (!kind || kind.fromCache || cached.has(event.requestId)) return;
    traffic.bytes += event.encodedDataLength;
    if (kind.type === 'Script' || kind.type === 'Stylesheet') traffic.jsCssBytes += event.encodedDataLength;
    if (new URL(kind.url).pathname.startsWith('/assets/')) traffic.assetRequests++;
  });
  return {
    reset() {
      traffic = { bytes: 0, jsCssBytes: 0, assetRequests: 0 };
    },
    take(): Traffic {
      return { ...traffic };
    },
  };
}

async function loginUsable(page: Page): Promise<void> {
  await page.getByLabel('Tên đăng nhập').waitFor({ timeout: waitMs });
  await page.getByLabel('Mật khẩu').waitFor({ timeout: waitMs });
  const button = page.getByRole('button', { name: 'Đăng nhập' });
  await button.waitFor({ timeout: waitMs });
  if (!(await button.isEnabled())) throw new Error('the sign-in button is disabled');
}

async function contentShown(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor({ timeout: waitMs });
  await page.waitForFunction(
    () => !document.querySelector('.ant-spin-spinning, .ant-skeleton, [aria-busy="true"]'),
    undefined,
    { timeout: waitMs, polling: 20 },
  );
}

async function timed(action: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

async function signInCookie(context: BrowserContext, baseUrl: string, username: string): Promise<void> {
  const response = await context.request.post(`${baseUrl}/api/auth/login`, { data: { username, password } });
  if (!response.ok()) throw new Error(`sign-in as ${username}: ${response.status()}`);
}

async function caseLoginHome(browser: Browser, baseUrl: string): Promise<{ login: Sample; home: Sample }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    const meter = await instrument(page, { cacheDisabled: true });
    const loginMs = await timed(async () => {
      await page.goto(`${baseUrl}/login`, { waitUntil: 'commit' });
      await loginUsable(page);
    });
    const login = { ms: loginMs, ...meter.take() };
    // What the login page fetches after it is usable (the signed-in app, while the user types) counts for home.
    meter.reset();
    await page.getByLabel('Tên đăng nhập').fill('phuong1.dv');
    await page.getByLabel('Mật khẩu').fill(password);
    await page.waitForLoadState('networkidle');
    const homeMs = await timed(async () => {
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.waitForURL((url) => url.pathname !== '/login', { timeout: waitMs });
      await contentShown(page);
    });
    return { login, home: { ms: homeMs, ...meter.take() } };
  } finally {
    await context.close();
  }
}

async function caseChart(browser: Browser, baseUrl: string, roundPath: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    await signInCookie(context, baseUrl, 'thanhpho.lanhdao');
    const page = await context.newPage();
    const meter = await instrument(page, { cacheDisabled: true });
    const started = performance.now();
    await page.goto(`${baseUrl}${roundPath}`, { waitUntil: 'commit' });
    const dashboard = page.getByTestId('round-dashboard');
    await dashboard.getByRole('heading', { level: 1 }).waitFor({ timeout: waitMs });
    await dashboard.getByRole('row').nth(1).waitFor({ timeout: waitMs });
    const contentMs = performance.now() - started;
    await page.waitForFunction(
      () => {
        const root = document.querySelector('[data-testid="round-dashboard"]');
        if (!root || root.querySelector('.ant-skeleton, .ant-spin-spinning, [aria-busy="true"]')) return false;
        const charts = [...root.querySelectorAll<HTMLElement>('[data-chart]')];
        return charts.length > 0 && charts.every((chart) => chart.dataset.drawn === 'true');
      },
      undefined,
      { timeout: waitMs, polling: 20 },
    );
    return { ms: performance.now() - started, contentMs, ...meter.take() };
  } finally {
    await context.close();
  }
}

async function caseRepeat(browser: Browser, baseUrl: string): Promise<Sample> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    const meter = await instrument(page, { cacheDisabled: false });
    await page.goto(`${baseUrl}/login`);
    await loginUsable(page);
    await page.waitForLoadState('networkidle');
    await page.goto('about:blank');
    meter.reset();
    const ms = await timed(async () => {
      await page.goto(`${baseUrl}/login`, { waitUntil: 'commit' });
      await loginUsable(page);
    });
    return { ms, ...meter.take() };
  } finally {
    await context.close();
  }
}

async function findRoundPath(baseUrl: string): Promise<string> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'thanhpho.lanhdao', password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const rounds = (await (await fetch(`${baseUrl}/api/rounds`, { headers: { cookie } })).json()) as {
    id: number;
    title: string;
  }[];
  const round = rounds.find((candidate) => candidate.title === roundTitle);
  if (!round) throw new Error(`no round "${roundTitle}" in the demo`);
  return `/reports/${round.id}`;
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'danvan-bench-web-'));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  let server: Server | null = null;
  let browser: Browser | null = null;
  mkdirSync(serverLogDir, { recursive: true });
  try {
    server = startServer({ engine: 'pglite', port, dataDir });
    await waitForHealth(baseUrl, server);
    const roundPath = await findRoundPath(baseUrl);
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking'],
    });
    const samples: Record<string, Sample[]> = { login: [], home: [], chart: [], repeat: [] };
    // One warm-up pass: the server's first answers (PGlite's first queries) are not what a user waits for.
    await caseLoginHome(browser, baseUrl);
    await caseChart(browser, baseUrl, roundPath);
    for (let run = 0; run < runs; run++) {
      const { login, home } = await caseLoginHome(browser, baseUrl);
      samples.login.push(login);
      samples.home.push(home);
      samples.chart.push(await caseChart(browser, baseUrl, roundPath));
      samples.repeat.push(await caseRepeat(browser, baseUrl));
    }
    const results = Object.entries(samples).map(([name, list]) => {
      const { median, p95 } = stats(list.map((sample) => sample.ms));
      const content = list.every((sample) => sample.contentMs !== undefined)
        ? Math.round(stats(list.map((sample) => sample.contentMs ?? 0)).median)
        : null;
      const median_ms = Math.round(median);
      const target_ms = targets[name];
      const last = list[list.length - 1];
      return {
        engine: 'chromium',
        case: name,
        median_ms,
        p95_ms: Math.round(p95),
        ...(content === null ? {} : { content_median_ms: content }),
        runs: list.length,
        bytes: last.bytes,
        js_css_bytes: last.jsCssBytes,
        asset_requests: last.assetRequests,
        target_ms: target_ms ?? null,
        meets_target: target_ms ? median_ms < target_ms : last.assetRequests === 0,
      };
    });
    console.log(
      `profile: ${profile.latency_ms} ms latency, ${profile.download_kbps} kbps down, ${profile.upload_kbps} kbps up\n`,
    );
    console.log(
      'case     median_ms  p95_ms  content_ms     bytes  js+css_bytes  asset_requests  target_ms  meets\n' +
        results
          .map((result) =>
            [
              result.case.padEnd(8),
              String(result.median_ms).padStart(9),
              String(result.p95_ms).padStart(7),
              String(result.content_median_ms ?? '').padStart(11),
              String(result.bytes).padStart(9),
              String(result.js_css_bytes).padStart(13),
              String(result.asset_requests).padStart(15),
              String(result.target_ms ?? '').padStart(10),
              `  ${result.meets_target ? 'yes' : 'NO'}`,
            ].join(' '),
          )
          .join('\n'),
    );
    mkdirSync(outDir, { recursive: true });
    writeFileSync(
      path.join(outDir, 'web.json'),
      JSON.stringify(
        {
          generated_at: new Date().toISOString(),
          profile,
          results,
          notes: [
            'login, home, chart: cache disabled; repeat: second visit with the cache warm, asset_requests must be 0',
            'chart: until the heading, the table and every chart drawn; content_median_ms: the heading and the table',
            'bytes: encoded bytes over the wire in the case (headers included); js_css_bytes: scripts and styles',
            'budgets: login js_css_bytes <= 120 KB; login + home js_css_bytes <= 350 KB',
          ],
        },
        null,
        2,
      ) + '\n',
    );
  } finally {
    await browser?.close();
    if (server) await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
