export interface Word {
  text: string;
  start: number;
  end: number;
}

/** Whitespace-separated words of `text[start, end)`, with absolute offsets. */
export function wordsIn(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  const re = /\S+/gu;
  const slice = text.slice(start, end);
  for (const m of slice.matchAll(re)) {
    words.push({
      text: m[0],
      start: start + m.index,
      end: start + m.index + m[0].length,
    });
  }
  return words;
}

/**
 * Proper-noun test. Caseless scripts (Chinese, Arabic…) cannot be capitalised, so they pass;
 * "eBay"-style names pass because they contain an upper-case letter.
 */
export function isCapitalised(word: string): boolean {
  if (/^\p{N}/u.test(word)) return true;
  if (/\p{Lu}|\p{Lt}/u.test(word)) return true;
  const letters = word.replace(/[^\p{L}]/gu, "");
  return letters.length > 0 && letters.toLowerCase() === letters.toUpperCase();
}
