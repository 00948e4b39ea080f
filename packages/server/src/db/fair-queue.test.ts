import { describe, expect, it } from 'vitest';
import { FairQueue, newWork, runAsWork, type Work } from './fair-queue.js';

/** A transaction that holds its slot until released, recording when it started. */
function holder(queue: FairQueue, work: Work, name: string, started: string[]) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const done = runAsWork(work, () =>
    queue.run(async () => {
      started.push(name);
      await held;
    }),
  );
  return { release: () => release(), done };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('FairQueue', () => {
  it('starts a request’s first transaction before the later transactions of requests that came earlier', async () => {
    const queue = new FairQueue(1);
    const started: string[] = [];
    const older = newWork();
    const old = newWork();
    old.transactions = 1;
    older.transactions = 1;
    const running = holder(queue, newWork(), 'running', started);
    // Queued in this order: two requests' second transactions, then a new request's session check.
    const second = holder(queue, older, 'older, second transaction', started);
    const third = holder(queue, old, 'old, second transaction', started);
    const fresh = holder(queue, newWork(), 'new request, first transaction', started);
    await turn();
    expect(started).toEqual(['running']);
    for (const next of [running, fresh, second, third]) {
      next.release();
      await next.done;
      await turn();
    }
    expect(started).toEqual([
      'running',
      'new request, first transaction',
      'older, second transaction',
      'old, second transaction',
    ]);
  });

  it('lets at most eight first transactions pass a waiting later one, so a flood of new requests starves nobody', async () => {
    const queue = new FairQueue(1);
    const started: string[] = [];
    const underWay = newWork();
    underWay.transactions = 1;
    const holders = new Map([
      ['running', holder(queue, newWork(), 'running', started)],
      ['under way', holder(queue, underWay, 'under way', started)],
    ]);
    for (let i = 1; i <= 10; i++) holders.set(`new ${i}`, holder(queue, newWork(), `new ${i}`, started));
    await turn();
    // Each time, the transaction that started last finishes.
    for (let i = 0; i < holders.size; i++) {
      const last = holders.get(started[started.length - 1]);
      last?.release();
      await last?.done;
      await turn();
    }
    expect(started).toEqual([
      'running',
      ...['new 1', 'new 2', 'new 3', 'new 4', 'new 5', 'new 6', 'new 7', 'new 8'],
      'under way',
      'new 9',
      'new 10',
    ]);
  });

  it('starts at once in a free slot, and counts each request’s transactions', async () => {
    const queue = new FairQueue(2);
    const work = newWork();
    const order: string[] = [];
    let turned = false;
    setImmediate(() => (turned = true));
    await runAsWork(work, async () => {
      // Both slots free: both start before the event loop turns.
      const a = queue.run(async () => order.push(turned ? 'a after a turn' : 'a'));
      const b = queue.run(async () => order.push(turned ? 'b after a turn' : 'b'));
      await Promise.all([a, b]);
    });
    expect(order).toEqual(['a', 'b']);
    expect(work.transactions).toBe(2);
    expect(work.ms).toBeGreaterThanOrEqual(0);
  });

  it('passes a failed transaction’s error on and frees its slot', async () => {
    const queue = new FairQueue(1);
    await expect(
      queue.run(async () => {
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    await expect(queue.run(async () => 'next')).resolves.toBe('next');
  });
});
