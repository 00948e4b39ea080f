import { isValidElement, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { loadChunk } from '../lib/loadChunk';
import { FullPageSpin } from './FullPageSpin';

/**
 * A route's page loaded with its own chunk the first time it is shown, so the sign-in page and the first
 * screen fetch only their own code. `load` is `() => import('../features/…/SomePage')`, `name` the export:
 * `const SomePage = lazyPage(() => import('../features/some/SomePage'), 'SomePage')`. The same `load` can be
 * called earlier to fetch the chunk ahead (LoginPage prefetches the signed-in app while the user types).
 */
export function lazyPage<Module, Name extends keyof Module>(
  load: () => Promise<Module>,
  name: Name,
): ComponentType & { preload: () => void } {
  const Page = lazy(async () => ({ default: (await loadChunk(load))[name] as ComponentType }));
  function LazyPage() {
    return (
      <Suspense fallback={<FullPageSpin />}>
        <Page />
      </Suspense>
    );
  }
  // A failed preload is tried again when the page is shown, and reported there.
  LazyPage.preload = () => void load().catch(() => undefined);
  return LazyPage;
}

/** Starts fetching the lazy pages in a route's element (through wrappers such as RequireAbility). */
export function preloadElement(element: ReactNode): void {
  if (!isValidElement<{ children?: ReactNode }>(element)) return;
  (element.type as { preload?: () => void }).preload?.();
  preloadElement(element.props.children);
}
