import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The database work of one request (or one background job). Waiting transactions are started in two
 * classes: first the first transaction of each request (for a signed-in user, the session check: one short
 * statement), then the others, oldest request first. So a request is never queued behind the crowd of
 * everyone's long transactions before it even knows who is asking (`GET /api/auth/me` is only that check),
 * and among the long ones the request that has waited longest goes first. So that a flood of new requests cannot
 * starve the ones under way, at most FIRSTS_IN_A_ROW first transactions start in a row while others wait.
 */
export interface Work {
  /** When the request arrived, as a counter: the order of the second class. */
  arrival: number;
  /** Milliseconds its transactions held a connection (reported, not used for ordering). */
  ms: number;
  transactions: number;
  statements: number;
}

const current = new AsyncLocalStorage<Work>();
const FIRSTS_IN_A_ROW = 8;
let arrivals = 0;

export const newWork = (): Work => ({ arrival: arrivals++, ms: 0, transactions: 0, statements: 0 });

/** Runs `fn` (and everything it starts) as one unit of work, e.g. one HTTP request. */
export function runAsWork<T>(work: Work, fn: () => T): T {
  return current.run(work, fn);
}

/** The work the caller belongs to; work outside any request (CLI, background jobs) counts each transaction alone. */
export const currentWork = (): Work => current.getStore() ?? newWork();

interface Waiting {
  /** 0 for a request's first transaction, 1 for the others; taken when the transaction queues. */
  rank: number;
  arrival: number;
  start: () => void;
}

/**
 * At most `slots` transactions at a time (PGlite: 1, its single connection; PostgreSQL: the pool's size),
 * the waiting ones started in the order described at `Work`.
 *
 * Between two transactions the queue lets the event loop turn (setImmediate) before choosing the next: PGlite
 * runs in this thread and its statements resolve as microtasks, so without the turn a queue of transactions
 * would run back to back and requests that arrived meanwhile would not even be read until it emptied.
 */
export class FairQueue {
  private running = 0;
  private dispatching = false;
  /** First transactions started one after another while later ones waited. */
  private firstsInARow = 0;
  private readonly waiting: Waiting[] = [];

  constructor(private readonly slots: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    const work = currentWork();
    await this.acquire(work);
    const started = performance.now();
    try {
      return await task();
    } finally {
      work.ms += performance.now() - started;
      work.transactions += 1;
      this.running -= 1;
      this.scheduleDispatch();
    }
  }

  private acquire(work: Work): Promise<void> {
    if (this.running < this.slots && !this.waiting.length && !this.dispatching) {
      this.running += 1;
      return Promise.resolve();
    }
    return new Promise((start) => {
      this.waiting.push({ rank: work.transactions ? 1 : 0, arrival: work.arrival, start });
      this.scheduleDispatch();
    });
  }

  private scheduleDispatch(): void {
    if (this.dispatching || !this.waiting.length) return;
    this.dispatching = true;
    setImmediate(() => {
      this.dispatching = false;
      while (this.running < this.slots && this.waiting.length) {
        this.running += 1;
        this.takeNext().start();
      }
    });
  }

  private takeNext(): Waiting {
    const laterWaiting = this.waiting.some((w) => w.rank === 1);
    // Past the limit, the first class is passed over once: the oldest later transaction goes.
    const skipFirsts = laterWaiting && this.firstsInARow >= FIRSTS_IN_A_ROW;
    let best = -1;
    for (let i = 0; i < this.waiting.length; i++) {
      const a = this.waiting[i];
      if (skipFirsts && a.rank === 0) continue;
      const b = this.waiting[best];
      if (!b || a.rank < b.rank || (a.rank === b.rank && a.arrival < b.arrival)) best = i;
    }
    const [next] = this.waiting.splice(best, 1);
    this.firstsInARow = next.rank === 0 && laterWaiting ? this.firstsInARow + 1 : 0;
    return next;
  }
}
