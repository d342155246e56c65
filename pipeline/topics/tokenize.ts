/** Stands for a game score such as "3-1" or "70-63", a strong sign of a sports report. */
export const SCORE_TOKEN = "#score";

/**
 * The party is always written "Labour"; the word written in lower case is the common noun ("labour costs",
 * "the labour union"), so it is folded into the spelling the lexicon counts for the labour topic, never for
 * politics. A capitalised "Labour" at the start of a headline or sentence stays ambiguous; the lexicon's
 * "labour union" phrase takes it when that noun follows.
 */
const COMMON_NOUN_FOLDS: ReadonlyMap<string, string> = new Map([["labour", "labor"]]);

/**
 * Lower-cased word tokens. Unicode-aware so accented names and non-English words stay whole;
 * a trailing possessive ("kremlin's") is dropped so it matches the bare lexicon entry.
 * Score-like number pairs become SCORE_TOKEN; the lookarounds skip ranges and numbers such as "5-10%" or "1-800-555".
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /(?<![\p{N}–-])\p{N}{1,3}[-–]\p{N}{1,3}(?![\p{N}%–-])|[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
  const lower = text.toLowerCase();
  // Lower-casing keeps every offset unless the text has one of the rare letters whose lower case is longer;
  // then nothing is folded.
  const sameOffsets = lower.length === text.length;
  for (const match of lower.matchAll(pattern)) {
    const raw = match[0];
    if (/[-–]/u.test(raw)) {
      tokens.push(SCORE_TOKEN);
      continue;
    }
    const token = raw.replace(/['’]s$/u, "").replace(/['’]/gu, "");
    const fold = COMMON_NOUN_FOLDS.get(token);
    // Only a word written in lower case is folded: "Labour" and "LABOUR" stay as they are.
    tokens.push(fold && sameOffsets && text[match.index] === lower[match.index] ? fold : token);
  }
  return tokens;
}
