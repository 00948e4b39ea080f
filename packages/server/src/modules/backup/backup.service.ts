import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../../db/client.js';
import {
  appliedMigrations,
  identityColumns,
  dataColumns,
  emptyTablesStatement,
  insertRowsStatement,
  loadDump,
  readChunkAsJson,
  resetSequenceStatement,
  snapshotIsolation,
} from './backup.repository.js';

/**
 * Every table but sessions, sign-in counters and the migrator's (schema_migrations, schema_functions), in the order they
 * are restored (parents before children). Attachment bytes live in `data/files` (content-addressed) and
 * are copied with that folder.
 */
const TABLES = [
  'unit_types',
  'units',
  'users',
  'unit_events',
  'audit_log',
  'indicators',
  'reporting_rounds',
  'reports',
  'report_values',
  'report_versions',
  'rollup_slots',
  'rollup_periods',
  'document_words',
  'documents',
  'document_attachments',
  'movement_kinds',
  'movements',
  'movement_participants',
  'models',
  'model_evaluations',
  'model_photos',
  'member_counts',
  'democracy_checklist_items',
  'democracy_assessments',
  'democracy_entries',
  'democracy_attachments',
];
const HEADER = '-- danvan backup v1';
const CHUNK = 5000;
// Row order of the dump; units parents first, since a moved unit may have a parent with a higher id in a later chunk.
const ORDER: Record<string, string> = { units: 'nlevel(path), id' };

/**
 * A logical dump: one consistent snapshot of every table as SQL that `restoreDatabase` (or
 * `psql -1 -f`) loads into a database migrated to the same version. Same format on both engines.
 */
export async function dumpDatabase(db: Database): Promise<string> {
  return db.transaction(async (sql) => {
    await snapshotIsolation(sql);
    const migrations = await appliedMigrations(sql);
    const tag = `$danvan_${randomBytes(6).toString('hex')}$`;
    const out: string[] = [
      HEADER,
      `-- engine: ${db.engine}`,
      `-- created: ${new Date().toISOString()}`,
      `-- migrations: ${migrations.join(',')}`,
      emptyTablesStatement([...TABLES].reverse()),
    ];
    for (const table of TABLES) {
      const columns = (await dataColumns(sql, table)).map((c) => `"${c}"`).join(', ');
      for (let offset = 0; ; offset += CHUNK) {
        const data = await readChunkAsJson(sql, { table, columns, orderBy: ORDER[table] ?? '1', limit: CHUNK, offset });
        if (!data) break;
        if (data.includes(tag)) throw new Error('backup quoting tag collides with data');
        out.push(insertRowsStatement(table, columns, `${tag}${data}${tag}`));
      }
    }
    for (const table of TABLES) {
      for (const column of await identityColumns(sql, table)) {
        out.push(resetSequenceStatement(table, column));
      }
    }
    return `${out.join('\n')}\n`;
  });
}

export class BackupFormatError extends Error {}

/** Replaces all data with a dump's, in one transaction: on any error nothing changes. */
export async function restoreDatabase(db: Database, dump: string): Promise<{ tables: number }> {
  if (!dump.startsWith(HEADER)) throw new BackupFormatError('not a danvan backup file');
  const declared = /^-- migrations: (.*)$/m.exec(dump)?.[1] ?? '';
  await db.transaction(async (sql) => {
    const current = (await appliedMigrations(sql)).join(',');
    if (declared !== current) {
      throw new BackupFormatError(`backup is of schema version [${declared}] but the database is at [${current}]`);
    }
    await loadDump(sql, dump);
  });
  return { tables: TABLES.length };
}

/** Writes a timestamped backup into `dir` and keeps the newest `keep` files. */
export async function writeRotatingBackup(db: Database, dir: string, keep = 7): Promise<string> {
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
  const file = path.join(dir, `danvan-${stamp}.sql`);
  await writeFile(file, await dumpDatabase(db));
  const old = (await readdir(dir))
    .filter((name) => /^danvan-\d{8}-\d{6}\.sql$/.test(name))
    .sort()
    .reverse()
    .slice(keep);
  await Promise.all(old.map((name) => rm(path.join(dir, name))));
  return file;
}
