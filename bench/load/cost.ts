// What each kind of request costs on its own, one at a time (no load): its time, the server process's CPU
// time (all its threads: PGlite's included), and the database work the server reports in its Server-Timing
// header (DANVAN_SERVER_TIMING=1: milliseconds its transactions held a connection, transactions, statements);
// medians of each.
// On a shared machine the CPU time per request compares runs where latencies under load cannot.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { percentile, type NextRequest } from './http.js';

export interface Cost {
  kind: string;
  requests: number;
  median_ms: number;
  /** The server process's CPU time per request (null when its process id is not known). */
  cpu_ms: number | null;
  db_ms: number | null;
  transactions: number | null;
  statements: number | null;
}

const CLOCK_TICKS_PER_S = 100;

/** user + system CPU time of a process in ms, from /proc (Linux). */
function cpuMsOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  // Fields 14 and 15 of the whole line (utime, stime), counted after the command name's ")".
  return ((Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_S) * 1000;
}

interface Answer {
  ms: number;
  status: number;
  timing: Map<string, number>;
}

function timed(baseUrl: string, agent: http.Agent, request: ReturnType<NextRequest>): Promise<Answer> {
  const payload = request.body === undefined ? undefined : JSON.stringify(request.body);
  const headers: Record<string, string> = {};
  if (request.cookie) headers.cookie = request.cookie;
  if (payload !== undefined) headers['content-type'] = 'application/json';
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(`${baseUrl}${request.path}`, { method: request.method, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => {
        // "db;dur=12.3, tx;desc=2, statements;desc=23"
        const timing = new Map<string, number>();
        for (const part of String(res.headers['server-timing'] ?? '').split(',')) {
          const [name, value] = part.trim().split(';');
          if (name && value) timing.set(name, Number(value.split('=')[1]));
        }
        resolve({ ms: performance.now() - started, status: res.statusCode ?? 0, timing });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * Every request of the workload's first `connections` users' first `steps` steps, `repeats` times each,
 * one at a time; grouped by kind.
 */
export async function measureCosts(
  baseUrl: string,
  next: NextRequest,
  options: { connections: number; steps: number; repeats: number; serverPid?: number },
): Promise<Cost[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const byKind = new Map<string, ReturnType<NextRequest>[]>();
  for (let c = 0; c < options.connections; c++) {
    for (let n = 0; n < options.steps; n++) {
      const request = next(c, n);
      byKind.set(request.kind, [...(byKind.get(request.kind) ?? []), request]);
    }
  }
  const costs: Cost[] = [];
  try {
    for (const [kind, requests] of byKind) {
      const answers: Answer[] = [];
      const cpuBefore = options.serverPid ? cpuMsOf(options.serverPid) : 0;
      for (let r = 0; r < options.repeats; r++) {
        for (const request of requests) {
          const answer = await timed(baseUrl, agent, request);
          if (answer.status !== request.expect) throw new Error(`${kind} ${request.path}: HTTP ${answer.status}`);
          answers.push(answer);
        }
      }
      const cpu = options.serverPid ? (cpuMsOf(options.serverPid) - cpuBefore) / answers.length : null;
      const reported = (name: string) =>
        answers.every((a) => a.timing.has(name))
          ? round1(
              percentile(
                answers.map((a) => a.timing.get(name) as number),
                50,
              ),
            )
          : null;
      costs.push({
        kind,
        requests: answers.length,
        median_ms: round1(
          percentile(
            answers.map((a) => a.ms),
            50,
          ),
        ),
        cpu_ms: cpu === null ? null : round1(cpu),
        db_ms: reported('db'),
        transactions: reported('tx'),
        statements: reported('statements'),
      });
    }
  } finally {
    agent.destroy();
  }
  return costs;
}
