import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { roleSchema } from '@danvan/shared';
import { buildApp } from './app.js';
import type { Actor } from './auth/authorize.js';
import { passwordWeakness } from './auth/password-strength.js';
import { loadConfig, type Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { migrate } from './db/migrate.js';
import { asSystem } from './db/scope.js';
import { createAccountAsSystem, ROOT_UNIT_ID, seedDemo } from './demo/seed.js';
import { actorFor } from './modules/auth/index.js';
import { restoreBackup, writeBackup, writeRotatingBackup, type BackupSummary } from './modules/backup/index.js';
import { FileStore } from './files/file-store.js';
import { findFirstAdminUsername } from './modules/users/index.js';
import { gatherStatistics } from './db/statistics.js';
import { importDocumentRegister, readRegisterFile } from './modules/documents/index.js';
import { findOpenUnitsByCodes, loadImportRows, runImport } from './modules/units/index.js';
import { AppError } from './http/errors.js';

const usage = `danvan <command> [options]

  serve                     start the server (API + web app) on PORT (default 3000)
  demo                      like serve, loading the demo province on first start
  migrate                   apply database migrations
  create-user               --username U --password P --full-name "Tên" [--role admin] [--unit CODE]
  import-units <source>     source: a .json/.csv file, reference:post2025 or reference:pre2025
                            [--parent CODE] [--as USERNAME] [--dry-run]
  import-documents <file>   register an outgoing-document register (sổ văn bản đi) from .xlsx
                            --unit CODE [--as USERNAME] [--dry-run]; every row or none
  backup [file]             write a backup archive of the database and its files
                            (default: ./data/backups/danvan-<time>.tar.gz)
  restore <file>            replace all data and add the files of a backup (.tar.gz; an old .sql
                            restores the database only); checks every checksum first

Environment: DATABASE_URL (PostgreSQL; default: embedded PGlite under DANVAN_DATA, ./data), PORT.`;

async function open(config: Config): Promise<Database> {
  const db = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const applied = await migrate(db);
  if (applied.length) console.log(`migrations applied: ${applied.join(', ')}`);
  return db;
}

async function serve(config: Config, options: { demo: boolean }): Promise<void> {
  const db = await open(config);
  if (options.demo && (await seedDemo(db)))
    console.log('demo data loaded (accounts: see README, password danvan-demo)');
  const app = await buildApp({ db, config, logger: true, serveWeb: true });
  let backupTimer: NodeJS.Timeout | undefined;
  if (db.engine === 'pglite') {
    // The embedded engine never fsyncs: keep rotating dumps so an OS crash loses at most a day.
    // It has no autovacuum either: the planner's statistics are gathered with each dump, off the start's path.
    const backupDir = path.join(config.dataDir, 'backups');
    const backup = () =>
      writeRotatingBackup(db, fileStore(config), backupDir).then(
        (summary) =>
          summary.missingFiles.length
            ? app.log.warn(summary, 'automatic backup written, but records name files missing from the store')
            : app.log.info(summary, 'automatic backup written'),
        (err: unknown) => app.log.error({ err }, 'automatic backup failed'),
      );
    const daily = () =>
      gatherStatistics(db)
        .catch((err: unknown) => app.log.error({ err }, 'gathering statistics failed'))
        .then(backup);
    void daily();
    backupTimer = setInterval(daily, 24 * 3_600_000);
    backupTimer.unref();
  }
  const shutdown = async () => {
    clearInterval(backupTimer);
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  await app.listen({ port: config.port, host: config.host });
  console.log(
    `danvan: http://localhost:${config.port} (database: ${db.engine}${db.engine === 'pglite' ? `, ${path.join(config.dataDir, 'db')}` : ''})`,
  );
}

async function unitIdByCode(db: Database, code: string): Promise<number> {
  const [unit] = await asSystem(db, (sql) => findOpenUnitsByCodes(sql, [code]));
  if (!unit) throw new Error(`no open unit with code ${code}`);
  return unit.id;
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      username: { type: 'string' },
      password: { type: 'string' },
      'full-name': { type: 'string' },
      role: { type: 'string', default: 'admin' },
      unit: { type: 'string' },
      parent: { type: 'string' },
      as: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      dev: { type: 'boolean', default: false },
    },
  });
  const config = loadConfig();
  switch (command) {
    case 'serve':
      return serve(config, { demo: false });
    case 'demo':
      return serve(config, { demo: true });
    case 'migrate': {
      const db = await open(config);
      await db.close();
      console.log('database is up to date');
      return;
    }
    case 'create-user': {
      if (!values.username || !values.password) throw new Error('create-user needs --username and --password');
      const fullName = values['full-name'] ?? values.username;
      const weakness = await passwordWeakness(values.password, [values.username, fullName]);
      if (weakness) throw new Error(`${weakness.vi}\n${weakness.en}`);
      const role = roleSchema.parse(values.role);
      const db = await open(config);
      const unitId = values.unit ? await unitIdByCode(db, values.unit) : ROOT_UNIT_ID;
      const id = await createAccountAsSystem(db, {
        username: values.username.toLowerCase(),
        fullName,
        password: values.password,
        role,
        unitId,
      });
      await db.close();
      console.log(`user ${values.username} created (id ${id}, role ${role})`);
      return;
    }
    case 'import-units': {
      const sourceArg = positionals[0];
      if (!sourceArg) throw new Error('import-units needs a file or reference:post2025 / reference:pre2025');
      const db = await open(config);
      const actor = await resolveImportActor(db, values.as);
      const parentId = values.parent ? await unitIdByCode(db, values.parent) : actor.scopeUnitId;
      const reference = sourceArg === 'reference:post2025' || sourceArg === 'reference:pre2025' ? sourceArg : null;
      const rows = await loadImportRows(
        {
          parentId,
          source: reference ?? 'file',
          content: reference ? undefined : await readFile(sourceArg, 'utf8'),
          dryRun: values['dry-run'] ?? false,
        },
        config.referenceDataDir,
      );
      console.log(`${rows.length} rows read`);
      try {
        const summary = await runImport(
          db,
          actor,
          parentId,
          rows,
          reference ?? path.basename(sourceArg),
          null,
          (phase, processed, total) => {
            process.stdout.write(`\r${phase}: ${processed}/${total}`);
          },
        );
        process.stdout.write('\n');
        console.log(
          `created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, rejected 0`,
        );
      } catch (error) {
        if (error instanceof AppError && error.code === 'import_rejected') {
          console.error(`${error.messages.en}:`);
          for (const field of error.fields ?? []) console.error(`  ${field.path}: ${field.en} (${field.vi})`);
          process.exitCode = 1;
        } else throw error;
      } finally {
        await db.close();
      }
      return;
    }
    case 'import-documents':
      return importDocumentsCommand(config, positionals[0], {
        unit: values.unit,
        as: values.as,
        dryRun: values['dry-run'] ?? false,
      });
    case 'backup':
      return backupCommand(config, positionals[0]);
    case 'restore':
      return restoreCommand(config, positionals[0]);
    default:
      console.log(usage);
      if (command && command !== 'help' && command !== '--help') process.exitCode = 1;
  }
}

const fileStore = (config: Config) => new FileStore(path.join(config.dataDir, 'files'));

function warnMissingFiles(missing: string[]): void {
  if (!missing.length) return;
  console.error(
    `warning: ${missing.length} file(s) named by records are not in the file store and not in the backup, e.g. ${missing[0]} (Cảnh báo: ${missing.length} tệp không có trong kho và không có trong bản sao lưu)`,
  );
}

async function backupCommand(config: Config, file: string | undefined): Promise<void> {
  const db = await open(config);
  try {
    const summary: BackupSummary = file
      ? await writeBackup(db, fileStore(config), file)
      : await writeRotatingBackup(db, fileStore(config), path.join(config.dataDir, 'backups'), Number.MAX_SAFE_INTEGER);
    console.log(
      `backup written: ${summary.file} (${summary.tables} tables, ${summary.rows} rows, ${summary.files} files, ${summary.bytes} bytes)`,
    );
    warnMissingFiles(summary.missingFiles);
  } finally {
    await db.close();
  }
}

async function restoreCommand(config: Config, file: string | undefined): Promise<void> {
  if (!file) throw new Error('restore needs a backup file');
  const db = await open(config);
  try {
    const summary = await restoreBackup(db, fileStore(config), file);
    if (summary.warning) console.error(`warning: ${summary.warning.en} (${summary.warning.vi})`);
    warnMissingFiles(summary.missingFiles);
    console.log(`restored from ${file} (${summary.tables} tables, ${summary.files} files)`);
  } finally {
    await db.close();
  }
}

/** `import-documents`: checks the file like the web's dry run, then (unless --dry-run) registers every row or none. */
async function importDocumentsCommand(
  config: Config,
  file: string | undefined,
  options: { unit?: string; as?: string; dryRun: boolean },
): Promise<void> {
  if (!file) throw new Error('import-documents needs an .xlsx file');
  if (!options.unit) throw new Error('import-documents needs --unit CODE (the unit whose register it is)');
  const db = await open(config);
  try {
    const actor = await resolveImportActor(db, options.as);
    const unitId = await unitIdByCode(db, options.unit);
    const sheet = await readRegisterFile(await readFile(file));
    console.log(`${sheet.rows.length} rows read`);
    const result = await importDocumentRegister(db, actor, {
      unitId,
      fileName: path.basename(file),
      sheet,
      dryRun: options.dryRun,
      ip: null,
      onProgress: (phase, processed, total) =>
        process.stdout.write(`\r${phase}: ${processed}/${total}${processed === total ? '\n' : ''}`),
    });
    for (const row of result.rows) {
      for (const problem of row.problems)
        console.error(`  row ${row.row}, ${problem.column} (${problem.cell}): ${problem.en} (${problem.vi})`);
    }
    console.log(
      `${result.unitName}: ${result.total} rows, ${result.valid} valid, ${result.rejected} rejected, ${result.imported} imported${options.dryRun ? ' (dry run: nothing written)' : ''}`,
    );
    if (result.rejected > 0) process.exitCode = 1;
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'import_rejected')) throw error;
    console.error(`${error.messages.en}:`);
    for (const field of error.fields ?? []) console.error(`  ${field.path}: ${field.en} (${field.vi})`);
    process.exitCode = 1;
  } finally {
    await db.close();
  }
}

/** The CLI acts as an existing admin account so imports are attributed and scoped like any other. */
async function resolveImportActor(db: Database, username: string | undefined): Promise<Actor> {
  const name = username ?? (await asSystem(db, findFirstAdminUsername));
  const actor = name ? await actorFor(db, name) : null;
  if (!actor) throw new Error('no admin account: run `danvan create-user` first, or pass --as USERNAME');
  return actor;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  // One line: an engine's message may quote a whole statement (a restore's is the backup itself).
  const message =
    error instanceof AppError
      ? `${error.messages.en} (${error.messages.vi})`
      : (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 500);
  console.error(message);
  process.exit(1);
});
