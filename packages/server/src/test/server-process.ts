// Real server processes for the tests that need more than app.inject: several processes on one database,
// a process killed with SIGKILL and started again. Each runs `bin/danvan.js serve` on a free loopback port.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DEMO_PASSWORD } from '../demo/demo-data.js';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** The process's last output lines, to explain a failure. */
  output(): string;
  /** Ends it with `signal` and waits for it to be gone. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Starts `danvan serve` with the given database settings and waits until /api/health answers. */
export async function startServer(env: { DATABASE_URL?: string; DANVAN_DATA?: string }): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(repoRoot, 'bin/danvan.js'), 'serve'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      DATABASE_URL: env.DATABASE_URL ?? '',
      // On PostgreSQL only the file store lives there: one folder shared by the processes, as operators must.
      DANVAN_DATA: env.DANVAN_DATA ?? path.join(os.tmpdir(), `danvan-server-processes-${process.pid}`),
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines = [...lines, ...chunk.toString().split('\n')].slice(-40);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode}):\n${lines.join('\n')}`);
    const healthy = await fetch(`${url}/api/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`the server did not start in 120 s:\n${lines.join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    child,
    output: () => lines.join('\n'),
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** A client of one server process, signed in as `username` (cookie kept). */
export async function signIn(server: ServerProcess, username: string, password = DEMO_PASSWORD) {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (response.status !== 200) throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0];
  return clientOf(server, cookie);
}

export type Client = ReturnType<typeof clientOf>;

/** Sends JSON to one server process with a session cookie; answers the status and the parsed body. */
export function clientOf(server: ServerProcess, cookie: string) {
  return async <T = Record<string, unknown>>(method: string, url: string, body?: unknown) => {
    const response = await fetch(`${server.url}${url}`, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : {}) as T };
  };
}
