import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /**
   * The address people open, when one is fixed (`https://danvan.example.vn`): its origin is accepted for
   * changes besides the request's own host, and https makes the session cookie Secure (DANVAN_PUBLIC_URL).
   */
  publicUrl: string | undefined;
  /**
   * Which proxies may tell the client's address in X-Forwarded-For (Fastify's `trustProxy`): false (the
   * default: the header is ignored, the peer's address is the client's), a hop count, or addresses and CIDRs.
   */
  trustProxy: false | number | string[];
  /** Folder with the official administrative-unit lists (shared/data/vn-admin-units). */
  referenceDataDir: string;
  /** Reading attachments' text in the background (modules/documents/attachment-extraction.ts). */
  extraction: ExtractionConfig;
  /** Answers say what they cost the database in a Server-Timing header (DANVAN_SERVER_TIMING=1, for benchmarks). */
  serverTiming?: boolean;
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

function publicUrlFromEnv(): string | undefined {
  const raw = process.env.DANVAN_PUBLIC_URL?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`DANVAN_PUBLIC_URL must be an address such as https://danvan.example.vn, got "${raw}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`DANVAN_PUBLIC_URL must start with https:// or http://, got "${raw}"`);
  }
  return url.toString();
}

/**
 * `DANVAN_TRUST_PROXY`: a comma-separated list of proxy addresses and CIDRs (`127.0.0.1`, `10.0.0.0/8,::1`),
 * or a hop count (`1`) when the server can be reached only through the proxies (a client that reaches it
 * directly could otherwise name any address). Unset, X-Forwarded-For is ignored: anyone could write it, and
 * the sign-in throttle counts per address.
 */
export function trustProxyFromEnv(raw: string | undefined): Config['trustProxy'] {
  const value = raw?.trim();
  if (!value) return false;
  if (/^\d+$/.test(value)) return Number.parseInt(value, 10);
  const entries = value.split(',').map((entry) => entry.trim());
  const malformed = entries.find((entry) => !/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(entry));
  if (malformed !== undefined) {
    throw new Error(`DANVAN_TRUST_PROXY must be a hop count or addresses/CIDRs separated by commas, got "${raw}"`);
  }
  return entries;
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
    publicUrl: publicUrlFromEnv(),
    trustProxy: trustProxyFromEnv(process.env.DANVAN_TRUST_PROXY),
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
    serverTiming: process.env.DANVAN_SERVER_TIMING === '1',
  };
}
