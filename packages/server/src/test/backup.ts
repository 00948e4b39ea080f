// Helpers of the backup tests: what a restore must bring back (every table's rows, every stored file),
// and reading and rewriting a backup archive's entries to make damaged ones.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { extract as tarExtract, pack as tarPack } from 'tar-stream';
import type { TestApp } from './harness.js';

/** Every table's row count and digest, read as the owner (so reading leaves no trace); not the registers' version, which the restore's own writes move. */
export async function tableContents(t: TestApp) {
  const tables = await t.ownerQuery<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('schema_migrations', 'schema_functions', 'sessions', 'login_throttle', 'register_stamp')
      ORDER BY table_name`,
  );
  const contents: Record<string, { rows: number; md5: string | null }> = {};
  for (const { name } of tables) {
    [contents[name]] = await t.ownerQuery<{ rows: number; md5: string | null }>(
      `SELECT count(*)::int AS rows, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS md5 FROM "${name}" t`,
    );
  }
  return contents;
}

/** Every file under a folder, by relative path, with the sha256 of its content. */
export async function folderContents(root: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  const names = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  for (const entry of names) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(root, full)] = createHash('sha256')
      .update(await readFile(full))
      .digest('hex');
  }
  return out;
}

export interface ArchiveEntry {
  name: string;
  content: Buffer;
}

export async function readEntries(file: string): Promise<ArchiveEntry[]> {
  const extract = tarExtract();
  const feeding = pipeline(createReadStream(file), createGunzip(), extract);
  const entries: ArchiveEntry[] = [];
  for await (const entry of extract) {
    const chunks: Buffer[] = [];
    for await (const chunk of entry) chunks.push(chunk as Buffer);
    entries.push({ name: entry.header.name, content: Buffer.concat(chunks) });
  }
  await feeding;
  return entries;
}

export async function writeEntries(file: string, entries: ArchiveEntry[]): Promise<void> {
  const archive = tarPack();
  const written = pipeline(archive, createGzip(), createWriteStream(file));
  for (const entry of entries) archive.entry({ name: entry.name }, entry.content);
  archive.finalize();
  await written;
}
