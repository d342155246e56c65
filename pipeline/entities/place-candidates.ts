import type { Candidate } from "./candidate";
import { lexiconWords } from "./compromise-lexicon";

/**
 * Countries, cities and regions compromise knows but loses in context ("Germany's Chancellor Olaf Scholz"
 * comes back as one person). Only capitalised text is looked up, longest phrase first.
 */
const PLACES = lexiconWords(["Country", "City", "Region"]);
const MAX_WORDS = 3;
const CAPITALISED_WORD = /(?<![\p{L}\p{N}\p{M}])\p{Lu}[\p{L}\p{M}]*(?:\.\p{Lu}\.?)?(?=['’]s\b|[^\p{L}\p{N}\p{M}]|$)/gu;

export function placeCandidates(text: string, block: number): Candidate[] {
  const words = [...text.matchAll(CAPITALISED_WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const out: Candidate[] = [];
  for (let i = 0; i < words.length;) {
    let taken = 0;
    for (let n = Math.min(MAX_WORDS, words.length - i); n > 0 && !taken; n--) {
      const span = { start: words[i]!.start, end: words[i + n - 1]!.end };
      const phrase = text.slice(span.start, span.end);
      // Words of one phrase must be separated by single spaces, not punctuation.
      if (n > 1 && !/^[^\s]+(?: [^\s]+)*$/u.test(phrase)) continue;
      if (PLACES.has(phrase.toLowerCase())) {
        out.push({ block, ...span, type: "place", source: "rule" });
        taken = n;
      }
    }
    i += taken || 1;
  }
  return out;
}
