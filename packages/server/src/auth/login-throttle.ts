/**
 * Counts failed logins per account and per IP address in a sliding window.
 * In memory: one process serves a deployment (docs/design/ARCHITECTURE.md), and a restart forgetting counts is acceptable.
 */
export class LoginThrottle {
  private failures = new Map<string, number[]>();

  constructor(private readonly options = { perAccount: 5, perIp: 30, windowMs: 15 * 60_000 }) {}

  /** Seconds until the next attempt is allowed, or 0. */
  retryAfter(username: string, ip: string, now = Date.now()): number {
    const account = this.recent(`u:${username}`, now);
    const address = this.recent(`ip:${ip}`, now);
    const blockedBy = [
      account.length >= this.options.perAccount ? account[account.length - this.options.perAccount] : undefined,
      address.length >= this.options.perIp ? address[address.length - this.options.perIp] : undefined,
    ].filter((t): t is number => t !== undefined);
    if (blockedBy.length === 0) return 0;
    return Math.ceil((Math.max(...blockedBy) + this.options.windowMs - now) / 1000);
  }

  recordFailure(username: string, ip: string, now = Date.now()): void {
    for (const key of [`u:${username}`, `ip:${ip}`]) this.failures.set(key, [...this.recent(key, now), now]);
  }

  recordSuccess(username: string): void {
    this.failures.delete(`u:${username}`);
  }

  private recent(key: string, now: number): number[] {
    return (this.failures.get(key) ?? []).filter((t) => now - t < this.options.windowMs);
  }
}
