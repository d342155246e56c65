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

/**
 * Like `useHydrated`, for views derived from the query string only: true once hydrated if the URL has a query,
 * false while prerendering, during hydration, and whenever the URL has none. A page opened without a query (most
 * links) then renders nothing new after hydration: with `useHydrated`, React re-rendered the whole page at once
 * right after hydrating it, one of the longest tasks of an article's load on a slow phone (decision 023). Read on
 * every render, so a query added later by an in-app navigation is seen on that navigation's render.
 */
export function useHydratedQuery(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search.length > 1,
    () => false,
  );
}
