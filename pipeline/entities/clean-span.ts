import type { EntityType } from "../../src/schema/entity";
import { CONNECTORS, LEADING_STOP, STOP_WORDS, TITLES } from "./name-words";
import { isCapitalised, wordsIn } from "./span-words";

export interface Span {
  start: number;
  end: number;
}

const LEADING_JUNK = /[\s"'“”‘’«»‹›()[\]{}<>*_–—-]/u;
const TRAILING_JUNK = /[\s"'“”‘’«»‹›()[\]{}<>*_,;:!?…–—-]/u;

/** A trailing dot belongs to these (U.S., Inc.), otherwise it ends the sentence. */
const ABBREVIATION_END = /(?:^|\s)(?:(?:\p{L}\.)+\p{L}|Inc|Ltd|Co|Corp|Jr|Sr|St|Bros)\.$/u;

function trimJunk(text: string, span: Span): Span {
  let { start, end } = span;
  for (;;) {
    const before = [start, end];
    while (start < end && LEADING_JUNK.test(text[start]!)) start++;
    while (start < end && TRAILING_JUNK.test(text[end - 1]!)) end--;
    if (end > start && text[end - 1] === "." && !ABBREVIATION_END.test(text.slice(start, end))) end--;
    // Possessives stay outside the span: "Kremlin's" -> "Kremlin".
    const tail = text.slice(Math.max(start, end - 2), end);
    if (end - start > 2 && /^['’]s$/u.test(tail)) end -= 2;
    if (before[0] === start && before[1] === end) return { start, end };
  }
}

function stripLeadingWords(text: string, span: Span, drop: (word: string) => boolean): Span {
  const words = wordsIn(text, span.start, span.end);
  let i = 0;
  while (i < words.length - 1 && drop(words[i]!.text)) i++;
  return i === 0 ? span : { start: words[i]!.start, end: span.end };
}

function stripTitles(text: string, span: Span): Span {
  let { start } = span;
  for (let changed = true; changed;) {
    changed = false;
    for (const title of TITLES) {
      const rest = text.slice(start, span.end);
      if (rest.startsWith(title) && /^\s+\S/u.test(rest.slice(title.length))) {
        start += title.length;
        while (/\s/u.test(text[start]!)) start++;
        changed = true;
      }
    }
  }
  return { start, end: span.end };
}

function isNameWord(word: string, type: EntityType): boolean {
  if (isCapitalised(word)) return true;
  if (CONNECTORS.has(word)) return true;
  return type === "person" && /^(?:al|el|ad|as|ash|bin|ibn|d|o)['’-]\p{Lu}/u.test(word);
}

/** Proper names must look like names; "American media" or a lone "It" are not. */
function looksLikeName(text: string, span: Span, type: EntityType): boolean {
  const words = wordsIn(text, span.start, span.end);
  const first = words[0];
  const last = words.at(-1);
  if (!first || !last) return false;
  if (words.length === 1 && STOP_WORDS.has(first.text)) return false;
  if (TITLES.includes(text.slice(span.start, span.end))) return false;
  if (!isCapitalised(first.text) || !isCapitalised(last.text)) return false;
  return words.every((w) => isNameWord(w.text, type));
}

/**
 * Turns a raw detector span into the span a reader should see, or null when it is junk.
 * Titles, a leading "the" and possessives are left outside, so every mention of a name slices the same text.
 */
export function cleanSpan(text: string, raw: Span, type: EntityType): Span | null {
  let span = trimJunk(text, raw);
  if (type === "person" || type === "organization" || type === "place") {
    span = stripLeadingWords(text, span, (w) => !isCapitalised(w) || LEADING_STOP.has(w));
    if (type === "person") span = stripTitles(text, span);
    span = trimJunk(text, span);
    if (!looksLikeName(text, span, type)) return null;
  } else if (type === "group") {
    const words = wordsIn(text, span.start, span.end);
    if (words.length === 0 || !words.every((w) => isCapitalised(w.text))) return null;
  }
  return span.end > span.start ? span : null;
}
