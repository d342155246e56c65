import type { ReadFilter } from "./search-params";

/**
 * The reader's read and saved state as the list needs it. It lives in another feature (reading-state); the home
 * route hands it over, so the list neither knows nor imports where it is kept.
 */
export interface ListReading {
  /** False until the reader's state is known (prerendered page, or still loading). */
  loaded: boolean;
  read: ReadonlySet<string>;
  saved: ReadonlySet<string>;
  toggleSaved: (slug: string) => void;
  /** Marks read and returns the slugs that were unread, so that exactly those can be unmarked again. */
  markRead: (slugs: readonly string[]) => readonly string[];
  markUnread: (slugs: readonly string[]) => void;
}

/** The rows that pass the `?read=` and `?saved=` filters. */
export function filterByReading(
  slugs: readonly string[],
  filter: { read: ReadFilter | null; saved: boolean },
  reading: Pick<ListReading, "read" | "saved">,
): number[] {
  const kept: number[] = [];
  slugs.forEach((slug, i) => {
    if (filter.saved && !reading.saved.has(slug)) return;
    if (filter.read === "unread" && reading.read.has(slug)) return;
    if (filter.read === "read" && !reading.read.has(slug)) return;
    kept.push(i);
  });
  return kept;
}
