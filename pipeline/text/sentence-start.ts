const SENTENCE_ENDS = new Set([".", "!", "?"]);
const CLOSERS = new Set(['"', "”", "’", ")"]);
const SPACE = /\s/;

/**
 * Whether `start` opens a sentence: it is the text's start, or comes after a sentence end, an optional closing quote
 * or bracket and at least one space (`/(?:^|[.!?]["”’)]?\s+)$/` over `text.slice(0, start)`). Read backwards from
 * `start`, so asking at every candidate of a long block costs the few characters looked at, not the block: the
 * regular expression rescanned the text before each one, and a 1 MB paragraph took minutes.
 */
export function followsSentenceEnd(text: string, start: number): boolean {
  if (start === 0) return true;
  let i = start;
  while (i > 0 && SPACE.test(text[i - 1] ?? "")) i -= 1;
  if (i === start || i === 0) return false;
  if (CLOSERS.has(text[i - 1] ?? "")) i -= 1;
  return i > 0 && SENTENCE_ENDS.has(text[i - 1] ?? "");
}
