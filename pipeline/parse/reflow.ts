/**
 * Scraped articles often arrive as one line holding the whole story. A wall of 500 words is unreadable and gives
 * paragraph links nothing to point at, so a paragraph longer than LONG_WORDS is re-flowed at sentence boundaries
 * into paragraphs of about TARGET_WORDS. Shorter paragraphs are kept exactly as written.
 * See docs/decisions/002-reflow-long-paragraphs.md.
 */
import { letterOrNumberAt } from "../text/letters";
import { sentenceSegments } from "../text/sentences";

export const LONG_WORDS = 150;
const TARGET_WORDS = 70;

export function reflowParagraph(paragraph: string): string[] {
  if (countWords(paragraph) <= LONG_WORDS) return [paragraph];
  const out: string[] = [];
  let current = "";
  for (const segment of sentenceSegments(paragraph)) {
    current += segment;
    if (countWords(current) >= TARGET_WORDS) {
      out.push(current.trim());
      current = "";
    }
  }
  const rest = current.trim();
  if (rest !== "") {
    // A short tail reads better joined to the paragraph before it.
    const last = out.at(-1);
    if (last !== undefined && countWords(rest) < TARGET_WORDS / 3) out[out.length - 1] = `${last} ${rest}`;
    else out.push(rest);
  }
  return out;
}

/**
 * How many matches of `countWordsReference`'s pattern the text has (words of letters and digits, joined by single
 * apostrophes, dots or hyphens), counted in one pass: runs of letters and digits, less the single joiners between
 * two of them.
 */
export function countWords(text: string): number {
  let runs = 0;
  let joins = 0;
  let inRun = false;
  let joiner = false;
  for (let i = 0; i < text.length;) {
    const units = letterOrNumberAt(text, i);
    if (units > 0) {
      if (!inRun) {
        runs += 1;
        if (joiner) joins += 1;
      }
      inRun = true;
      joiner = false;
      i += units;
    } else {
      joiner = inRun && JOINERS.has(text[i] ?? "");
      inRun = false;
      i += 1;
    }
  }
  return runs - joins;
}

const JOINERS = new Set(["'", "’", ".", "-"]);

/** The definition `countWords` computes. */
export function countWordsReference(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
