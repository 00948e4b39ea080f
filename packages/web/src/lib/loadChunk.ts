/**
 * Loading a lazy chunk (a page, a chart, a modal) after the app was redeployed: the hashed file names of the
 * version this tab runs are gone from the server, so the import fails. The page is then reloaded once to get the new
 * version's index.html — only when the server's index.html names another entry script than this tab's (a network
 * failure reloads nothing), and at most once a minute (sessionStorage), so a broken deploy cannot loop. Otherwise the
 * error goes on to the route's error screen (app/RouteError.tsx), which says so in Vietnamese with a reload button.
 */
const reloadedAtKey = 'danvan.reloadedForNewVersion';
const reloadGuardMs = 60_000;

export async function loadChunk<Module>(load: () => Promise<Module>): Promise<Module> {
  try {
    return await load();
  } catch (error) {
    if (await reloadForNewVersion()) {
      // The page is going away: keep showing its spinner rather than an error.
      return new Promise<Module>(() => undefined);
    }
    throw error;
  }
}

/** The entry script of the running version, as index.html named it. */
function runningEntry(): string | null {
  const script = document.querySelector<HTMLScriptElement>('script[type="module"][src]');
  return script ? new URL(script.src, window.location.href).pathname : null;
}

/** Reloads the page when the server now serves another version; true when the page is reloading. */
export async function reloadForNewVersion(): Promise<boolean> {
  const entry = runningEntry();
  if (!entry || !mayReload()) return false;
  let index: string;
  try {
    const response = await fetch('/', { cache: 'no-store', headers: { accept: 'text/html' } });
    if (!response.ok) return false;
    index = await response.text();
  } catch {
    return false;
  }
  if (index.includes(entry)) return false;
  try {
    sessionStorage.setItem(reloadedAtKey, String(Date.now()));
  } catch {
    // Without storage there is no guard against a loop: leave it to the error screen's button.
    return false;
  }
  window.location.reload();
  return true;
}

function mayReload(): boolean {
  try {
    return Date.now() - Number(sessionStorage.getItem(reloadedAtKey) ?? 0) > reloadGuardMs;
  } catch {
    return false;
  }
}
