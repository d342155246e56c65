import { useMemo } from "react";

/**
 * `useMemo` keyed by what a result means rather than by the identity of what it is computed from.
 *
 * Some of the app's inputs are derived afresh on every render (the URL's search parsed again, a list of entities
 * filtered again): equal in content, new in identity. Memoising on them would recompute, and hand children a new
 * object, on every render; at 10,000 articles that re-measures every row of the virtual list (decision 018).
 * Callers pass `key`, a string that changes exactly when the result would, and `deps`, the inputs whose identity is
 * meaningful (query data that only changes when it is fetched again). This is the one place in the app where a
 * memo's dependencies leave out what the computation reads, on purpose; everything else follows the hooks rules.
 */
export function useMemoByKey<T>(compute: () => T, key: string, deps: readonly [unknown?, unknown?, unknown?] = []): T {
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for what `compute` reads; see above.
  return useMemo(() => compute(), [key, deps[0], deps[1], deps[2]]);
}
