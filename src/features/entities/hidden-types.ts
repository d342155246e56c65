import { useSyncExternalStore } from "react";
import { ENTITY_TYPES, type EntityType } from "../../schema/entity";

/**
 * Which entity types the reader has switched off in the legend. A reading preference, not a view anyone shares,
 * so it lives in localStorage rather than the URL, and applies to every article.
 */
const KEY = "lede:hidden-entity-types";
const listeners = new Set<() => void>();
const NONE: readonly EntityType[] = [];
let cache: { raw: string | null; value: readonly EntityType[] } = { raw: null, value: NONE };
/** Set when storage refuses a write: the choice still applies for this page's life. */
let unsaved: readonly EntityType[] | null = null;

function read(): readonly EntityType[] {
  if (unsaved) return unsaved;
  let raw: string | null = null;
  try {
    raw = window.localStorage.getItem(KEY);
  } catch {
    return NONE; // storage disabled: nothing hidden, nothing remembered
  }
  if (raw === cache.raw) return cache.value;
  let value: readonly EntityType[] = NONE;
  try {
    const parsed: unknown = JSON.parse(raw ?? "[]");
    if (Array.isArray(parsed)) value = ENTITY_TYPES.filter((t) => parsed.includes(t));
  } catch {
    value = NONE;
  }
  cache = { raw, value };
  return value;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key === KEY) listener();
  };
  window.addEventListener("storage", onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener("storage", onStorage);
  };
}

export function setHiddenTypes(types: readonly EntityType[]): void {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(ENTITY_TYPES.filter((t) => types.includes(t))));
    unsaved = null;
  } catch {
    unsaved = ENTITY_TYPES.filter((t) => types.includes(t));
  }
  listeners.forEach((listener) => listener());
}

/** Prerendering and hydration see nothing hidden; the stored preference applies right after. */
export function useHiddenTypes(): readonly EntityType[] {
  return useSyncExternalStore(subscribe, read, () => NONE);
}
