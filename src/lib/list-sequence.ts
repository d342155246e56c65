import { z } from "zod/mini";

/**
 * The list as the reader last saw it (filtered and sorted), so an article can link to the next and previous one
 * of that list, and the list can bring back the row of the article the reader returns from. In memory while the
 * page lives (in-app navigation); the article page copies the order into sessionStorage, so a reload of an article
 * keeps its neighbours. Slugs are worked out only when an article asks, not on every change of the list.
 */
export interface ListSequence {
  listHref: string;
  slugs: () => readonly string[];
  titleOf?: (slug: string) => string | null;
}

const SESSION_KEY = "lede:list-sequence";
const storedSchema = z.object({ listHref: z.string(), slugs: z.array(z.string()) });

let current: ListSequence | null = null;
let returnTo: { listHref: string; slug: string } | null = null;

export function publishListSequence(sequence: ListSequence): void {
  current = sequence;
}

/** The list the article was opened from, if known: in memory, else this tab's stored copy. */
export function listSequenceFor(listHref: string): ListSequence | null {
  if (current?.listHref === listHref) return current;
  try {
    const parsed = storedSchema.safeParse(JSON.parse(window.sessionStorage.getItem(SESSION_KEY) ?? "null"));
    if (parsed.success && parsed.data.listHref === listHref) {
      const slugs = parsed.data.slugs;
      current = { listHref, slugs: () => slugs };
      return current;
    }
  } catch {
    // No session storage, or not ours: no neighbours.
  }
  return null;
}

/** Keeps the order across a reload of this tab (once per list, not per article). */
export function rememberListSequence(sequence: ListSequence): void {
  try {
    const stored = window.sessionStorage.getItem(SESSION_KEY);
    if (stored?.startsWith(`{"listHref":${JSON.stringify(sequence.listHref)},`)) return;
    window.sessionStorage.setItem(
      SESSION_KEY,
      JSON.stringify({ listHref: sequence.listHref, slugs: sequence.slugs() }),
    );
  } catch {
    // Too big or no storage: neighbours last as long as the page.
  }
}

export interface Neighbours {
  previous: string | null;
  next: string | null;
  position: number;
  total: number;
}

export function neighboursOf(sequence: ListSequence, slug: string): Neighbours | null {
  const slugs = sequence.slugs();
  const at = slugs.indexOf(slug);
  if (at < 0) return null;
  return { previous: slugs[at - 1] ?? null, next: slugs[at + 1] ?? null, position: at + 1, total: slugs.length };
}

/** Set by the article page: the row the list brings into view and focuses when the reader goes back to it. */
export function setListReturn(listHref: string, slug: string): void {
  returnTo = { listHref, slug };
}

/** The slug to bring back for this list, once. */
export function takeListReturn(listHref: string): string | null {
  if (returnTo?.listHref !== listHref) return null;
  const { slug } = returnTo;
  returnTo = null;
  return slug;
}

export function peekListReturn(listHref: string): boolean {
  return returnTo?.listHref === listHref;
}
