import { useSyncExternalStore } from 'react';
import { breakpoints } from './frameLayout';

const query = `(max-width: ${breakpoints.md - 0.02}px)`;

function subscribe(listener: () => void): () => void {
  const list = window.matchMedia(query);
  list.addEventListener('change', listener);
  return () => list.removeEventListener('change', listener);
}

/** True on phone-sized screens (below AntD's `md` breakpoint), outside React (a prefetch before the first render). */
export function isPhone(): boolean {
  return window.matchMedia(query).matches;
}

/** True on phone-sized screens (below AntD's `md` breakpoint), right from the first render. */
export function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, isPhone);
}
