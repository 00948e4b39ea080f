// The backup module's public surface: other modules, app.ts, the CLI, the demo and the bench use only this.
// It holds backups of the whole database for the CLI.
// Owns tables: none (it dumps and restores every table, as the database owner).

export { dumpDatabase, restoreDatabase, writeRotatingBackup } from './backup.service.js';
