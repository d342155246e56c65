import { useSyncExternalStore } from "react";
import { reportStorageProblem } from "./storage-notice";

export interface LocalPreference<T> {
  key: string;
  get: () => T;
  set: (value: T) => void;
  subscribe: (listener: () => void) => () => void;
  /** Prerendering and hydration see the fallback; the stored value applies right after. */
  use: () => T;
}

/**
 * A small reading preference kept in localStorage (synchronous, so a script can read it before the first paint),
 * shared by every tab through the `storage` event. `parse` turns the stored JSON into a value, or null when it is
 * not one: the fallback then applies and the reader is told once (lib/storage-notice). When storage refuses a
 * write, the choice still holds for this page's life.
 */
export function createLocalPreference<T>({
  key,
  parse,
  fallback,
}: {
  key: string;
  parse: (stored: unknown) => T | null;
  fallback: T;
}): LocalPreference<T> {
  const listeners = new Set<() => void>();
  let cache: { raw: string | null; value: T } = { raw: null, value: fallback };
  let unsaved: { value: T } | null = null;

  function get(): T {
    if (unsaved) return unsaved.value;
    let raw: string | null;
    try {
      raw = window.localStorage.getItem(key);
    } catch {
      reportStorageProblem("unavailable");
      return fallback;
    }
    if (raw === cache.raw) return cache.value;
    let value: T | null = fallback;
    if (raw !== null) {
      try {
        value = parse(JSON.parse(raw));
      } catch {
        value = null;
      }
      if (value === null) reportStorageProblem("corrupt");
    }
    cache = { raw, value: value ?? fallback };
    return cache.value;
  }

  function set(value: T): void {
    try {
      window.localStorage.setItem(key, JSON.stringify(value));
      unsaved = null;
    } catch (error) {
      unsaved = { value };
      reportStorageProblem(isQuotaError(error) ? "full" : "unavailable");
    }
    listeners.forEach((listener) => listener());
  }

  function subscribe(listener: () => void): () => void {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key === key || event.key === null) listener();
    };
    window.addEventListener("storage", onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener("storage", onStorage);
    };
  }

  const serverSnapshot = () => fallback;
  return { key, get, set, subscribe, use: () => useSyncExternalStore(subscribe, get, serverSnapshot) };
}

export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === "QuotaExceededError" || error.code === 22);
}
