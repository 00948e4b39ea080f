import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FileStore } from '../../files/file-store.js';
import { folderContents, readEntries, tableContents, writeEntries, type ArchiveEntry } from '../../test/backup.js';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { png, storeOneFileEach, upload, wardModel, type StoredFile } from '../../test/stored-files.js';
import { BackupFormatError, restoreBackup, writeBackup, writeRotatingBackup } from './index.js';

let t: TestApp;
let dataDir: string;
let work: string;
let store: FileStore;
let stored: StoredFile[];
let admin: string;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'danvan-archive-'));
  work = await mkdtemp(path.join(os.tmpdir(), 'danvan-archive-work-'));
  t = await createTestApp({ dataDir });
  store = new FileStore(path.join(dataDir, 'files'));
  stored = await storeOneFileEach(t);
});
beforeEach(async () => {
  admin = await t.login('admin');
});
afterAll(async () => {
  await t.close();
  await rm(dataDir, { recursive: true, force: true });
  await rm(work, { recursive: true, force: true });
});

const state = async () => ({ tables: await tableContents(t), files: await folderContents(store.root) });

async function addUnit(code: string) {
  const response = await t.call({
    method: 'POST',
    url: '/api/units',
    cookie: admin,
    body: { parentId: await t.unitId('AS-SH-P1'), name: `Tổ dân phố ${code}`, code, type: 'residential_area' },
  });
  expect(response.statusCode, response.body).toBe(201);
}

async function downloadsServe(files: StoredFile[]) {
  for (const file of files) {
    const served = await t.call({ method: 'GET', url: file.url, cookie: await t.login('phuong1.dv') });
    expect(served.statusCode, `${file.route}: ${served.body.slice(0, 200)}`).toBe(200);
    expect(served.rawPayload.equals(file.content), file.route).toBe(true);
  }
}

const sha256 = (content: Buffer) => createHash('sha256').update(content).digest('hex');

describe('backup archive', () => {
  it('holds the dump and every stored file with checksums, and a restore brings both back', async () => {
    const before = await state();
    const file = path.join(work, 'full.tar.gz');
    const summary = await writeBackup(t.db, store, file);
    expect(summary).toMatchObject({ file, files: 3, missingFiles: [] });
    expect(summary.tables).toBe(Object.keys(before.tables).length);

    const entries = await readEntries(file);
    expect(entries.map((entry) => entry.name).slice(0, 2)).toEqual(['manifest.json', 'dump.sql']);
    const manifest = JSON.parse(entries[0].content.toString()) as {
      format: string;
      version: number;
      schemaVersion: string;
      counts: { tables: Record<string, number>; files: number };
      dump: { sha256: string };
      files: { sha256: string; bytes: number }[];
    };
    expect(manifest).toMatchObject({ format: 'danvan-backup', version: 2, counts: { files: 3 } });
    expect(manifest.schemaVersion).toMatch(/^\d{8}_\d{4}_.*\.sql$/);
    for (const [table, { rows }] of Object.entries(before.tables)) expect(manifest.counts.tables[table]).toBe(rows);
    expect(manifest.dump.sha256).toBe(sha256(entries[1].content));
    const archived = entries.slice(2);
    expect(archived.map((entry) => entry.name).sort()).toEqual(
      stored.map((s) => `files/${sha256(s.content).slice(0, 2)}/${sha256(s.content)}`).sort(),
    );
    for (const entry of archived) expect(entry.name.endsWith(sha256(entry.content))).toBe(true);

    // The disk folder is lost and the data moves on; the restore brings back both as they were.
    await rm(store.root, { recursive: true });
    await addUnit('BK-ARCHIVE-1');
    expect(await restoreBackup(t.db, store, file)).toMatchObject({ format: 'archive', files: 3, missingFiles: [] });
    expect(await state()).toEqual(before);
    await downloadsServe(stored);
    expect((await readdir(dataDir)).filter((name) => name.includes('.restore-'))).toEqual([]);
  });

  it("keeps the id counters: a record made after the restore never gets a deleted record's id", async () => {
    const cookie = await t.login('phuong1.dv');
    const photos = await wardModel(t, { leader: await t.login('thanhpho.lanhdao'), ward: cookie });
    const [deleted] = (await upload(t, cookie, photos, 'xoa.png', png('ảnh sẽ xóa'))).photos as { id: number }[];
    const removed = await t.call({ method: 'DELETE', url: `${photos}/${deleted.id}`, cookie });
    expect(removed.statusCode, removed.body).toBeLessThan(300);

    const file = path.join(work, 'ids.tar.gz');
    await writeBackup(t.db, store, file);
    await restoreBackup(t.db, store, file);

    // A restore signs everyone out.
    const [fresh] = (await upload(t, await t.login('phuong1.dv'), photos, 'moi.png', png('ảnh mới'))).photos as {
      id: number;
    }[];
    expect(fresh.id).toBeGreaterThan(deleted.id);
  });

  it('restores an old plain .sql backup, the database only, with a warning', async () => {
    const archive = path.join(work, 'for-sql.tar.gz');
    await writeBackup(t.db, store, archive);
    const before = await state();
    const sqlFile = path.join(work, 'old.sql');
    await writeFile(sqlFile, (await readEntries(archive))[1].content);
    await addUnit('BK-ARCHIVE-2');
    const summary = await restoreBackup(t.db, store, sqlFile);
    expect(summary).toMatchObject({ format: 'sql', files: 0 });
    expect(summary.warning?.en).toMatch(/database only/);
    expect(summary.warning?.vi).toMatch(/chỉ có cơ sở dữ liệu/);
    expect(await state()).toEqual(before);
  });

  it('writes no archive from a damaged stored file, and names the records whose file is already missing', async () => {
    const photo = stored.find((file) => file.route === 'model photo') as StoredFile;
    const hash = sha256(photo.content);
    const target = path.join(work, 'from-damaged.tar.gz');
    const { files: all } = await writeBackup(t.db, store, path.join(work, 'whole-store.tar.gz'));
    await writeFile(store.pathOf(hash), Buffer.alloc(photo.content.length, 0x20));
    await expect(writeBackup(t.db, store, target)).rejects.toThrow(`stored file ${hash} is damaged`);
    expect((await readdir(work)).filter((name) => name.startsWith('from-damaged'))).toEqual([]);

    await rm(store.pathOf(hash));
    const summary = await writeBackup(t.db, store, target);
    expect(summary).toMatchObject({ files: all - 1, missingFiles: [hash] });
    expect(await restoreBackup(t.db, store, target)).toMatchObject({ files: all - 1, missingFiles: [hash] });
    await writeFile(store.pathOf(hash), photo.content);
    await downloadsServe(stored);
  });

  it('keeps the newest 7 automatic backups, old .sql ones included', async () => {
    const dir = path.join(work, 'rotating');
    await mkdir(dir);
    for (const stamp of ['20200101-000000', '20200102-000000', '20200103-000000'])
      await writeFile(path.join(dir, `danvan-${stamp}.sql`), '-- danvan backup v1\n');
    await writeFile(path.join(dir, 'notes.txt'), 'kept');
    const summary = await writeRotatingBackup(t.db, store, dir, 2);
    expect(summary.file).toMatch(/danvan-\d{8}-\d{6}\.tar\.gz$/);
    expect((await readdir(dir)).sort()).toEqual(
      ['danvan-20200103-000000.sql', path.basename(summary.file), 'notes.txt'].sort(),
    );
  });
});

describe('a backup that cannot be restored', () => {
  let good: ArchiveEntry[];

  beforeAll(async () => {
    const file = path.join(work, 'good.tar.gz');
    await writeBackup(t.db, store, file);
    good = await readEntries(file);
  });

  async function refused(name: string, content: Buffer | ArchiveEntry[], code: string, message: RegExp) {
    const file = path.join(work, name);
    if (Buffer.isBuffer(content)) await writeFile(file, content);
    else await writeEntries(file, content);
    // After the backup the data moved on, so a restore that went ahead would show.
    await addUnit(`BK-${name.replace(/\W/g, '').slice(0, 20).toUpperCase()}`);
    const before = await state();
    const error: unknown = await restoreBackup(t.db, store, file).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error, name).toBeInstanceOf(BackupFormatError);
    const { code: got, messages } = error as BackupFormatError;
    expect(got, name).toBe(code);
    expect(messages.en, name).toMatch(message);
    for (const line of [messages.en, messages.vi]) {
      expect(line, name).not.toMatch(/\n/);
      expect(line.length, name).toBeLessThan(300);
    }
    expect(await state(), name).toEqual(before);
    expect((await readdir(dataDir)).filter((entry) => entry.includes('.restore-'))).toEqual([]);
  }

  const manifestOf = (entries: ArchiveEntry[]) => JSON.parse(entries[0].content.toString()) as Record<string, unknown>;
  const withManifest = (change: (manifest: Record<string, unknown>) => void) => {
    const manifest = manifestOf(good);
    change(manifest);
    return [{ name: 'manifest.json', content: Buffer.from(JSON.stringify(manifest)) }, ...good.slice(1)];
  };

  it('names the file whose checksum does not match', async () => {
    const [victim] = good.slice(2);
    const damaged = Buffer.from(victim.content);
    damaged[damaged.length - 1] ^= 0xff;
    await refused(
      'tampered.tar.gz',
      good.map((entry) => (entry === victim ? { name: entry.name, content: damaged } : entry)),
      'checksum_mismatch',
      new RegExp(`Checksum \\(sha256\\) mismatch of ${victim.name}`),
    );
    const dump = Buffer.from(good[1].content);
    dump[Math.floor(dump.length / 2)] ^= 0x01;
    await refused(
      'dump.tar.gz',
      [good[0], { name: 'dump.sql', content: dump }, ...good.slice(2)],
      'checksum_mismatch',
      /mismatch of dump\.sql/,
    );
  });

  it('refuses another schema version or archive format version', async () => {
    await refused(
      'future.tar.gz',
      withManifest((m) => {
        m.migrations = [...(m.migrations as string[]), '20991231_0001_future.sql'];
      }),
      'schema_mismatch',
      /schema version 20991231_0001_future\.sql .* but the database is at \d{8}_\d{4}_/,
    );
    await refused(
      'v3.tar.gz',
      withManifest((m) => {
        m.version = 3;
      }),
      'unsupported_version',
      /format version is 3/,
    );
  });

  it('refuses what is not a danvan backup', async () => {
    await refused('notes.txt', Buffer.from('Biên bản họp chi bộ\n'), 'not_a_backup', /not a danvan backup/);
    await refused(
      'pg_dump.sql',
      Buffer.from('-- PostgreSQL database dump\nDROP TABLE units;\n'),
      'not_a_backup',
      /not a danvan backup/,
    );
    await refused(
      'other.tar.gz',
      [{ name: 'readme.txt', content: Buffer.from('x') }],
      'not_a_backup',
      /manifest\.json/,
    );
    await refused(
      'gzip.gz',
      gzipSync(Buffer.from('not a tar archive at all '.repeat(40))),
      'not_a_backup',
      /not a danvan backup/,
    );
    await refused(
      'foreign.tar.gz',
      withManifest((m) => {
        m.format = 'other-app';
      }),
      'not_a_backup',
      /not danvan's/,
    );
  });

  it('refuses a truncated archive or one that lacks a listed file', async () => {
    const whole = path.join(work, 'whole.tar.gz');
    await writeEntries(whole, good);
    const bytes = await readFile(whole);
    await refused(
      'cut.tar.gz',
      bytes.subarray(0, Math.floor(bytes.length * 0.6)),
      'damaged_archive',
      /truncated or damaged/,
    );
    await refused('cut-early.tar.gz', bytes.subarray(0, 40), 'damaged_archive', /truncated or damaged/);
    const [lost] = good.slice(2);
    await refused(
      'lacking.tar.gz',
      good.filter((entry) => entry !== lost),
      'damaged_archive',
      new RegExp(`${lost.name} is missing`),
    );
  });
});
