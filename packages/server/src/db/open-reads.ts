import type pg from 'pg';

/** How long a connection may wait in the pool inside a finished read-only transaction before it is ended anyway. */
const IDLE_END_MS = 20;

/**
 * PostgreSQL connections back in the pool with a finished read-only transaction not yet ended. Ending it on its own
 * costs a write to PostgreSQL's socket and a wakeup of its backend (each ~150 µs of CPU on a small virtual machine,
 * on both sides) for nothing to keep: the transaction could not write. So its ROLLBACK travels with the connection's
 * next statement, in the same write, or goes alone once the connection has been idle a moment, so that no snapshot
 * is held for long.
 */
export class OpenReads {
  private readonly open = new Map<pg.PoolClient, NodeJS.Timeout>();

  /** `client` goes back to the pool inside its finished read-only transaction. */
  leave(client: pg.PoolClient): void {
    const timer = setTimeout(() => {
      this.open.delete(client);
      client.query('ROLLBACK').catch(() => undefined);
    }, IDLE_END_MS);
    timer.unref();
    this.open.set(client, timer);
  }

  /** Whether `client`, just taken from the pool, must first end a transaction (its user now sends the ROLLBACK). */
  take(client: pg.PoolClient): boolean {
    const timer = this.open.get(client);
    if (timer === undefined) return false;
    clearTimeout(timer);
    this.open.delete(client);
    return true;
  }

  /** Ends them all now: the pool is closing. */
  async endAll(): Promise<void> {
    const clients = [...this.open.keys()].filter((client) => this.take(client));
    await Promise.all(clients.map((client) => client.query('ROLLBACK').catch(() => undefined)));
  }
}
