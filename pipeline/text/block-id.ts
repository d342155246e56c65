import { letterOrNumberAt } from "./letters";

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
  for (let i = 0; i < lowered.length;) {
    const units = letterOrNumberAt(lowered, i);
    if (units === 0) {
      gap = true;
      i += 1;
      continue;
    }
    if (gap && started) {
      hash ^= 0x20;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    gap = false;
    started = true;
    for (const end = i + units; i < end; i++) {
      hash ^= lowered.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  }
  return hash.toString(36).padStart(7, "0");
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
