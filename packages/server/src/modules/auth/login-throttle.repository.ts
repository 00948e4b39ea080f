import type { Sql } from '../../db/client.js';

export interface ThrottleKey {
  key: string;
  /** Attempts admitted freely before each one waits for the previous delay to pass. */
  allowance: number;
}

export interface ThrottleRules {
  /** A counter starts over once its last admitted attempt is this old and no delay is pending. */
  windowSeconds: number;
  /** The delay after the allowance is used up; it doubles with every further admitted attempt. */
  baseDelaySeconds: number;
  maxDelaySeconds: number;
}

export interface ThrottleVerdict {
  admitted: boolean;
  /** Admitted attempts counted on the key, this one included when it was admitted. */
  attempts: number;
  /** Seconds until the key admits again (0 when it would now). */
  waitSeconds: number;
}

/**
 * Counts one attempt on a key and returns its verdict, in one statement: concurrent attempts, from this
 * process or another, queue on the row's lock, so no more than the key allows are ever admitted.
 */
export async function countAttempt(sql: Sql, key: ThrottleKey, rules: ThrottleRules): Promise<ThrottleVerdict> {
  const { rows } = await sql.query<{ admitted: boolean; attempts: number; wait_seconds: number }>(
    `INSERT INTO login_throttle AS t (key, attempts, allowance, last_attempt_at, next_at, admitted)
     VALUES ($1, 1, $2, now(), CASE WHEN $2 = 1 THEN now() + make_interval(secs => $4) ELSE now() END, true)
     ON CONFLICT (key) DO UPDATE SET
       attempts = CASE
         WHEN t.last_attempt_at <= now() - make_interval(secs => $3) AND t.next_at <= now() THEN 1
         WHEN t.attempts < t.allowance OR t.next_at <= now() THEN t.attempts + 1
         ELSE t.attempts END,
       last_attempt_at = CASE WHEN t.attempts < t.allowance OR t.next_at <= now() THEN now() ELSE t.last_attempt_at END,
       next_at = CASE
         WHEN t.last_attempt_at <= now() - make_interval(secs => $3) AND t.next_at <= now() THEN excluded.next_at
         WHEN NOT (t.attempts < t.allowance OR t.next_at <= now()) THEN t.next_at
         WHEN t.attempts + 1 < t.allowance THEN t.next_at
         ELSE now() + make_interval(secs => least($5::float8, $4 * power(2, least(t.attempts + 1 - t.allowance, 30))))
         END,
       admitted = t.attempts < t.allowance OR t.next_at <= now(),
       allowance = excluded.allowance
     RETURNING admitted, attempts, greatest(0, extract(epoch FROM next_at - now()))::float8 AS wait_seconds`,
    [key.key, key.allowance, rules.windowSeconds, rules.baseDelaySeconds, rules.maxDelaySeconds],
  );
  const row = rows[0];
  return {
    admitted: row.admitted,
    attempts: row.attempts,
    waitSeconds: row.admitted ? 0 : Math.ceil(row.wait_seconds),
  };
}

/** A successful sign-in: the pair starts over, and the attempt it cost the other keys is given back. */
export async function forgiveAttempt(sql: Sql, pairKey: string, otherKeys: string[]): Promise<void> {
  await sql.query(`DELETE FROM login_throttle WHERE key = $1`, [pairKey]);
  await sql.query(`UPDATE login_throttle SET attempts = greatest(attempts - 1, 0) WHERE key = ANY($1::text[])`, [
    otherKeys,
  ]);
}

/** Counters idle for a day are of no use to anyone: keeps the table as small as the attacks of one day. */
export async function pruneThrottle(sql: Sql): Promise<void> {
  await sql.query(`DELETE FROM login_throttle WHERE last_attempt_at < now() - interval '1 day' AND next_at < now()`);
}
