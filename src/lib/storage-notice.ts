import { useSyncExternalStore } from "react";

/**
 * What went wrong with the browser's storage, told to the reader once per page life: Lede carries on with the
 * defaults (or with what it has in memory) either way, so one notice is enough, and a second problem is not news.
 */
export type StorageProblem = "unavailable" | "full" | "corrupt";

export const STORAGE_PROBLEM_MESSAGES: Record<StorageProblem, string> = {
  unavailable:
    "This browser is not letting Lede store anything, so what you read, save and choose will be forgotten when you leave.",
  full: "This browser’s storage is full, so Lede could not save your latest reading state.",
  corrupt: "Some of your saved reading state could not be read, so Lede went back to the defaults for it.",
};

let problem: StorageProblem | null = null;
let told = false;
const listeners = new Set<() => void>();

export function reportStorageProblem(kind: StorageProblem): void {
  if (told) return;
  told = true;
  problem = kind;
  // Found while rendering (a store's snapshot read): the notice re-renders after, not during, that render.
  queueMicrotask(() => listeners.forEach((listener) => listener()));
}

export function dismissStorageProblem(): void {
  problem = null;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useStorageProblem(): StorageProblem | null {
  return useSyncExternalStore(
    subscribe,
    () => problem,
    () => null,
  );
}
