import { normalizeTerm, tokenize } from "../../../schema/search-index";
import type { ParsedQuery } from "./parse-query";

/** The full-text part of a query, in index terms (normalised, stop words dropped). */
export interface TextQuery {
  words: string[];
  phrases: string[][];
  excluded: string[][];
}

export const terms = (text: string) => tokenize(text).flatMap((t) => normalizeTerm(t) ?? []);

/** Null when nothing is left to search for (no words, or only stop words and single letters). */
export function textQueryOf(parsed: ParsedQuery): TextQuery | null {
  const query: TextQuery = {
    words: parsed.words.flatMap(terms),
    phrases: parsed.phrases.map(terms).filter((p) => p.length > 0),
    excluded: parsed.excluded.map(terms).filter((p) => p.length > 0),
  };
  if (query.words.length === 0 && query.phrases.length === 0 && query.excluded.length === 0) return null;
  return query;
}

export const textQueryKey = (q: TextQuery) => JSON.stringify([q.words, q.phrases, q.excluded]);

/** Prefix matching from three letters, one typo allowed from five (as the index is queried; see search-engine). */
export const PREFIX_FROM = 3;
export const FUZZY_FROM = 5;

/** Whether two words are at most one insertion, deletion or substitution apart. */
export function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * Whether a word of some text matches the query, the way the index matched it: exactly, by prefix, or with one
 * typo. Used to highlight matches in snippets and in the article, without asking the index.
 */
export function createTermMatcher(query: Pick<TextQuery, "words" | "phrases">): (term: string) => boolean {
  const exact = new Set([...query.words, ...query.phrases.flat()]);
  const loose = query.words.filter((w) => w.length >= PREFIX_FROM);
  return (term) =>
    exact.has(term) ||
    loose.some(
      (w) =>
        term.startsWith(w) ||
        (w.length >= FUZZY_FROM && (withinOneEdit(term, w) || withinOneEdit(term.slice(0, w.length), w))),
    );
}
