import type { Database } from '../../db/client.js';
import { asSystem } from '../../db/scope.js';
import { AppError } from '../../http/errors.js';
import { countAttempt, forgiveAttempt, pruneThrottle, type ThrottleRules } from './login-throttle.repository.js';

/**
 * How sign-in attempts are slowed, so that guessing is slow and an attacker cannot lock anyone else out.
 * Every attempt is counted before its password is checked, in the database (shared by all server processes):
 *
 * - per (address, account) pair: 5 attempts, then each further one waits 5 s, 10 s, 20 s … up to 15 min.
 *   This is the attacker's own counter: it never touches the owner signing in from elsewhere.
 * - per address: 30 attempts over any accounts, then the same growing delay. It slows only that address
 *   (behind a reverse proxy, configure DANVAN_TRUST_PROXY so that address is the client's, not the proxy's).
 * - per account: 10 attempts from all addresses together, then the same growing delay, but only for addresses
 *   that have already failed on that account. An address with no failure on the account is always let through
 *   to the password check, so the owner's correct password from their usual machine is never refused because
 *   someone else is guessing; the price is that an attacker gets one guess per fresh address, which against a
 *   password that passed the strength check (auth/password-strength.ts) buys little.
 *
 * Nothing locks: every refusal says when to try again (Retry-After). A success resets its pair and gives
 * back the attempt to the address and account counters, so an office signing in each morning behind one
 * address never runs into the address limit.
 */
export const throttleLimits = { perPair: 5, perAddress: 30, perAccount: 10 };
export const throttleRules: ThrottleRules = { windowSeconds: 15 * 60, baseDelaySeconds: 5, maxDelaySeconds: 15 * 60 };

const keysOf = (username: string, ip: string) => ({
  address: `a:${ip}`,
  pair: `p:${ip}|${username}`,
  account: `u:${username}`,
});

/** A refused attempt: the route sends `retryAfterSeconds` as Retry-After. */
export class TooManyAttempts extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.ceil(retryAfterSeconds / 60);
    const wait =
      retryAfterSeconds < 60
        ? { vi: `${retryAfterSeconds} giây`, en: `${retryAfterSeconds} seconds` }
        : { vi: `${minutes} phút`, en: `${minutes} minutes` };
    super(429, 'too_many_attempts', {
      vi: `Đăng nhập sai quá nhiều lần, vui lòng thử lại sau ${wait.vi}`,
      en: `Too many failed sign-ins, try again in ${wait.en}`,
    });
  }
}

export type Admission = { admitted: true } | { admitted: false; retryAfterSeconds: number };

/**
 * Counts the attempt and says whether its password may be checked. The keys are counted one after the other,
 * each only if the one before let the attempt through: an attacker's refused attempts never use up the
 * address's or the account's allowance, and the account, the one counter shared with its owner, is counted
 * last. The keys are always locked in this order (pair, address, account), so attempts cannot deadlock.
 */
export async function admitLogin(db: Database, username: string, ip: string): Promise<Admission> {
  const keys = keysOf(username, ip);
  return asSystem(db, async (sql) => {
    const pair = await countAttempt(sql, { key: keys.pair, allowance: throttleLimits.perPair }, throttleRules);
    if (!pair.admitted) return refused(pair.waitSeconds);
    const address = await countAttempt(sql, { key: keys.address, allowance: throttleLimits.perAddress }, throttleRules);
    if (!address.admitted) return refused(address.waitSeconds);
    const account = await countAttempt(sql, { key: keys.account, allowance: throttleLimits.perAccount }, throttleRules);
    // The pair's first counted attempt: this address has not failed on the account, so the account's limit
    // does not hold it up (the attempt still counts towards it).
    if (!account.admitted && pair.attempts > 1) return refused(account.waitSeconds);
    return { admitted: true };
  });
}

const refused = (waitSeconds: number): Admission => ({ admitted: false, retryAfterSeconds: Math.max(1, waitSeconds) });

/** The password was right: the pair starts over and the attempt is not held against the address or the account. */
export async function forgiveLogin(db: Database, username: string, ip: string): Promise<void> {
  const keys = keysOf(username, ip);
  await asSystem(db, (sql) => forgiveAttempt(sql, keys.pair, [keys.address, keys.account]));
}

/** After a failure: drops counters idle for a day. */
export async function pruneLoginThrottle(db: Database): Promise<void> {
  await asSystem(db, pruneThrottle);
}
