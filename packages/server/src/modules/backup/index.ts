// The backup module's public surface: other modules, app.ts, the CLI, the demo and the bench use only this.
// It holds backups of the whole database and the file store it names (one archive), for the CLI and the server.
// Owns tables: none (it dumps and restores every table, as the database owner).

export {
  restoreBackup,
  writeBackup,
  writeRotatingBackup,
  type BackupSummary,
  type RestoreSummary,
} from './backup-archive.js';
export { BackupFormatError } from './backup.service.js';
