/**
 * A paragraph's id comes from its own words only (case, spacing and punctuation aside), so a link to it survives
 * edits anywhere else in the article. FNV-1a, 32 bits, base 36: short enough for a URL fragment.
 */
export function blockId(text: string): string {
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
