import { randomBytes } from 'node:crypto';
import type { Database } from '../../db/client.js';
import { AppError } from '../../http/errors.js';
import {
  appliedMigrations,
  dataColumns,
  emptyTablesStatement,
  insertRowsStatement,
  loadDump,
  readChunkAsJson,
  referencedFiles,
  restoreSequenceStatement,
  sequenceStates,
  snapshotIsolation,
} from './backup.repository.js';

/**
 * Every table but sessions, sign-in counters, the migrator's (schema_migrations, schema_functions) and the registers'
 * version (register_stamp: the restore's own writes move it, so no figure kept from before is used again), in the order
 * they are restored (parents before children). Attachment bytes live in `data/files` (content-addressed): the
 * backup archive (backup-archive.ts) carries the ones the records name beside this dump.
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
  'tasks',
  'task_updates',
  'task_attachments',
  'task_extensions',
  'award_types',
  'award_rule_versions',
  'commendation_people',
  'person_service_periods',
  'person_awards',
  'person_disciplines',
  'commendation_campaigns',
  'campaign_quotas',
  'nominations',
  'nomination_evidence',
  'commendation_decisions',
  'commendation_recipients',
  'conference_kinds',
  'conferences',
  'conference_bridge_points',
  'conference_invitees',
  'conference_attendees',
  'conference_agenda_items',
  'conference_files',
  'conference_conclusions',
];
const HEADER = '-- danvan backup v1';
const CHUNK = 5000;
// Row order of the dump; units parents first, since a moved unit may have a parent with a higher id in a later chunk.
const ORDER: Record<string, string> = { units: 'nlevel(path), id' };

export interface DatabaseDump {
  sql: string;
  migrations: string[];
  /** Rows per table. */
  rows: Record<string, number>;
  /** The stored files (sha256) the dumped records name, in the same snapshot. */
  files: string[];
}

/**
 * A logical dump: one consistent snapshot of every table as SQL that `restoreDatabase` (or
 * `psql -1 -f`) loads into a database migrated to the same version. Same format on both engines.
 */
export async function dumpDatabase(db: Database): Promise<DatabaseDump> {
  return db.transaction(async (sql) => {
    await snapshotIsolation(sql);
    const migrations = await appliedMigrations(sql);
    const tag = `$danvan_${randomBytes(6).toString('hex')}$`;
    const rows: Record<string, number> = {};
    const out: string[] = [
      HEADER,
      `-- engine: ${db.engine}`,
      `-- created: ${new Date().toISOString()}`,
      `-- migrations: ${migrations.join(',')}`,
      emptyTablesStatement([...TABLES].reverse()),
    ];
    for (const table of TABLES) {
      const columns = (await dataColumns(sql, table)).map((c) => `"${c}"`).join(', ');
      rows[table] = 0;
      for (let offset = 0; ; offset += CHUNK) {
        const chunk = await readChunkAsJson(sql, {
          table,
          columns,
          orderBy: ORDER[table] ?? '1',
          limit: CHUNK,
          offset,
        });
        if (!chunk) break;
        if (chunk.data.includes(tag)) throw new Error('backup quoting tag collides with data');
        out.push(insertRowsStatement(table, columns, `${tag}${chunk.data}${tag}`));
        rows[table] += chunk.rows;
      }
    }
    for (const state of await sequenceStates(sql)) out.push(restoreSequenceStatement(state));
    return { sql: `${out.join('\n')}\n`, migrations, rows, files: await referencedFiles(sql) };
  });
}

/** A backup that cannot be restored (nothing was changed), with the one-line reason in both languages. */
export class BackupFormatError extends AppError {
  constructor(code: string, vi: string, en: string) {
    super(422, code, { vi, en });
  }
}

export const isSqlDump = (text: string) => text.startsWith(HEADER);

/** The schema a backup was taken at must be the database's: names the newest migration of each side. */
export function checkSchemaVersion(backup: string[], current: string[]): void {
  if (backup.join(',') === current.join(',')) return;
  const newest = (list: string[]) => list.at(-1) ?? '(trống)';
  throw new BackupFormatError(
    'schema_mismatch',
    `Bản sao lưu thuộc phiên bản dữ liệu ${newest(backup)} (${backup.length} bước) nhưng cơ sở dữ liệu đang ở ${newest(current)} (${current.length} bước)`,
    `The backup is of schema version ${newest(backup)} (${backup.length} migrations) but the database is at ${newest(current)} (${current.length} migrations)`,
  );
}

export async function currentMigrations(db: Database): Promise<string[]> {
  return db.transaction(appliedMigrations);
}

/** Replaces all data with a dump's, in one transaction: on any error nothing changes. */
export async function restoreDatabase(db: Database, dump: string): Promise<{ tables: number }> {
  if (!isSqlDump(dump)) {
    throw new BackupFormatError('not_a_backup', 'Tệp không phải bản sao lưu danvan', 'The file is not a danvan backup');
  }
  const declared = /^-- migrations: (.*)$/m.exec(dump)?.[1] ?? '';
  await db.transaction(async (sql) => {
    checkSchemaVersion(declared ? declared.split(',') : [], await appliedMigrations(sql));
    try {
      await loadDump(sql, dump);
    } catch (error) {
      // The engine's message may quote the statement, which is the dump's data: keep only what went wrong.
      const message = error instanceof Error ? error.message : String(error);
      const reason = message
        .split('\n')[0]
        .replace(/ at or near .*/, '')
        .slice(0, 200);
      throw new BackupFormatError(
        'restore_failed',
        `Không nạp được dữ liệu của bản sao lưu, dữ liệu hiện có giữ nguyên: ${reason}`,
        `The backup's data could not be loaded, nothing was changed: ${reason}`,
      );
    }
  });
  return { tables: TABLES.length };
}
