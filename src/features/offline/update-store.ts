import { useSyncExternalStore } from "react";

/**
 * Whether a new build is ready, and how to switch to it: set by the registration (register-service-worker.ts,
 * loaded after hydration), read by the update prompt, which is in the first-load bundle while Workbox is not.
 */
export type UpdateState = null | { reload: () => void };

let state: UpdateState = null;
const listeners = new Set<() => void>();

export function setUpdateReady(next: UpdateState): void {
  state = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useUpdateReady = (): UpdateState =>
  useSyncExternalStore(
    subscribe,
    () => state,
    () => null,
  );
