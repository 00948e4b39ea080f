// The chunks a user needs right after signing in: the signed-in frame (Ant Design with it) and the page
// `/` sends to. The router loads them lazily; the sign-in page fetches them ahead while the user types.

export const loadSignedInApp = () => import('./SignedInApp');

/** The first screen after signing in (where the index route of router.tsx sends). */
export const loadHomePage = () => import('../features/inbox/InboxPage');

export function prefetchSignedInApp(): void {
  // A failed prefetch is tried again when the route is shown, and reported there.
  for (const load of [loadSignedInApp, loadHomePage]) load().catch(() => undefined);
}
