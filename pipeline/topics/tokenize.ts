/** Stands for a game score such as "3-1" or "70-63", a strong sign of a sports report. */
export const SCORE_TOKEN = "#score";

/**
 * Lower-cased word tokens. Unicode-aware so accented names and non-English words stay whole;
 * a trailing possessive ("kremlin's") is dropped so it matches the bare lexicon entry.
 * Score-like number pairs become SCORE_TOKEN; the lookarounds skip ranges and numbers such as "5-10%" or "1-800-555".
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /(?<![\p{N}–-])\p{N}{1,3}[-–]\p{N}{1,3}(?![\p{N}%–-])|[\p{L}\p{N}]+(?:['’]\p{L}+)*/gu;
  for (const [token] of text.toLowerCase().matchAll(pattern)) {
    tokens.push(/[-–]/u.test(token) ? SCORE_TOKEN : token.replace(/['’]s$/u, "").replace(/['’]/gu, ""));
  }
  return tokens;
}
