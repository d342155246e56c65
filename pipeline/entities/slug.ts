/** Lowercase ASCII slug; diacritics are stripped so "Erdoğan" and "Erdogan" get the same id. */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Entity ids must start with [a-z0-9]; names without any ASCII (e.g. Cyrillic) still need a stable id. */
export function slugOrHash(text: string): string {
  const slug = slugify(text);
  if (slug) return slug;
  let hash = 5381;
  for (const ch of text) hash = ((hash * 33) ^ ch.codePointAt(0)!) >>> 0;
  return `u${hash.toString(36)}`;
}
