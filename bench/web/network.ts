// The emulated slow connection of issue 11 and what crosses it, for bench/web.ts: the bytes and requests of a case
// and its waterfall (each request's start, first byte and end, from the DevTools Protocol's Network events), which
// shows where a screen's time goes: round trips queued on HTTP/1.1's six connections, chains of imports, transfer.
import type { CDPSession, Page } from 'playwright-core';

export const profile = { latency_ms: 150, download_kbps: 1600, upload_kbps: 750 };

export interface Traffic {
  bytes: number;
  jsCssBytes: number;
  /** Requests for /assets/ answered by the network (a 304 counts: a revalidation round trip). */
  assetRequests: number;
}

/** One request of a waterfall; times in ms from the meter's last reset. */
export interface WaterfallRow {
  path: string;
  type: string;
  start_ms: number;
  /** When the response's headers came: the round trip (and any wait for a free connection) is before it. */
  first_byte_ms: number | null;
  end_ms: number | null;
  bytes: number;
  status: number | null;
  /** Chrome's priority for the request: on HTTP/1.1 a free connection goes to the highest one waiting. */
  priority: string;
}

interface Pending {
  url: string;
  type: string;
  start: number;
  firstByte: number | null;
  status: number | null;
  fromCache: boolean;
  priority: string;
}

/** Throttles the page through CDP and counts what crosses the (emulated) wire. */
export async function instrument(page: Page, { cacheDisabled }: { cacheDisabled: boolean }) {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled });
  // BENCH_CPU_SLOWDOWN=4: the page's CPU that many times slower (a cheap phone, a loaded machine), to check that what
  // the sign-in page fetches ahead does not land before its button can be used.
  const slowdown = Number(process.env.BENCH_CPU_SLOWDOWN ?? 1);
  if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: profile.latency_ms,
    downloadThroughput: (profile.download_kbps * 1000) / 8,
    uploadThroughput: (profile.upload_kbps * 1000) / 8,
  });
  const requests = new Map<string, Pending>();
  let traffic: Traffic = { bytes: 0, jsCssBytes: 0, assetRequests: 0 };
  let rows: WaterfallRow[] = [];
  // CDP timestamps are seconds on the browser's monotonic clock: the first request after a reset is the origin.
  let origin: number | null = null;
  const since = (seconds: number) => {
    origin ??= seconds;
    return Math.round((seconds - origin) * 1000);
  };
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.request.url.startsWith('data:')) return;
    requests.set(event.requestId, {
      url: event.request.url,
      type: event.type ?? 'Other',
      start: event.timestamp,
      firstByte: null,
      status: null,
      fromCache: false,
      priority: event.request.initialPriority,
    });
  });
  cdp.on('Network.requestServedFromCache', (event) => {
    const pending = requests.get(event.requestId);
    if (pending) pending.fromCache = true;
  });
  cdp.on('Network.responseReceived', (event) => {
    const pending = requests.get(event.requestId);
    if (!pending) return;
    const { response } = event;
    pending.type = event.type;
    pending.status = response.status;
    pending.fromCache ||= Boolean(response.fromDiskCache || response.fromPrefetchCache);
    pending.firstByte = response.timing
      ? response.timing.requestTime + response.timing.receiveHeadersEnd / 1000
      : event.timestamp;
  });
  cdp.on('Network.loadingFinished', (event) => {
    const pending = requests.get(event.requestId);
    if (!pending) return;
    requests.delete(event.requestId);
    if (pending.fromCache) return;
    traffic.bytes += event.encodedDataLength;
    if (pending.type === 'Script' || pending.type === 'Stylesheet') traffic.jsCssBytes += event.encodedDataLength;
    const url = new URL(pending.url);
    if (url.pathname.startsWith('/assets/')) traffic.assetRequests++;
    rows.push({
      path: url.pathname + url.search,
      type: pending.type,
      start_ms: since(pending.start),
      first_byte_ms: pending.firstByte === null ? null : since(pending.firstByte),
      end_ms: since(event.timestamp),
      bytes: event.encodedDataLength,
      status: pending.status,
      priority: pending.priority,
    });
  });
  return {
    reset() {
      traffic = { bytes: 0, jsCssBytes: 0, assetRequests: 0 };
      rows = [];
      origin = null;
    },
    take(): Traffic {
      return { ...traffic };
    },
    /** The requests finished since the last reset, in the order they started. */
    waterfall(): WaterfallRow[] {
      return [...rows].sort((a, b) => a.start_ms - b.start_ms);
    },
  };
}

/** The waterfall as text: one line per request, a bar from its start to its end (`.` waiting, `#` receiving). */
export function formatWaterfall(rows: WaterfallRow[], msPerChar = 50): string {
  return rows
    .map((row) => {
      const end = row.end_ms ?? row.start_ms;
      const firstByte = row.first_byte_ms ?? end;
      const bar =
        ' '.repeat(Math.round(row.start_ms / msPerChar)) +
        '.'.repeat(Math.max(0, Math.round((firstByte - row.start_ms) / msPerChar))) +
        '#'.repeat(Math.max(1, Math.round((end - firstByte) / msPerChar)));
      const name = row.path.replace(/^\/assets\//, '').slice(0, 40);
      const numbers = [row.start_ms, end, row.bytes].map((value, i) => String(value).padStart(i === 2 ? 7 : 5));
      return `${numbers.join(' ')} ${row.priority.padEnd(8)} ${name.padEnd(40)} ${bar}`;
    })
    .join('\n');
}
