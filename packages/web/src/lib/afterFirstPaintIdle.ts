/** The longest the task waits for an idle moment after the paint, on a machine that is never idle. */
const idleTimeoutMs = 3000;

/**
 * Runs `task` at the browser's first idle moment after the next frame is painted, that is once what was just rendered
 * is on screen and can be used (LoginPage: the form, before it fetches the signed-in app), and `delayMs` after that;
 * returns what cancels it.
 */
export function afterFirstPaintIdle(task: () => void, delayMs = 0): () => void {
  let timer: number | undefined;
  let idle: number | undefined;
  let delay: number | undefined;
  const later = () => {
    if (delayMs > 0) delay = window.setTimeout(task, delayMs);
    else task();
  };
  // A frame callback runs just before the paint, a task queued from it just after.
  const frame = window.requestAnimationFrame(() => {
    timer = window.setTimeout(() => {
      if ('requestIdleCallback' in window) idle = window.requestIdleCallback(later, { timeout: idleTimeoutMs });
      else later();
    });
  });
  return () => {
    window.cancelAnimationFrame(frame);
    window.clearTimeout(timer);
    window.clearTimeout(delay);
    if (idle !== undefined) window.cancelIdleCallback(idle);
  };
}
