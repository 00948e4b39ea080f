import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterFirstPaintIdle } from './afterFirstPaintIdle';

/** A window whose frame, timer and idle callbacks run only when the test says so. */
function fakeWindow(withIdle: boolean) {
  const frames: (() => void)[] = [];
  const timers: (() => void)[] = [];
  const idles: { run: () => void; timeout: number | undefined }[] = [];
  const win = {
    requestAnimationFrame: (run: () => void) => frames.push(run),
    cancelAnimationFrame: (id: number) => void frames.splice(id - 1, 1, () => undefined),
    setTimeout: (run: () => void) => timers.push(run),
    clearTimeout: (id: number | undefined) => void (id && timers.splice(id - 1, 1, () => undefined)),
    cancelIdleCallback: (id: number) => void idles.splice(id - 1, 1, { run: () => undefined, timeout: 0 }),
    ...(withIdle && {
      requestIdleCallback: (run: () => void, options?: { timeout?: number }) =>
        idles.push({ run, timeout: options?.timeout }),
    }),
  };
  vi.stubGlobal('window', win);
  return { frames, timers, idles };
}

afterEach(() => vi.unstubAllGlobals());

describe('afterFirstPaintIdle', () => {
  it('runs the task at the first idle moment after the next paint, not before', () => {
    const { frames, timers, idles } = fakeWindow(true);
    const task = vi.fn();
    afterFirstPaintIdle(task);
    frames.forEach((run) => run());
    expect(task).not.toHaveBeenCalled();
    timers.forEach((run) => run());
    expect(task).not.toHaveBeenCalled();
    expect(idles).toHaveLength(1);
    expect(idles[0]?.timeout).toBeGreaterThan(0);
    idles[0]?.run();
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs it right after the paint where the browser has no idle callbacks (Safari)', () => {
    const { frames, timers } = fakeWindow(false);
    const task = vi.fn();
    afterFirstPaintIdle(task);
    frames.forEach((run) => run());
    timers.forEach((run) => run());
    expect(task).toHaveBeenCalledOnce();
  });

  it('does not run it once cancelled (the page left before it was drawn)', () => {
    const { frames, timers, idles } = fakeWindow(true);
    const task = vi.fn();
    afterFirstPaintIdle(task)();
    frames.forEach((run) => run());
    timers.forEach((run) => run());
    idles.forEach(({ run }) => run());
    expect(task).not.toHaveBeenCalled();
  });

  it('waits the delay after the idle moment, and not at all once cancelled in between', () => {
    const { frames, timers, idles } = fakeWindow(true);
    const task = vi.fn();
    afterFirstPaintIdle(task, 1000);
    frames.forEach((run) => run());
    timers.forEach((run) => run());
    idles[0]?.run();
    expect(task).not.toHaveBeenCalled();
    expect(timers).toHaveLength(2);
    timers[1]?.();
    expect(task).toHaveBeenCalledOnce();

    const later = fakeWindow(true);
    const cancelled = vi.fn();
    const cancel = afterFirstPaintIdle(cancelled, 1000);
    later.frames.forEach((run) => run());
    later.timers.forEach((run) => run());
    later.idles[0]?.run();
    cancel();
    later.timers.forEach((run) => run());
    expect(cancelled).not.toHaveBeenCalled();
  });
});
