import { clear, createStore, delMany, entries, setMany, type UseStore } from "idb-keyval";
import { useSyncExternalStore } from "react";
import type { BackupPart } from "../../lib/backup";
import { isQuotaError } from "../../lib/local-preference";
import { reportStorageProblem } from "../../lib/storage-notice";
import {
  entryKey,
  fromEntries,
  readingStateSchema,
  toEntries,
  type Position,
  type StoredReadingState,
} from "./entries";

/**
 * What the reader has read and saved, and where they stopped in each article: in IndexedDB (decision 028), loaded
 * once per page after hydration, then kept in memory and written through. A prerendered page knows none of it, so
 * everything that shows it renders the empty state first (`loaded: false`) and switches once loaded (decision 004).
 */
export interface ReadingSnapshot {
  loaded: boolean;
  read: ReadonlySet<string>;
  saved: ReadonlySet<string>;
}

export const DB_NAME = "lede";
export const STORE_NAME = "reading-state";

const EMPTY: ReadingSnapshot = { loaded: false, read: new Set(), saved: new Set() };
const listeners = new Set<() => void>();
let snapshot = EMPTY;
let times: StoredReadingState = { read: {}, saved: {}, positions: {} };
let db: UseStore | null = null;
let loading: Promise<void> | null = null;
let writes: Promise<unknown> = Promise.resolve();

function publish(): void {
  snapshot = { loaded: true, read: new Set(Object.keys(times.read)), saved: new Set(Object.keys(times.saved)) };
  listeners.forEach((listener) => listener());
}

/** Loads once; storage that cannot be opened or read leaves the defaults (nothing read) and tells the reader. */
export function loadReadingState(): Promise<void> {
  loading ??= (async () => {
    try {
      if (typeof indexedDB === "undefined") throw new Error("no IndexedDB");
      db = createStore(DB_NAME, STORE_NAME);
      openChannel();
      const { state, invalid } = fromEntries(await entries(db));
      times = mergeTimes(state, times);
      if (invalid > 0) {
        reportStorageProblem("corrupt");
        const valid = new Set(toEntries(state).map(([key]) => key));
        const stale = (await entries(db)).map(([key]) => key).filter((key) => !valid.has(String(key)));
        await delMany(stale, db).catch(() => undefined);
      }
    } catch {
      db = null;
      reportStorageProblem("unavailable");
    }
    publish();
  })();
  return loading;
}

/** What was done before loading finished (an article opened at once) wins over what was stored. */
function mergeTimes(stored: StoredReadingState, early: StoredReadingState): StoredReadingState {
  return {
    read: { ...stored.read, ...early.read },
    saved: { ...stored.saved, ...early.saved },
    positions: { ...stored.positions, ...early.positions },
  };
}

/**
 * The reader's other tabs of this site: told after each write, they read the store again, so a row marked read or
 * saved in one tab shows so in the others without a reload. Positions are written but not announced.
 */
const CHANNEL_NAME = "lede:reading-state";
let channel: BroadcastChannel | null = null;

function openChannel(): void {
  if (channel || typeof BroadcastChannel === "undefined") return;
  channel = new BroadcastChannel(CHANNEL_NAME);
  channel.onmessage = () => void reloadFromStore();
}

function announceChange(): void {
  channel?.postMessage("changed");
}

/** Another tab changed the store: what it holds now is the state (writes still queued here land after it). */
async function reloadFromStore(): Promise<void> {
  const store = db;
  if (!store) return;
  try {
    // Read again if this tab queued a write meanwhile, so its own latest change is in what is read.
    for (;;) {
      const pending = writes;
      await pending;
      const stored = fromEntries(await entries(store)).state;
      if (pending !== writes) continue;
      times = stored;
      publish();
      return;
    }
  } catch {
    // The store went away since the load; this tab keeps what it has.
  }
}

/** Writes in order, after the load (a write made before it finished waits for the store to open). */
function persist(set: [string, unknown][], remove: string[] = [], announce = true): void {
  writes = writes
    .then(() => loadReadingState())
    .then(async () => {
      const store = db;
      if (!store) return;
      if (set.length > 0) await setMany(set, store);
      if (remove.length > 0) await delMany(remove, store);
      if (announce) announceChange();
    })
    .catch((error: unknown) => reportStorageProblem(isQuotaError(error) ? "full" : "unavailable"));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  void loadReadingState();
  return () => listeners.delete(listener);
}

export function useReadingState(): ReadingSnapshot {
  return useSyncExternalStore(
    subscribe,
    () => snapshot,
    () => EMPTY,
  );
}

/** Marks articles read; returns those that were unread, so the caller can undo exactly that. */
export function markRead(slugs: readonly string[], now = Date.now()): string[] {
  const changed = slugs.filter((slug) => !(slug in times.read));
  if (changed.length === 0) return [];
  times = { ...times, read: { ...times.read, ...Object.fromEntries(changed.map((s) => [s, now])) } };
  persist(changed.map((slug) => [entryKey("read", slug), now]));
  publish();
  return changed;
}

export function markUnread(slugs: readonly string[]): void {
  const changed = slugs.filter((slug) => slug in times.read);
  if (changed.length === 0) return;
  const read = { ...times.read };
  for (const slug of changed) delete read[slug];
  times = { ...times, read };
  persist(
    [],
    changed.map((slug) => entryKey("read", slug)),
  );
  publish();
}

export function setSaved(slug: string, saved: boolean, now = Date.now()): void {
  if (saved === slug in times.saved) return;
  const next = { ...times.saved };
  if (saved) next[slug] = now;
  else delete next[slug];
  times = { ...times, saved: next };
  if (saved) {
    persist([[entryKey("saved", slug), now]]);
    askToKeepStorage();
  } else persist([], [entryKey("saved", slug)]);
  publish();
}

let askedToKeep = false;

/**
 * Saving an article says the reader wants it kept: ask once that the browser never evict this site's storage to
 * free space (granted silently or refused by the browser's own rules; nothing changes if it is refused).
 */
function askToKeepStorage(): void {
  if (askedToKeep || typeof navigator === "undefined" || !navigator.storage?.persist) return;
  askedToKeep = true;
  void navigator.storage.persist().catch(() => false);
}

export const toggleSaved = (slug: string) => setSaved(slug, !(slug in times.saved));
export const toggleRead = (slug: string) => (slug in times.read ? markUnread([slug]) : void markRead([slug]));

export function getPosition(slug: string): Position | undefined {
  return times.positions[slug];
}

/** Not published: where the reader is does not change what any component shows. */
export function savePosition(slug: string, position: Position): void {
  times = { ...times, positions: { ...times.positions, [slug]: position } };
  persist([[entryKey("positions", slug), position]], [], false);
}

async function replaceAll(state: StoredReadingState): Promise<void> {
  await loadReadingState();
  times = state;
  const store = db;
  if (store) {
    writes = writes.then(async () => {
      await clear(store);
      await setMany(toEntries(state), store);
      announceChange();
    });
    await writes.catch((error: unknown) => reportStorageProblem(isQuotaError(error) ? "full" : "unavailable"));
  }
  publish();
}

export const readingStateBackup: BackupPart<StoredReadingState> = {
  name: "reading",
  schema: readingStateSchema,
  read: async () => {
    await loadReadingState();
    return times;
  },
  write: replaceAll,
};
