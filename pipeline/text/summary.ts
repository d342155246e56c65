const MAX_CHARS = 220;

/** The first paragraph, cut at a word boundary near MAX_CHARS, for list entries and link previews. */
export function summarise(firstParagraph: string): string {
  const text = firstParagraph.replace(/\s+/g, " ").trim();
  if (text.length <= MAX_CHARS) return text;
  const sentenceEnd = text.slice(0, MAX_CHARS).search(/[.!?]["”’)]?\s[^.!?]*$/);
  if (sentenceEnd > MAX_CHARS / 2) return text.slice(0, sentenceEnd + 1).replace(/\s+$/, "");
  const cut = text.slice(0, MAX_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:–—-]+$/, "")}…`;
}

const WORDS_PER_MINUTE = 230;

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}
