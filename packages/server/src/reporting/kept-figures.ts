import type { Sql } from '../db/client.js';
import { readRegisterVersion } from './register-stamp.repository.js';

/**
 * What is computed from the registers, kept in the database's cache (Sql.cache) with the registers' version it
 * was computed at (readRegisterVersion) and used only while that is still the version read. The key must name
 * everything else the value depends on, the reader's scope first: row-level security makes the same query count
 * differently in another scope. Kept values are shared by requests and frozen: callers never change them.
 */
export interface RegisterReading {
  sql: Sql;
  version: string;
  scope: string;
}

interface Kept {
  version: string;
  value: unknown;
}

const PREFIX = 'registers:';

/** Objects and arrays frozen all through (a Map's entries cannot be): a request that changed a kept value would throw. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    const inner = value instanceof Map ? [...value.values()] : Object.values(value);
    for (const item of inner) deepFreeze(item);
  }
  return value;
}
const KEPT = 500;

export async function keptWhileRegistersUnchanged<T>(
  reading: RegisterReading,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  const { sql, version, scope } = reading;
  const cacheKey = `${PREFIX}${scope}|${key}`;
  const kept = sql.cache?.get(cacheKey) as Kept | undefined;
  if (kept?.version === version) return kept.value as T;
  const value = deepFreeze(await compute());
  if (sql.cache) {
    const cache = sql.cache;
    // Map order is insertion order: set again, an entry becomes the newest, and the oldest goes first.
    cache.delete(cacheKey);
    cache.set(cacheKey, { version, value } satisfies Kept);
    const keys = [...cache.keys()].filter((k) => k.startsWith(PREFIX));
    if (keys.length > KEPT) cache.delete(keys[0]);
  }
  return value;
}

/** The registers' version and the reader's scope, read once for the figures one use case computes. */
export async function registerReading(sql: Sql): Promise<RegisterReading> {
  return { sql, ...(await readRegisterVersion(sql)) };
}
