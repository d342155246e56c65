import { terms, type TextQuery } from "./text-query";

const MAX_WORDS = 12;

/** `?highlight=grain+deal` on an article: the search words that led there, to mark in its text. */
export function highlightSearch(query: TextQuery): string {
  const words = [...new Set([...query.words, ...query.phrases.flat()])].slice(0, MAX_WORDS);
  return words.length > 0 ? new URLSearchParams({ highlight: words.join(" ") }).toString() : "";
}

/** Never throws: whatever is in the parameter is reduced to index terms (stop words and symbols dropped). */
export function parseHighlight(params: URLSearchParams): TextQuery | null {
  const words = [...new Set(terms(params.get("highlight") ?? ""))].slice(0, MAX_WORDS);
  return words.length > 0 ? { words, phrases: [], excluded: [] } : null;
}
