import { blockOffset, joinBlocks } from "./block-ranges";
import { quoteAt } from "./find-quote";
import type { QuoteSelector } from "./quote-params";

const MAX_SELECTION = 1000;

/**
 * The quote a text selection makes: its words (whitespace collapsed, as the article's text is), located at the
 * occurrence nearest the block the selection starts in, with context either side. Null when nothing usable is
 * selected.
 */
export function quoteFromSelection(
  texts: readonly string[],
  selected: string,
  startBlock: number,
): QuoteSelector | null {
  const exact = selected.replace(/\s+/g, " ").trim();
  if (exact === "" || exact.length > MAX_SELECTION) return null;
  const joined = joinBlocks(texts);
  const near = blockOffset(texts, startBlock);
  let best = -1;
  for (let at = joined.indexOf(exact); at !== -1; at = joined.indexOf(exact, at + 1)) {
    if (best === -1 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best === -1 ? null : quoteAt(joined, best, best + exact.length);
}
