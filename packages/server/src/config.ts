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
  /** Reading attachments' text in the background (modules/documents/attachment-extraction.ts). */
  extraction: ExtractionConfig;
}

export interface ExtractionConfig {
  /** Extractions at a time, each a worker thread: one keeps a core free for requests on a 2-core server. */
  workers: number;
  /** Wall time of one file's extraction; the worker is stopped past it and the file marked failed. */
  timeoutMs: number;
  /** Heap of one extraction worker; the process may grow twice that while it runs. */
  memoryMb: number;
  /** PDF pages read; past them the text is partial. */
  maxPages: number;
  /** Characters kept of one file's text (search reads the first 500,000 of a document's). */
  maxChars: number;
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
    extraction: {
      workers: intFromEnv('DANVAN_EXTRACT_WORKERS', 1),
      timeoutMs: intFromEnv('DANVAN_EXTRACT_TIMEOUT_SECONDS', 60) * 1000,
      memoryMb: intFromEnv('DANVAN_EXTRACT_MEMORY_MB', 512),
      maxPages: intFromEnv('DANVAN_EXTRACT_MAX_PAGES', 500),
      maxChars: 500_000,
    },
  };
}
