/** Lowercase ASCII slug: diacritics stripped, anything else between words becomes one hyphen. */
export function slugify(text: string, maxLength = 80): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength);
  const lastHyphen = cut.lastIndexOf("-");
  return lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : cut.replace(/-+$/, "");
}

/** Ids and URLs must start with [a-z0-9]; text without any ASCII (e.g. Cyrillic) still needs a stable slug. */
export function slugOrHash(text: string): string {
  const slug = slugify(text);
  if (slug) return slug;
  let hash = 5381;
  for (const ch of text) hash = ((hash * 33) ^ (ch.codePointAt(0) ?? 0)) >>> 0;
  return `u${hash.toString(36)}`;
}
