import search from "approx-string-match";
import { QUOTE_CONTEXT, type QuoteSelector } from "./quote-params";

export interface QuoteMatch {
  start: number;
  end: number;
  /** False when the passage was found only approximately (the article changed since the link was made). */
  exact: boolean;
}

/** At most one error per this many characters of the quote still counts as the same passage. */
const CHARS_PER_ERROR = 8;

/**
 * Finds a quote in the article's text the way annotation tools re-anchor a TextQuoteSelector: every exact
 * occurrence first, ranked by how well the prefix and suffix match its surroundings; failing that, the closest
 * approximate match (Myers' bit-parallel search, `approx-string-match`), allowing about one edit in eight characters.
 */
export function findQuote(text: string, quote: QuoteSelector): QuoteMatch | null {
  const exactStarts: number[] = [];
  for (let at = text.indexOf(quote.exact); at !== -1; at = text.indexOf(quote.exact, at + 1)) exactStarts.push(at);
  if (exactStarts.length > 0) {
    const best = maxBy(exactStarts, (start) => contextScore(text, start, start + quote.exact.length, quote));
    return { start: best, end: best + quote.exact.length, exact: true };
  }
  const maxErrors = Math.floor(quote.exact.length / CHARS_PER_ERROR);
  if (maxErrors === 0) return null;
  const matches = search(text, quote.exact, maxErrors);
  if (matches.length === 0) return null;
  const fewest = Math.min(...matches.map((m) => m.errors));
  const best = maxBy(
    matches.filter((m) => m.errors === fewest),
    (m) => contextScore(text, m.start, m.end, quote),
  );
  return { start: best.start, end: best.end, exact: false };
}

/** Characters of prefix and suffix that agree with the text around [start, end), counted outwards. */
function contextScore(text: string, start: number, end: number, quote: QuoteSelector): number {
  let score = 0;
  const before = text.slice(Math.max(0, start - QUOTE_CONTEXT * 2), start);
  for (let i = 1; i <= Math.min(before.length, quote.prefix.length); i++) {
    if (before[before.length - i] !== quote.prefix[quote.prefix.length - i]) break;
    score++;
  }
  const after = text.slice(end, end + QUOTE_CONTEXT * 2);
  for (let i = 0; i < Math.min(after.length, quote.suffix.length); i++) {
    if (after[i] !== quote.suffix[i]) break;
    score++;
  }
  return score;
}

function maxBy<T>(items: readonly T[], score: (item: T) => number): T {
  let best = items[0] as T;
  let bestScore = -Infinity;
  for (const item of items) {
    const s = score(item);
    if (s > bestScore) [best, bestScore] = [item, s];
  }
  return best;
}

/** A quote and its context, cut from the text around [start, end): what a new quote link carries. */
export function quoteAt(text: string, start: number, end: number): QuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT), start),
    suffix: text.slice(end, end + QUOTE_CONTEXT),
  };
}
