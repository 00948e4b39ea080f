// What the benchmarks share: a scratch PostgreSQL database that is dropped however the run ends,
// the cleanups that run last-in first-out, and median/p95.
import process, { env } from 'node:process';
import pg from 'pg';

export type Cleanup = () => Promise<void>;

/** Runs the cleanups newest first (connections close before the database they use is dropped). */
export async function runCleanups(
  cleanups: Cleanup[],
  onError: (error: Error) => void = () => undefined,
): Promise<void> {
  while (cleanups.length) await (cleanups.pop() as Cleanup)().catch(onError);
}

/** On SIGINT or SIGTERM: say so, run the cleanups once and exit 130. Returns whether that has begun. */
export function cleanUpOnSignals(cleanups: Cleanup[], log: (line: string) => void, what: string): () => boolean {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log(`\n${signal}: stopping; ${what}`);
      void runCleanups(cleanups).then(() => process.exit(130));
    });
  }
  return () => stopping;
}

/**
 * Creates the scratch database `name` on the server (dropping a leftover of the same name) and
 * registers its drop, or keeps it under BENCH_KEEP_DB=1. Returns its address, or null (noted) when
 * the server cannot be reached.
 */
export async function scratchPostgres(args: {
  serverUrl: string;
  name: string;
  log: (line: string) => void;
  notes: string[];
  cleanups: Cleanup[];
}): Promise<string | null> {
  const { serverUrl, name, log } = args;
  const admin = new pg.Client({ connectionString: serverUrl });
  try {
    await admin.connect();
  } catch (error) {
    const note = `postgres skipped: cannot connect to ${serverUrl} (${(error as Error).message})`;
    args.notes.push(note);
    log(`  ${note}`);
    return null;
  }
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  const version = (await admin.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
  log(`  PostgreSQL ${version}, scratch database ${name}`);
  args.cleanups.push(async () => {
    if (env.BENCH_KEEP_DB === '1') log(`  kept database ${name} (BENCH_KEEP_DB=1): drop it with DROP DATABASE ${name}`);
    else
      await admin
        .query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        .catch((e: Error) => log(`  could not drop ${name}: ${e.message}`));
    await admin.end();
  });
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Median and 95th percentile of timings. */
export function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)] : (sorted[mid - 1] + sorted[mid]) / 2;
  const p95 = sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)];
  return { median, p95 };
}
