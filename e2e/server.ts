// The demo server a run of the journeys talks to: started on a free port with its own data folder,
// on the embedded PGlite or on a fresh PostgreSQL database created for the run and dropped after it.
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { fail, outDir, root, type Engine } from './driver.js';

// The demo's seeding takes about a minute on an idle machine and several on a busy one (shared CI, parallel work).
const healthTimeoutMs = 300_000;

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface Server {
  child: ChildProcess;
  exited: Promise<Exit>;
  logFile: string;
}

export function freePort(): Promise<number> {
  // A machine shared by several runs gives each its own ports.
  if (process.env.E2E_PORT) return Promise.resolve(Number(process.env.E2E_PORT));
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export async function createPostgresDatabase(baseUrl: string): Promise<{ name: string; url: string }> {
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

export async function dropPostgresDatabase(baseUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

/** `bin/danvan.js demo` on the given port; without a database address the server uses PGlite in `dataDir`. */
export function startServer(options: { engine: Engine; port: number; dataDir: string; databaseUrl?: string }): Server {
  const { engine, port, dataDir, databaseUrl } = options;
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DANVAN_DATA: dataDir };
  if (databaseUrl) env.DATABASE_URL = databaseUrl;
  else delete env.DATABASE_URL;
  const logFile = path.join(outDir, `${engine}-server.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, ['bin/danvan.js', 'demo'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<Exit>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  return { child, exited, logFile };
}

export async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  server.child.kill('SIGTERM');
  const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 10_000));
  if ((await Promise.race([server.exited, timeout])) === 'timeout') {
    server.child.kill('SIGKILL');
    await server.exited;
  }
}

export async function waitForHealth(baseUrl: string, server: Server): Promise<void> {
  const deadline = Date.now() + healthTimeoutMs;
  const seen: { exit: Exit | null } = { exit: null };
  void server.exited.then((result) => {
    seen.exit = result;
  });
  while (Date.now() < deadline) {
    const { exit } = seen;
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

/** The last lines of the server's log, shown when a journey failed. */
export async function tail(file: string, lines = 40): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no server log)';
  }
}
