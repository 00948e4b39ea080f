import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Folder with the official administrative-unit lists (shared/data/vn-admin-units). */
  referenceDataDir: string;
}

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (!raw) return fallback;
  const value = Number.parseInt(raw, 10);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

export function loadConfig(): Config {
  const repoRoot = path.resolve(import.meta.dirname, '../../..');
  return {
    port: intFromEnv('PORT', 3000),
    host: process.env.HOST ?? '0.0.0.0',
    dataDir: path.resolve(process.env.DANVAN_DATA ?? './data'),
    databaseUrl: process.env.DATABASE_URL || undefined,
    sessionIdleMinutes: intFromEnv('DANVAN_SESSION_IDLE_MINUTES', 120),
    sessionAbsoluteHours: intFromEnv('DANVAN_SESSION_ABSOLUTE_HOURS', 12),
    referenceDataDir: path.resolve(
      process.env.DANVAN_REFERENCE_DATA ?? path.join(repoRoot, '../shared/data/vn-admin-units'),
    ),
  };
}
