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
//           heading and the completeness table shown, nothing left loading, and every chart drawn (data-drawn on
//           components/LazyChart.tsx's container: its picture loaded or ECharts finished, not merely a canvas created);
//           content_median_ms is when the heading and the table showed, before the charts were drawn;
//   repeat  cache warm: a second visit to /login after a first one, until the button can be used; the number of
//           requests for /assets/ that went to the network (revalidations included) must be 0.
// `bytes` is what went over the wire for the case (encoded, headers included), `js_css_bytes` the JS and CSS part.
// Output: a table on stdout and bench/out/web.json: {generated_at, profile, results: [{engine: 'chromium', case,
// median_ms, p95_ms, runs, bytes, js_css_bytes, asset_requests, target_ms, meets_target}], notes}.
// Environment: BENCH_RUNS (5), BENCH_CASES (all), BENCH_CPU_SLOWDOWN (1: the page's CPU as it is; 4: four times slower).
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { outDir as serverLogDir } from '../e2e/driver.js';
import { freePort, startServer, stopServer, waitForHealth, type Server } from '../e2e/server.js';
import { machine, writeBenchOutput } from './lib/output.js';
import { stats } from './lib/scratch.js';
import { formatWaterfall, instrument, profile, type Traffic, type WaterfallRow } from './web/network.js';
import { chartScreens, chartsDrawn, contentOfScreen, shown, waitMs, type ChartScreen } from './web/screens.js';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const only = process.env.BENCH_CASES?.split(',').filter(Boolean);
const wanted = (name: string) => !only || only.includes(name);
const password = 'danvan-demo';
const roundTitle = `Báo cáo kết quả công tác dân vận 9 tháng đầu năm ${new Date().getFullYear()}`;
const targets: Record<string, number> = { login: 2000, home: 1500, chart: 2500 };

interface Sample extends Traffic {
  ms: number;
  /** chart cases: when the page's text and tables were shown (the charts may still be coming). */
  contentMs?: number;
}

async function loginUsable(page: Page): Promise<void> {
  await shown(page.getByLabel('Tên đăng nhập'));
  await shown(page.getByLabel('Mật khẩu'));
  const button = page.getByRole('button', { name: 'Đăng nhập' });
  await shown(button);
  if (!(await button.isEnabled())) throw new Error('the sign-in button is disabled');
}

async function contentShown(page: Page): Promise<void> {
  await shown(page.getByRole('button', { name: 'Đăng xuất' }));
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

async function caseChart(
  browser: Browser,
  baseUrl: string,
  screen: ChartScreen,
  roundPath: string,
): Promise<Sample & { waterfall: WaterfallRow[] }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    await signInCookie(context, baseUrl, screen.username);
    const page = await context.newPage();
    const meter = await instrument(page, { cacheDisabled: true });
    const started = performance.now();
    await page.goto(`${baseUrl}${screen.path({ roundPath })}`, { waitUntil: 'commit' });
    await contentOfScreen(page);
    const contentMs = performance.now() - started;
    await screen.open?.(page);
    await chartsDrawn(page);
    return { ms: performance.now() - started, contentMs, ...meter.take(), waterfall: meter.waterfall() };
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
    const screens = chartScreens.filter((screen) => wanted(screen.case));
    const samples: Record<string, Sample[]> = {};
    for (const name of ['login', 'home', ...screens.map((screen) => screen.case), 'repeat'])
      if (wanted(name)) samples[name] = [];
    const waterfalls: Record<string, WaterfallRow[]> = {};
    // One warm-up pass: the server's first answers (PGlite's first queries) are not what a user waits for.
    await caseLoginHome(browser, baseUrl);
    for (const screen of screens) await caseChart(browser, baseUrl, screen, roundPath);
    for (let run = 0; run < runs; run++) {
      if (samples.login || samples.home) {
        const { login, home } = await caseLoginHome(browser, baseUrl);
        samples.login?.push(login);
        samples.home?.push(home);
      }
      for (const screen of screens) {
        const { waterfall, ...sample } = await caseChart(browser, baseUrl, screen, roundPath);
        samples[screen.case].push(sample);
        waterfalls[screen.case] = waterfall;
      }
      samples.repeat?.push(await caseRepeat(browser, baseUrl));
    }
    const results = Object.entries(samples).map(([name, list]) => {
      const { median, p95 } = stats(list.map((sample) => sample.ms));
      const content = list.every((sample) => sample.contentMs !== undefined)
        ? Math.round(stats(list.map((sample) => sample.contentMs ?? 0)).median)
        : null;
      const median_ms = Math.round(median);
      const target_ms = name.startsWith('chart') ? targets.chart : targets[name];
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
      'case             median_ms  p95_ms  content_ms     bytes  js+css_bytes  asset_requests  target_ms  meets\n' +
        results
          .map((result) =>
            [
              result.case.padEnd(16),
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
    if (process.env.BENCH_WATERFALL === '1')
      for (const [name, rows] of Object.entries(waterfalls))
        console.log(`\n${name} (last run): start_ms end_ms bytes priority path\n${formatWaterfall(rows)}`);
    console.log(
      `\nload average: ${os
        .loadavg()
        .map((load) => load.toFixed(2))
        .join(' ')}`,
    );
    const written = writeBenchOutput('web', {
      machine: machine(),
      profile,
      results,
      notes: [
        'login, home, chart*: cache disabled; repeat: second visit with the cache warm, asset_requests must be 0',
        'chart*: until the heading, the first table row and every chart drawn; content_median_ms: the heading and the row',
        'chart: round dashboard; chart-models: /models; chart-democracy: /democracy; chart-members: /members, tab Tổng hợp',
        'bytes: encoded bytes over the wire in the case (headers included); js_css_bytes: scripts and styles',
        'budgets: login js_css_bytes <= 120 KB; login + home js_css_bytes <= 350 KB',
      ],
    });
    // Each chart screen's last run, request by request: where the time went.
    writeBenchOutput('web-waterfall', { profile, waterfalls });
    console.log(`wrote ${written} and its waterfalls`);
  } finally {
    await browser?.close();
    if (server) await stopServer(server);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
