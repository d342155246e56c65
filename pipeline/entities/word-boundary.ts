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
