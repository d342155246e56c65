import { gazetteerMarks, type Gazetteer } from "./gazetteer";
import { key, hashString } from "./feature-hash";
import { labelType, spansFromLabels } from "./labels";
import { sentenceRanges } from "./tokenize";

/** Word shape with runs collapsed: "Reuters" -> "Xx", "U.S." -> "X.X.", "1996-08-22" -> "d-d-d". */
export function wordShape(word: string): string {
  let out = "";
  let last = "";
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\p{N}/u.test(ch) ? "d" : ch;
    if (c !== last || !/[Xxd]/u.test(c)) out += c;
    last = c;
  }
  return out;
}

const isAllCaps = (t: string) => /\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t);

/** Gazetteer marks are a few hundred strings made once (gazetteer.ts), so their hashes are kept. */
const markHashes = new Map<string, number>();
function markHash(mark: string): number {
  let h = markHashes.get(mark);
  if (h === undefined) {
    h = hashString(mark);
    markHashes.set(mark, h);
  }
  return h;
}

const START = hashString("<s>");
const END = hashString("</s>");

/** Hashes of the first (or last) 1..4 characters, built incrementally (FNV-1a). */
function affixHashes(word: string, fromEnd: boolean): number[] {
  const out: number[] = [];
  let h = 0x811c9dc5;
  for (let n = 1; n <= 4 && n < word.length; n++) {
    h ^= word.charCodeAt(fromEnd ? word.length - n : n - 1);
    h = Math.imul(h, 0x01000193);
    out.push(h >>> 0);
  }
  return out;
}

/**
 * First-pass feature keys of every token: the word and its neighbours, affixes, shapes, position in the
 * sentence, gazetteer hits and whether the sentence is an all-caps headline (where case tells nothing).
 * Each key is a hash of (template number, parts); the comments name the templates.
 */
export function baseFeatures(tokens: readonly string[], gazetteer: Gazetteer): number[][] {
  const lower = tokens.map((t) => hashString(t.toLowerCase()));
  const shapes = tokens.map((t) => hashString(wordShape(t)));
  const gaz = gazetteerMarks(tokens, gazetteer).map((marks) => marks.map(markHash));
  const out: number[][] = [];
  for (const [from, to] of sentenceRanges(tokens)) {
    let headline = 0;
    let letters = 0;
    for (let i = from; i < to; i++) {
      if (!/\p{L}/u.test(tokens[i]!)) continue;
      letters++;
      if (!isAllCaps(tokens[i]!)) break;
      if (letters > 1) headline = 1;
    }
    if (headline) for (let i = from; i < to; i++) if (/\p{L}/u.test(tokens[i]!) && !isAllCaps(tokens[i]!)) headline = 0;
    const w = (i: number) => (i < from ? START : i >= to ? END : lower[i]!);
    const s = (i: number) => (i < from ? START : i >= to ? END : shapes[i]!);
    for (let i = from; i < to; i++) {
      const token = tokens[i]!;
      const lw = lower[i]!;
      const sh = shapes[i]!;
      // Word-identity features come first (see lexicalFeatureCount): training may hide them.
      const f = [
        key(1, hashString(token)), // word as written
        key(2, lw), // lower-cased word
        key(9, w(i - 1), lw),
        key(10, lw, w(i + 1)),
      ];
      const lowered = token.toLowerCase();
      affixHashes(lowered, false).forEach((h, n) => f.push(key(18, n, h))); // prefixes
      affixHashes(lowered, true).forEach((h, n) => f.push(key(19, n, h))); // suffixes
      f.push(
        key(0, 0), // bias
        key(3, sh), // shape
        key(4, headline, sh), // shape, in or out of a headline
        key(5, w(i - 1)),
        key(6, w(i + 1)),
        key(7, w(i - 2)),
        key(8, w(i + 2)),
        key(11, s(i - 1)),
        key(12, s(i + 1)),
        key(13, s(i - 1), sh),
        key(14, sh, s(i + 1)),
        key(15, s(i - 1), sh, s(i + 1)),
        key(16, w(i - 1), sh),
        key(17, sh, w(i + 1)),
      );
      if (i === from) f.push(key(20, headline, sh), key(21, lw)); // sentence-initial
      if (token.length <= 3) f.push(key(22, sh));
      for (const g of gaz[i]!) f.push(key(23, g), key(24, g, headline, sh));
      if (i > from) for (const g of gaz[i - 1]!) f.push(key(25, g));
      if (i + 1 < to) for (const g of gaz[i + 1]!) f.push(key(26, g));
      out.push(f);
    }
  }
  return out;
}

/**
 * How many of a token's leading base features are about the word itself (the word, its bigrams, affixes).
 * Hiding them now and then in training makes the tagger learn from context, shape and gazetteers too, which
 * is what it has to go on for names it never saw.
 */
export const lexicalFeatureCount = (token: string): number => 4 + 2 * Math.min(4, Math.max(0, token.length - 1));

function majority(counts: Map<string, number> | undefined, own: string): string | null {
  if (!counts) return null;
  let best: string | null = null;
  let bestCount = 0;
  for (const [type, n] of counts) {
    const others = type === own ? n - 1 : n;
    if (others > bestCount || (others === bestCount && others > 0 && best !== null && type < best)) {
      best = type;
      bestCount = others;
    }
  }
  return bestCount > 0 ? best : null;
}

function countTypes(keys: readonly (string | null)[], types: readonly string[]): Map<string, Map<string, number>> {
  const byKey = new Map<string, Map<string, number>>();
  keys.forEach((k, i) => {
    if (k === null) return;
    const counts = byKey.get(k) ?? new Map<string, number>();
    counts.set(types[i]!, (counts.get(types[i]!) ?? 0) + 1);
    byKey.set(k, counts);
  });
  return byKey;
}

const TYPE_CODE: Record<string, number> = { O: 1, PER: 2, ORG: 3, LOC: 4, MISC: 5 };
const code = (type: string | null) => (type === null ? 0 : TYPE_CODE[type]!);

/**
 * Second-pass feature keys from first-pass labels of the whole document: the label itself and its
 * neighbours', and what the same word was labelled elsewhere in the document (as written, and ignoring
 * case among capitalised occurrences, which links a headline's "CHINA" to the body's "China").
 */
export function documentFeatures(tokens: readonly string[], firstPass: readonly number[]): number[][] {
  const types = firstPass.map(labelType);
  const capitalised = tokens.map((t) => (/\p{Lu}/u.test(t) ? t.toLowerCase() : null));
  const exact = countTypes(tokens, types);
  const folded = countTypes(capitalised, types);
  const lowerSeen = new Set(tokens.filter((t) => /^\p{Ll}+$/u.test(t)));
  const label = (i: number) => (i < 0 ? 100 : i >= tokens.length ? 101 : firstPass[i]!);
  // Where the word stands inside multi-word first-pass names: "Pirelli" alone is rarely a person unless a
  // "Giovanni Pirelli" appears somewhere; "Deportivo" in "Deportivo Coruna" makes the bare word a club.
  const roles = new Map<string, Map<number, number>>();
  const ownRole = new Array<number>(tokens.length).fill(-1);
  for (const span of spansFromLabels(firstPass)) {
    if (span.end - span.start < 2) continue;
    for (let j = span.start; j < span.end; j++) {
      const role = code(span.type) * 3 + (j === span.start ? 0 : j === span.end - 1 ? 2 : 1);
      ownRole[j] = role;
      const counts = roles.get(tokens[j]!) ?? new Map<number, number>();
      counts.set(role, (counts.get(role) ?? 0) + 1);
      roles.set(tokens[j]!, counts);
    }
  }
  return tokens.map((token, i) => {
    const f = [key(30, label(i)), key(31, label(i - 1), label(i)), key(32, label(i), label(i + 1))];
    if (capitalised[i] === null) return f;
    const own = code(types[i]!);
    const ex = code(majority(exact.get(token), types[i]!));
    const fo = code(majority(folded.get(capitalised[i]!), types[i]!));
    f.push(key(33, ex), key(34, ex, own), key(35, fo), key(36, fo, own));
    if (lowerSeen.has(capitalised[i]!)) f.push(key(37, 0));
    for (const [role, n] of roles.get(token) ?? []) if (n > (role === ownRole[i] ? 1 : 0)) f.push(key(38, role, own));
    return f;
  });
}
