// The load generator: plain HTTP/1.1 keep-alive requests on loopback (node:http, one socket per
// simulated connection), a closed loop per connection for a fixed time, and a probe at a steady rate.
import http from 'node:http';

export interface Request {
  method: 'GET' | 'PUT' | 'POST';
  path: string;
  cookie?: string;
  body?: unknown;
}

export interface Response {
  status: number;
  body: string;
  cookies: string[];
}

/** One request on the given agent; the body is read whole (what a browser would wait for). */
export function send(baseUrl: string, agent: http.Agent, request: Request): Promise<Response> {
  const payload = request.body === undefined ? undefined : JSON.stringify(request.body);
  const headers: Record<string, string> = {};
  if (request.cookie) headers.cookie = request.cookie;
  if (payload !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(payload));
  }
  return new Promise((resolve, reject) => {
    const req = http.request(`${baseUrl}${request.path}`, { method: request.method, agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          body: Buffer.concat(chunks).toString('utf8'),
          cookies: res.headers['set-cookie'] ?? [],
        }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

export interface Sample {
  /** What the request was, for the per-kind breakdown of the mixed workload. */
  kind: string;
  ms: number;
  ok: boolean;
}

export interface LoadRun {
  samples: Sample[];
  /** Wall time from the first request to the last answer. */
  elapsedMs: number;
  /** Statuses other than the expected, with a count each (shown in the notes). */
  unexpected: Map<string, number>;
}

/** Which request connection `connection` makes next (its `n`-th), and the status that counts as success. */
export type NextRequest = (connection: number, n: number) => Request & { kind: string; expect: number };

/**
 * `connections` closed loops (a connection sends its next request when the last one answered) for
 * `durationMs`; requests still in flight at the end are awaited and counted.
 */
export async function runLoad(
  baseUrl: string,
  connections: number,
  durationMs: number,
  next: NextRequest,
): Promise<LoadRun> {
  const samples: Sample[] = [];
  const unexpected = new Map<string, number>();
  const started = performance.now();
  const until = started + durationMs;
  const loop = async (connection: number) => {
    // One socket per connection, as autocannon and browsers behind one tab hold them.
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let n = 0; performance.now() < until; n++) {
        const request = next(connection, n);
        const t0 = performance.now();
        let status = 0;
        try {
          status = (await send(baseUrl, agent, request)).status;
        } catch (error) {
          status = -1;
          const key = `${request.kind}: ${(error as Error).message}`;
          unexpected.set(key, (unexpected.get(key) ?? 0) + 1);
        }
        const ok = status === request.expect;
        if (!ok && status !== -1) {
          const key = `${request.kind}: HTTP ${status}`;
          unexpected.set(key, (unexpected.get(key) ?? 0) + 1);
        }
        samples.push({ kind: request.kind, ms: performance.now() - t0, ok });
      }
    } finally {
      agent.destroy();
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, i) => loop(i)));
  return { samples, elapsedMs: performance.now() - started, unexpected };
}

/**
 * One more user making a light request every `intervalMs` (open loop: the next is sent on time even
 * while the last is still waiting) until `stop` resolves; returns each request's time.
 */
export async function runProbe(
  baseUrl: string,
  request: Request,
  intervalMs: number,
  stop: Promise<unknown>,
): Promise<number[]> {
  const agent = new http.Agent({ keepAlive: true });
  const times: number[] = [];
  const pending: Promise<void>[] = [];
  let stopped = false;
  void stop.then(() => {
    stopped = true;
  });
  while (!stopped) {
    const t0 = performance.now();
    pending.push(
      send(baseUrl, agent, request).then(
        () => void times.push(performance.now() - t0),
        () => void times.push(performance.now() - t0),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  await Promise.all(pending);
  agent.destroy();
  return times;
}

/** A percentile of unsorted samples (nearest rank). */
export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
