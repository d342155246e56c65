import { WORD_PATTERN, normalizeTerm } from "../../../schema/search-index";

export interface MatchRange {
  start: number;
  end: number;
}

/** Every word of `text` the matcher accepts, as UTF-16 ranges (words as the index splits them). */
export function matchRanges(text: string, matches: (term: string) => boolean): MatchRange[] {
  const ranges: MatchRange[] = [];
  for (const m of text.matchAll(WORD_PATTERN)) {
    const term = normalizeTerm(m[0]);
    if (term !== null && matches(term)) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges;
}

export interface Snippet {
  text: string;
  ranges: MatchRange[];
}

/**
 * A result's snippet: about `radius` characters either side of the first match in the paragraph with the most
 * matches, cut at word boundaries, with its matches marked. Null when no paragraph matches (a title-only match).
 */
export function searchSnippet(
  paragraphs: readonly string[],
  matches: (term: string) => boolean,
  radius = 110,
): Snippet | null {
  let best: { text: string; ranges: MatchRange[] } | null = null;
  for (const text of paragraphs) {
    const ranges = matchRanges(text, matches);
    if (ranges.length > 0 && (best === null || ranges.length > best.ranges.length)) best = { text, ranges };
  }
  const first = best?.ranges[0];
  if (!best || !first) return null;
  const { text } = best;
  let from = Math.max(0, first.start - radius);
  let to = Math.min(text.length, first.end + radius * 1.5);
  if (from > 0) from = Math.min(first.start, text.indexOf(" ", from) + 1 || from);
  if (to < text.length) to = Math.max(first.end, text.lastIndexOf(" ", to));
  const prefix = from > 0 ? "…" : "";
  const suffix = to < text.length ? "…" : "";
  return {
    text: `${prefix}${text.slice(from, to)}${suffix}`,
    ranges: best.ranges
      .filter((r) => r.start >= from && r.end <= to)
      .map((r) => ({ start: r.start - from + prefix.length, end: r.end - from + prefix.length })),
  };
}

/** Whether `text` has the phrase's terms in a row (the index only knows that each term occurs). */
export function hasPhrase(text: string, phrase: readonly string[]): boolean {
  if (phrase.length === 0) return true;
  const words = (text.match(WORD_PATTERN) ?? []).flatMap((w) => normalizeTerm(w) ?? []);
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}
