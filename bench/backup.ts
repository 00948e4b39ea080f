// Backup benchmark: `npm run bench -- backup`.
//
// Times a backup archive (`writeBackup`: the consistent dump, the manifest with checksums, every stored file
// read, hashed and gzipped into one .tar.gz) and its restore (`restoreBackup`: reading and verifying every
// checksum into a staging folder, adding the files to the store, replacing the database in one transaction)
// on the demo province (with its reports) plus a few attachments uploaded through the HTTP app as users do:
// PHOTOS model photos of PHOTO_KB each (random bytes behind a PNG signature, as incompressible as a real
// photo) and one DOCX attached to a document. Reports the archive's size beside the dump's and the files'.
//
// Environment: DATABASE_URL (server for the scratch database; default postgres://postgres@127.0.0.1:5432/postgres),
// BENCH_ENGINES (pglite,postgres), BENCH_RUNS (5), BENCH_PHOTOS (8), BENCH_PHOTO_KB (1024), --quick (2 runs).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { buildApp } from '../packages/server/src/app.js';
import { loadConfig } from '../packages/server/src/config.js';
import { openPglite, openPostgres, type Database } from '../packages/server/src/db/client.js';
import { migrate } from '../packages/server/src/db/migrate.js';
import { DEMO_PASSWORD } from '../packages/server/src/demo/demo-data.js';
import { seedDemo } from '../packages/server/src/demo/seed.js';
import { FileStore } from '../packages/server/src/files/file-store.js';
import { restoreBackup, writeBackup } from '../packages/server/src/modules/backup/index.js';
import { cleanUpOnSignals, runCleanups, scratchPostgres, type Cleanup } from './lib/scratch.js';
import { machine, writeBenchOutput } from './lib/output.js';

type EngineName = 'postgres' | 'pglite';
interface Result {
  engine: EngineName;
  /** `backup` or `restore`. */
  case: string;
  median_ms: number;
  max_ms: number;
  runs: number;
  archive_bytes: number;
  dump_bytes: number;
  files: number;
  file_bytes: number;
  rows: number;
}

const env = process.env;
const quick = process.argv.includes('--quick') || env.BENCH_QUICK === '1';
const RUNS = Number(env.BENCH_RUNS ?? (quick ? 2 : 5));
const PHOTOS = Number(env.BENCH_PHOTOS ?? 8);
const PHOTO_KB = Number(env.BENCH_PHOTO_KB ?? 1024);
const engines = (env.BENCH_ENGINES ?? 'pglite,postgres').split(',').map((e) => e.trim()) as EngineName[];
const serverUrl = env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const cleanups: Cleanup[] = [];
const results: Result[] = [];
const notes: string[] = [];
const log = (line: string) => console.log(line);

function scratchDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function openEngine(engine: EngineName): Promise<Database | null> {
  if (engine === 'postgres') {
    const url = await scratchPostgres({ serverUrl, name: `danvan_bench_backup_${process.pid}`, log, notes, cleanups });
    if (!url) return null;
    const db = await openPostgres(url);
    cleanups.push(() => db.close());
    return db;
  }
  const db = await openPglite(path.join(scratchDir('danvan-bench-backup-db-'), 'db'));
  cleanups.push(() => db.close());
  return db;
}

/** The attachments, uploaded through the HTTP app: a model with PHOTOS photos and a document with a DOCX. */
async function addAttachments(db: Database, dataDir: string): Promise<number> {
  const app = await buildApp({ db, config: { ...loadConfig(), dataDir } });
  await app.ready();
  try {
    const login = async (username: string) => {
      const response = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password: DEMO_PASSWORD },
      });
      const cookie = response.cookies.find((c) => c.name === 'danvan_sid');
      if (!cookie) throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
      return `danvan_sid=${cookie.value}`;
    };
    const ward = await login('phuong1.dv');
    const leader = await login('thanhpho.lanhdao');
    const call = async (cookie: string, url: string, payload: object) => {
      const response = await app.inject({ method: 'POST', url, headers: { cookie }, payload });
      if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      return response.json<{ id: number }>();
    };
    const unitsByCode = (await app.inject({ method: 'GET', url: '/api/units', headers: { cookie: leader } })).json<
      { id: number; code: string }[] | { items: { id: number; code: string }[] }
    >();
    const units = Array.isArray(unitsByCode) ? unitsByCode : unitsByCode.items;
    const idOf = (code: string) => {
      const unit = units.find((u) => u.code === code);
      if (!unit) throw new Error(`no unit ${code}`);
      return unit.id;
    };
    const upload = async (url: string, fileName: string, content: Buffer) => {
      const boundary = '----danvan-bench-boundary';
      const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
      const response = await app.inject({
        method: 'POST',
        url,
        headers: { cookie: ward, 'content-type': `multipart/form-data; boundary=${boundary}` },
        payload: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
      });
      if (response.statusCode !== 201) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    };
    const movement = await call(leader, '/api/movements', {
      ownerUnitId: idOf('AS-SH'),
      name: 'Dân vận khéo 2026 (bench)',
      startOn: '2026-01-01',
      participantUnitIds: [idOf('AS-SH-P1')],
    });
    const model = await call(ward, '/api/models', {
      movementId: movement.id,
      unitId: idOf('AS-SH-P1'),
      name: 'Tuyến hẻm xanh – sạch – đẹp (bench)',
      field: 'culture_society',
      registeredOn: '2026-03-02',
    });
    const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    for (let i = 0; i < PHOTOS; i++)
      await upload(
        `/api/models/${model.id}/photos`,
        `anh-${i + 1}.png`,
        Buffer.concat([signature, randomBytes(PHOTO_KB * 1024)]),
      );
    const document = await call(ward, '/api/documents', {
      unitId: idOf('AS-SH-P1-KDV'),
      type: 'TB',
      symbol: '99-TB/KDV',
      issuedOn: '2026-03-02',
      signer: 'Hoàng Minh Tuấn',
      title: 'Thông báo lịch tiếp dân (bench)',
    });
    const docx = await Packer.toBuffer(
      new Document({
        sections: [{ children: [new Paragraph('Lịch tiếp dân của Ban Dân vận phường. '.repeat(2000))] }],
      }),
    );
    await upload(`/api/documents/${document.id}/attachments`, 'lich-tiep-dan.docx', Buffer.from(docx));
    return PHOTOS + 1;
  } finally {
    await app.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function benchEngine(engine: EngineName) {
  log(`\n== ${engine} ==`);
  const db = await openEngine(engine);
  if (!db) return;
  await migrate(db);
  await seedDemo(db);
  const dataDir = scratchDir('danvan-bench-backup-data-');
  const uploaded = await addAttachments(db, dataDir);
  const store = new FileStore(path.join(dataDir, 'files'));
  const archive = path.join(scratchDir('danvan-bench-backup-out-'), 'danvan.tar.gz');

  const times: Record<'backup' | 'restore', number[]> = { backup: [], restore: [] };
  let summary: Awaited<ReturnType<typeof writeBackup>> | null = null;
  for (let run = 0; run < RUNS; run++) {
    let started = performance.now();
    summary = await writeBackup(db, store, archive);
    times.backup.push(performance.now() - started);
    started = performance.now();
    await restoreBackup(db, store, archive);
    times.restore.push(performance.now() - started);
  }
  if (!summary) return;
  if (summary.files !== uploaded) throw new Error(`archived ${summary.files} files, uploaded ${uploaded}`);
  for (const key of ['backup', 'restore'] as const) {
    const row: Result = {
      engine,
      case: key,
      median_ms: Math.round(median(times[key])),
      max_ms: Math.round(Math.max(...times[key])),
      runs: times[key].length,
      archive_bytes: summary.bytes,
      dump_bytes: summary.dumpBytes,
      files: summary.files,
      file_bytes: summary.fileBytes,
      rows: summary.rows,
    };
    results.push(row);
    log(
      `  ${key.padEnd(8)} median ${String(row.median_ms).padStart(6)} ms   max ${String(row.max_ms).padStart(6)} ms   ${row.runs} runs`,
    );
  }
  log(
    `  archive ${(summary.bytes / 1e6).toFixed(2)} MB: dump ${(summary.dumpBytes / 1e6).toFixed(2)} MB (${summary.rows} rows), ${summary.files} files ${(summary.fileBytes / 1e6).toFixed(2)} MB`,
  );
  await runCleanups(cleanups.splice(0), (e) => {
    throw e;
  });
}

async function main() {
  log(`backup benchmark${quick ? ' (quick)' : ''}: engines ${engines.join(', ')}; ${RUNS} runs each`);
  try {
    for (const engine of engines) await benchEngine(engine);
  } finally {
    await runCleanups(cleanups, (e) => log(`cleanup: ${e.message}`));
  }
  const written = writeBenchOutput('backup', {
    machine: machine(),
    dataset: `the demo province with its reports, ${PHOTOS} model photos of ${PHOTO_KB} KB (random bytes) and one DOCX attachment`,
    results,
    notes,
  });
  log(`\nwrote ${written}`);
}

const stopping = cleanUpOnSignals(cleanups, log, 'dropping the scratch database and files');
try {
  await main();
} catch (error) {
  if (!stopping()) throw error;
}
