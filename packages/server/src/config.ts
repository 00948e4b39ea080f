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
   * Fastify's `trustProxy` (DANVAN_TRUST_PROXY): which reverse proxies' X-Forwarded-For/-Proto/-Host to believe:
   * addresses or CIDRs separated by commas, a hop count, or `true` for any; false (unset) believes none.
   */
  trustProxy: boolean | number | string;
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

function trustProxyFromEnv(): boolean | number | string {
  const raw = process.env.DANVAN_TRUST_PROXY?.trim();
  if (!raw || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
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
    trustProxy: trustProxyFromEnv(),
    referenceDataDir: path.resolve(
      process.env.DANVAN_REFERENCE_DATA ?? path.join(repoRoot, '../shared/data/vn-admin-units'),
    ),
  };
}
