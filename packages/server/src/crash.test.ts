// A server killed with SIGKILL in the middle of concurrent writes loses none that it acknowledged: every
// document it answered 201 for is there after a restart on the same data, with its audit row (written in the
// same transaction). Three rounds of a few seconds on the run's engine: PGlite in a data folder, or a
// PostgreSQL database of its own.
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPglite } from './db/client.js';
import { adminQuery, databaseUrlFor } from './test/global-setup.js';
import { engine } from './test/harness.js';
import { signIn, startServer, type Client, type ServerProcess } from './test/server-process.js';

const ROUNDS = 3;
const WORKERS = 6;
// How long each round writes before the kill: different points of the work each time.
const WRITE_MS = [1500, 2600, 2000];

let dataDir = '';
let database = '';
const serverEnv = () => (engine === 'postgres' ? { DATABASE_URL: databaseUrlFor(database) } : { DANVAN_DATA: dataDir });

beforeAll(async () => {
  if (engine === 'postgres') {
    database = `danvan_crash_${process.pid}_${randomBytes(4).toString('hex')}`;
    await adminQuery(`CREATE DATABASE ${database} TEMPLATE ${inject('postgresTemplateDb')}`);
  } else {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'danvan-crash-'));
    const image = await readFile(inject('pgliteTemplateFile'));
    await (await openPglite(path.join(dataDir, 'db'), new Blob([image]))).close();
  }
});
afterAll(async () => {
  if (database) await adminQuery(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

interface Written {
  id: number;
  symbol: string;
}

/** Workers that create documents until the server goes away; returns what was acknowledged with 201. */
async function writeUntilKilled(client: Client, unitId: number, round: number, server: ServerProcess, ms: number) {
  const acknowledged: Written[] = [];
  const unexpected: string[] = [];
  const worker = async (w: number) => {
    for (let i = 0; ; i++) {
      const symbol = `${i + 1}-KH/R${round}-W${w}`;
      let response;
      try {
        response = await client<{ id: number }>('POST', '/api/documents', {
          unitId,
          type: 'KH',
          symbol,
          issuedOn: '2026-05-04',
          signer: 'Nguyễn Văn Bình',
          title: `Kế hoạch số ${symbol}`,
          topics: [],
        });
      } catch {
        return; // the connection died with the process: not acknowledged
      }
      if (response.status === 201) acknowledged.push({ id: response.body.id, symbol });
      else unexpected.push(`${response.status} ${JSON.stringify(response.body)}`);
    }
  };
  const workers = Array.from({ length: WORKERS }, (_, w) => worker(w));
  await new Promise((resolve) => setTimeout(resolve, ms));
  await server.stop('SIGKILL');
  await Promise.all(workers);
  return { acknowledged, unexpected };
}

interface Stored extends Written {
  audited: boolean;
}

/** What the database holds of the acknowledged documents, read directly after the last stop. */
async function storedWithAudit(ids: number[]): Promise<Stored[]> {
  const text = `SELECT d.id, d.symbol,
                       EXISTS (SELECT 1 FROM audit_log a WHERE a.entity_type = 'document' AND a.entity_id = d.id::text
                                  AND a.action = 'document.create') AS audited
                  FROM documents d WHERE d.id = ANY($1::int[]) ORDER BY d.id`;
  if (engine === 'postgres') {
    const client = new pg.Client({ connectionString: databaseUrlFor(database) });
    await client.connect();
    try {
      return (await client.query<Stored>(text, [ids])).rows;
    } finally {
      await client.end();
    }
  }
  const db = await openPglite(path.join(dataDir, 'db'));
  try {
    return await db.transaction(async (sql) => (await sql.query<Stored>(text, [ids])).rows);
  } finally {
    await db.close();
  }
}

describe(`SIGKILL during concurrent writes (${engine})`, () => {
  it('keeps every acknowledged write and its audit row across three kills', async () => {
    const acknowledged: Written[] = [];
    const perRound: number[] = [];
    const check = async (server: ServerProcess) => {
      const client = await signIn(server, 'tinh.dv');
      for (const written of acknowledged) {
        const response = await client<{ symbol: string }>('GET', `/api/documents/${written.id}`);
        expect(response.status, `document ${written.id} after a restart`).toBe(200);
        expect(response.body.symbol).toBe(written.symbol);
      }
      return client;
    };
    for (let round = 1; round <= ROUNDS; round++) {
      const server = await startServer(serverEnv());
      const client = await check(server);
      const me = await client<{ user: { unitId: number } }>('GET', '/api/auth/me');
      const result = await writeUntilKilled(client, me.body.user.unitId, round, server, WRITE_MS[round - 1]);
      expect(result.unexpected).toEqual([]);
      expect(result.acknowledged.length, `round ${round} wrote something`).toBeGreaterThan(0);
      acknowledged.push(...result.acknowledged);
      perRound.push(result.acknowledged.length);
    }
    console.info(`crash test (${engine}): writes acknowledged before each kill: ${perRound.join(', ')}`);
    const last = await startServer(serverEnv());
    await check(last);
    await last.stop('SIGTERM');
    const stored = await storedWithAudit(acknowledged.map((w) => w.id));
    expect(stored).toEqual(
      [...acknowledged].sort((a, b) => a.id - b.id).map((w) => ({ id: w.id, symbol: w.symbol, audited: true })),
    );
  }, 400_000);
});
