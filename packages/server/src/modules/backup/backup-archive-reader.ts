import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { extract as tarExtract } from 'tar-stream';
import { ARCHIVE_VERSION, backupManifest, fileEntryName, type BackupManifest } from './backup-manifest.js';
import { BackupFormatError } from './backup.service.js';

// The manifest and the dump are held in memory; a manifest this large is not one of ours.
const MANIFEST_LIMIT = 64 * 1024 * 1024;

const notABackup = (why: string, reasonVi: string) =>
  new BackupFormatError(
    'not_a_backup',
    `Tệp không phải bản sao lưu danvan (${reasonVi})`,
    `The file is not a danvan backup (${why})`,
  );

const damaged = (why: string, reasonVi: string) =>
  new BackupFormatError(
    'damaged_archive',
    `Bản sao lưu bị cắt cụt hoặc hỏng (${reasonVi}), dữ liệu không thay đổi`,
    `The backup archive is truncated or damaged (${why}), nothing was changed`,
  );

const checksumMismatch = (name: string) =>
  new BackupFormatError(
    'checksum_mismatch',
    `Sai mã kiểm tra (sha256) của ${name} trong bản sao lưu, dữ liệu không thay đổi`,
    `Checksum (sha256) mismatch of ${name} in the backup, nothing was changed`,
  );

/** An entry's name as it may appear in a one-line message: printable, short. */
const printable = (name: string) => JSON.stringify(name.replace(/[^\x20-\x7e]/g, '?').slice(0, 80));

async function readAll(stream: AsyncIterable<unknown>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream) {
    length += (chunk as Buffer).length;
    if (length > limit) throw damaged('an entry is too large', 'một mục quá lớn');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const sha256Of = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/**
 * Reads a backup archive into memory (manifest, dump) and `staging` (files, named by sha256), verifying
 * every checksum and size against the manifest and that nothing is missing or extra. `accept` judges the
 * manifest (its schema version) before the rest is read. Throws a one-line BackupFormatError otherwise.
 */
export async function readArchive(
  file: string,
  staging: string,
  accept: (manifest: BackupManifest) => void,
): Promise<{ manifest: BackupManifest; sql: string }> {
  const extract = tarExtract();
  const feeding = pipeline(createReadStream(file), createGunzip(), extract);
  // Its failure is the loop's too (a destroyed extract ends the loop with the error); read it from there.
  feeding.catch(() => undefined);
  let manifest: BackupManifest | null = null;
  let sql: string | null = null;
  const expected = new Map<string, { sha256: string; bytes: number }>();
  try {
    for await (const entry of extract) {
      const name = entry.header.name;
      if (!manifest) {
        if (name !== 'manifest.json') throw notABackup('no manifest.json first', 'thiếu manifest.json ở đầu');
        manifest = parseManifest(await readAll(entry, MANIFEST_LIMIT));
        accept(manifest);
        for (const listed of manifest.files) expected.set(fileEntryName(listed.sha256), listed);
        continue;
      }
      if (name === 'dump.sql' && sql === null) {
        const content = await readAll(entry, Number.MAX_SAFE_INTEGER);
        if (content.length !== manifest.dump.bytes || sha256Of(content) !== manifest.dump.sha256)
          throw checksumMismatch('dump.sql');
        sql = content.toString('utf8');
        continue;
      }
      const listed = expected.get(name);
      if (!listed) throw damaged(`unexpected entry ${printable(name)}`, `mục lạ ${printable(name)}`);
      expected.delete(name);
      const hash = createHash('sha256');
      let size = 0;
      const tap = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          done(null, chunk);
        },
      });
      await pipeline(entry, tap, createWriteStream(path.join(staging, listed.sha256), { flags: 'wx' }));
      if (size !== listed.bytes || hash.digest('hex') !== listed.sha256) throw checksumMismatch(name);
    }
    await feeding;
  } catch (error) {
    if (error instanceof BackupFormatError) throw error;
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 120);
    const cutShort = (error as NodeJS.ErrnoException).code === 'Z_BUF_ERROR' || /unexpected end/i.test(reason);
    if (!manifest && !cutShort) throw notABackup(reason, reason);
    throw damaged(reason, reason);
  }
  if (!manifest) throw notABackup('empty archive', 'tệp nén rỗng');
  if (sql === null) throw damaged('dump.sql is missing', 'thiếu dump.sql');
  const [absent] = expected.keys();
  if (absent) throw damaged(`${absent} is missing`, `thiếu ${absent}`);
  return { manifest, sql };
}

function parseManifest(content: Buffer): BackupManifest {
  let json: unknown;
  try {
    json = JSON.parse(content.toString('utf8'));
  } catch {
    throw notABackup('manifest.json is not JSON', 'manifest.json không phải JSON');
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== 'danvan-backup')
    throw notABackup("manifest.json is not danvan's", 'manifest.json không phải của danvan');
  const version = (json as { version?: unknown }).version;
  if (version !== ARCHIVE_VERSION) {
    throw new BackupFormatError(
      'unsupported_version',
      `Bản sao lưu có định dạng phiên bản ${String(version).slice(0, 20)}, phần mềm này đọc phiên bản ${ARCHIVE_VERSION}`,
      `The backup's format version is ${String(version).slice(0, 20)}, this software reads version ${ARCHIVE_VERSION}`,
    );
  }
  const parsed = backupManifest.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    throw damaged(`manifest.json: ${where} is invalid`, `manifest.json: ${where} không hợp lệ`);
  }
  return parsed.data;
}
