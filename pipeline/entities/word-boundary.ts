/** Letters, digits and combining marks continue a word; anything else ends it. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

export function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD_CHAR.test(ch);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Regex source that only matches `inner` when it is not glued to surrounding word characters. */
export function wordBounded(inner: string): string {
  return `(?<![\\p{L}\\p{N}\\p{M}_])(?:${inner})(?![\\p{L}\\p{N}\\p{M}_])`;
}

/** Every case-sensitive, word-bounded occurrence of `needle` in `text`. */
export function findOccurrences(text: string, needle: string): number[] {
  const starts: number[] = [];
  if (!needle) return starts;
  let from = 0;
  for (;;) {
    const at = text.indexOf(needle, from);
    if (at < 0) return starts;
    // A needle ending in "." (U.S.) is already bounded on the right by its own dot.
    const rightOk = /[\p{L}\p{N}]$/u.test(needle) ? !isWordChar(text[at + needle.length]) : true;
    const leftOk = /^[\p{L}\p{N}]/u.test(needle) ? !isWordChar(text[at - 1]) : true;
    if (leftOk && rightOk) starts.push(at);
    from = at + 1;
  }
}

const WORD_RUN = /[\p{L}\p{N}\p{M}_]+/gu;
const STARTS_ALNUM = /^[\p{L}\p{N}]/u;

/**
 * `findOccurrences` for many needles in one pass over `text`: each word in the text is looked up among the needles'
 * first words, so the cost is the text's length plus the matches, not needles × length (a long article names
 * hundreds of entities, and scanning it once per name grew with the square of its length). Needles that do not
 * start with a letter or digit, or that are one word run not ending in a letter or digit, are rare and searched
 * alone.
 */
export function findEveryOccurrence(text: string, needles: readonly string[]): Map<string, number[]> {
  return occurrenceFinder(needles)(text);
}

/** `findEveryOccurrence` with the needles indexed once, for searching many texts (an article's blocks). */
export function occurrenceFinder(needles: readonly string[]): (text: string) => Map<string, number[]> {
  const alone: string[] = [];
  const byFirstWord = new Map<string, string[]>();
  for (const needle of new Set(needles)) {
    const first = STARTS_ALNUM.test(needle) ? /^[\p{L}\p{N}\p{M}_]+/u.exec(needle)?.[0] : undefined;
    if (first === undefined || (first === needle && !/[\p{L}\p{N}]$/u.test(needle))) {
      alone.push(needle);
      continue;
    }
    const list = byFirstWord.get(first) ?? [];
    list.push(needle);
    byFirstWord.set(first, list);
  }
  return (text) => {
    const found = new Map<string, number[]>();
    for (const needle of alone) {
      const starts = findOccurrences(text, needle);
      if (starts.length > 0) found.set(needle, starts);
    }
    if (byFirstWord.size === 0) return found;
    for (const match of text.matchAll(WORD_RUN)) {
      const at = match.index;
      const candidates = byFirstWord.get(match[0]);
      // A word run that starts with a mark or "_" is glued to nothing before it but is no needle's start.
      if (!candidates || !STARTS_ALNUM.test(match[0])) continue;
      for (const needle of candidates) {
        if (!text.startsWith(needle, at)) continue;
        if (/[\p{L}\p{N}]$/u.test(needle) && isWordChar(text[at + needle.length])) continue;
        const starts = found.get(needle) ?? [];
        starts.push(at);
        found.set(needle, starts);
      }
    }
    return found;
  };
}
