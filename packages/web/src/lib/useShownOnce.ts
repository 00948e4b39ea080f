import { useState } from 'react';

/**
 * Whether `shown` has ever been true. A dialog whose code is fetched on first use is mounted from then on, so that it
 * can play its closing animation; this derives that from whether it is open, rather than a second flag set beside it.
 */
export function useShownOnce(shown: boolean): boolean {
  const [once, setOnce] = useState(shown);
  // Adjusting state while rendering (React's pattern for state derived from a change): no extra commit, no effect.
  if (shown && !once) setOnce(true);
  return once || shown;
}
