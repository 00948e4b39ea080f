import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, open, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { pack as tarPack } from 'tar-stream';
import type { Database } from '../../db/client.js';
import type { FileStore } from '../../files/file-store.js';
import { readArchive } from './backup-archive-reader.js';
import {
  ARCHIVE_FORMAT,
  ARCHIVE_VERSION,
  fileEntryName,
  type BackupManifest,
  type ManifestFile,
} from './backup-manifest.js';
import {
  BackupFormatError,
  checkSchemaVersion,
  currentMigrations,
  dumpDatabase,
  isSqlDump,
  restoreDatabase,
} from './backup.service.js';

export interface BackupSummary {
  file: string;
  bytes: number;
  tables: number;
  rows: number;
  dumpBytes: number;
  files: number;
  fileBytes: number;
  /** Files the records name that the store did not hold at the backup: their downloads answer 404. */
  missingFiles: string[];
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

/** Hashes what passes through, so a file is checked in the same read that archives it. */
function hashing(): Transform & { digest: () => string } {
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  return Object.assign(tap, { digest: () => hash.digest('hex') });
}

/** Adds one entry to the archive, waiting until the archive has taken it (so memory stays flat). */
function addEntry(
  archive: ReturnType<typeof tarPack>,
  name: string,
  size: number,
  content: Buffer | { source: Readable; tap: Transform },
) {
  return new Promise<void>((resolve, reject) => {
    const entry = archive.entry({ name, size, mode: 0o644, mtime: new Date() }, (error) =>
      error ? reject(error) : resolve(),
    );
    if (Buffer.isBuffer(content)) entry.end(content);
    else pipeline(content.source, content.tap, entry).catch(reject);
  });
}

/**
 * One `.tar.gz`: `manifest.json` first (format, schema version, time, counts, sha256 of everything
 * after it), then `dump.sql`, then `files/ab/abcdef…` for every stored file the records name. Written
 * beside `file` and renamed into place, so a backup file is always whole.
 */
export async function writeBackup(db: Database, store: FileStore, file: string): Promise<BackupSummary> {
  const dump = await dumpDatabase(db);
  const sql = Buffer.from(dump.sql, 'utf8');
  const files: ManifestFile[] = [];
  const missingFiles: string[] = [];
  for (const sha256 of dump.files) {
    const bytes = await store.sizeOf(sha256);
    if (bytes === null) missingFiles.push(sha256);
    else files.push({ sha256, bytes });
  }
  const manifest: BackupManifest = {
    format: ARCHIVE_FORMAT,
    version: ARCHIVE_VERSION,
    created: new Date().toISOString(),
    engine: db.engine,
    schemaVersion: dump.migrations.at(-1) ?? '',
    migrations: dump.migrations,
    counts: { tables: dump.rows, files: files.length },
    dump: { sha256: createHash('sha256').update(sql).digest('hex'), bytes: sql.length },
    files,
    missingFiles,
  };
  const partial = `${file}.${randomBytes(4).toString('hex')}.partial`;
  const archive = tarPack();
  const written = pipeline(archive, createGzip(), createWriteStream(partial));
  try {
    const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 1), 'utf8');
    await addEntry(archive, 'manifest.json', manifestBytes.length, manifestBytes);
    await addEntry(archive, 'dump.sql', sql.length, sql);
    for (const entry of files) {
      const tap = hashing();
      await addEntry(archive, fileEntryName(entry.sha256), entry.bytes, {
        source: createReadStream(store.pathOf(entry.sha256)),
        tap,
      });
      // A stored file is named by its content: one that no longer matches is damaged, and the backup says so.
      if (tap.digest() !== entry.sha256) throw new Error(`stored file ${entry.sha256} is damaged (checksum mismatch)`);
    }
    archive.finalize();
    await written;
    await rename(partial, file);
  } catch (error) {
    archive.destroy();
    await written.catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
  return {
    file,
    bytes: (await stat(file)).size,
    tables: Object.keys(dump.rows).length,
    rows: Object.values(dump.rows).reduce((sum, n) => sum + n, 0),
    dumpBytes: sql.length,
    files: files.length,
    fileBytes: files.reduce((sum, entry) => sum + entry.bytes, 0),
    missingFiles,
  };
}

export interface RestoreSummary {
  format: 'archive' | 'sql';
  tables: number;
  files: number;
  missingFiles: string[];
  /** Set for an old plain `.sql` backup: it restores the database only. */
  warning?: { vi: string; en: string };
}

async function startOf(file: string): Promise<Buffer> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(64);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Restores a backup file: an archive (database and files) or an old plain SQL dump (database only).
 * An archive is read and every checksum verified into a staging folder before anything changes; then its
 * files are added to the store (each by an atomic rename; none removed, so a server still running on the
 * old data keeps its files), and last the database is replaced in one transaction. A failure before that
 * commit leaves the database as it was; files added by then are named by content and unused.
 */
export async function restoreBackup(db: Database, store: FileStore, file: string): Promise<RestoreSummary> {
  const head = await startOf(file).catch((error: NodeJS.ErrnoException) => {
    throw new BackupFormatError(
      'unreadable',
      `Không đọc được tệp sao lưu ${path.basename(file)}: ${error.code ?? error.message}`,
      `Cannot read the backup file ${path.basename(file)}: ${error.code ?? error.message}`,
    );
  });
  if (isSqlDump(head.toString('utf8'))) {
    const { tables } = await restoreDatabase(db, await readFile(file, 'utf8'));
    return {
      format: 'sql',
      tables,
      files: 0,
      missingFiles: [],
      warning: {
        vi: 'Bản sao lưu .sql cũ chỉ có cơ sở dữ liệu, không có tệp đính kèm và ảnh: các tệp không còn trong kho sẽ không tải được',
        en: 'An old .sql backup holds the database only, not the attachments and photos: files missing from the store cannot be downloaded',
      },
    };
  }
  if (!head.subarray(0, 2).equals(GZIP_MAGIC)) {
    throw new BackupFormatError('not_a_backup', 'Tệp không phải bản sao lưu danvan', 'The file is not a danvan backup');
  }
  const current = await currentMigrations(db);
  await mkdir(path.dirname(store.root), { recursive: true });
  const staging = `${store.root}.restore-${randomBytes(4).toString('hex')}`;
  await mkdir(staging);
  try {
    const archive = await readArchive(file, staging, (manifest) => checkSchemaVersion(manifest.migrations, current));
    for (const entry of archive.manifest.files) await store.adopt(entry.sha256, path.join(staging, entry.sha256));
    const { tables } = await restoreDatabase(db, archive.sql);
    return {
      format: 'archive',
      tables,
      files: archive.manifest.files.length,
      missingFiles: archive.manifest.missingFiles,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

const ROTATING = /^danvan-(\d{8}-\d{6})\.(sql|tar\.gz)$/;

/** Writes a timestamped backup archive into `dir` and keeps the newest `keep` backups (old `.sql` ones count too). */
export async function writeRotatingBackup(
  db: Database,
  store: FileStore,
  dir: string,
  keep = 7,
): Promise<BackupSummary> {
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  const summary = await writeBackup(db, store, path.join(dir, `danvan-${stamp}.tar.gz`));
  const old = (await readdir(dir))
    .filter((name) => ROTATING.test(name))
    .sort((a, b) => (ROTATING.exec(b)?.[1] ?? '').localeCompare(ROTATING.exec(a)?.[1] ?? '') || b.localeCompare(a))
    .slice(keep);
  await Promise.all(old.map((name) => rm(path.join(dir, name))));
  return summary;
}
