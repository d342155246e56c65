import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False while rendering the prerendered HTML and during hydration, true afterwards. Prerendered pages cannot know
 * the query string or history state, so anything derived from them must render the server's version first and
 * switch after hydration, or React reports a mismatch.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
