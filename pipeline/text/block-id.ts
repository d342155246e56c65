/**
 * A paragraph's id comes from its own words only (case, spacing and punctuation aside), so a link to it survives
 * edits anywhere else in the article. FNV-1a, 32 bits, base 36: short enough for a URL fragment.
 *
 * The hash is of the NFKC-normalised, lower-cased text with every run of characters other than letters and digits
 * made one space and the ends trimmed. It is computed in one pass, without building that string: at 10,000
 * articles the regular-expression version was most of the time spent building articles (`blockIdReference`,
 * kept for the property test, is the definition).
 */
export function blockId(text: string): string {
  const lowered = text.normalize("NFKC").toLowerCase();
  let hash = 0x811c9dc5;
  let gap = false;
  let started = false;
  for (let i = 0; i < lowered.length; i++) {
    const code = lowered.charCodeAt(i);
    let units = 1;
    let word: boolean;
    if (code < 0x80) {
      word = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
    } else {
      const point = lowered.codePointAt(i) ?? code;
      units = point > 0xffff ? 2 : 1;
      word = isLetterOrNumber(point);
    }
    if (!word) {
      gap = true;
      continue;
    }
    if (gap && started) {
      hash ^= 0x20;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    gap = false;
    started = true;
    for (let u = 0; u < units; u++) {
      hash ^= lowered.charCodeAt(i + u);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    i += units - 1;
  }
  return hash.toString(36).padStart(7, "0");
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
const known = new Map<number, boolean>();

function isLetterOrNumber(point: number): boolean {
  let word = known.get(point);
  if (word === undefined) {
    word = LETTER_OR_NUMBER.test(String.fromCodePoint(point));
    known.set(point, word);
  }
  return word;
}

/** The definition `blockId` computes in one pass. */
export function blockIdReference(text: string): string {
  const normal = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < normal.length; i++) {
    hash ^= normal.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, "0");
}

/** Ids for a whole article: a repeated paragraph gets `-2`, `-3`… in order. */
export function blockIds(texts: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return texts.map((text) => {
    const id = blockId(text);
    const n = (seen.get(id) ?? 0) + 1;
    seen.set(id, n);
    return n === 1 ? id : `${id}-${n}`;
  });
}
