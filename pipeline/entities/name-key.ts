/**
 * How names are compared across a collection. Written forms differ in ways that never change what they name:
 * "the", full stops in abbreviations ("U.S."), curly apostrophes, spacing, a possessive.
 */
export function nameKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/[’‘]/gu, "'")
    .replace(/^the\s+/iu, "")
    .replace(/'s$/u, "")
    .replace(/(?<=\p{Lu})\.(?=\p{Lu}|\s|$)/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

/** "Tories" -> "Tory", "Lib Dems" -> "Lib Dem", "Democrats" -> "Democrat"; other words as they are. */
export function singular(word: string): string {
  if (/\p{Ll}ies$/u.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/[^s'i]s$/u.test(word) && !/(ss|us|is|as|os)$/u.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** A name's last word made singular: the key under which a group's singular and plural meet. */
export function singularKey(name: string): string {
  const key = nameKey(name);
  const at = key.lastIndexOf(" ");
  return `${key.slice(0, at + 1)}${singular(key.slice(at + 1))}`;
}

const MINOR_WORDS = new Set(["of", "the", "and", "for", "de", "des", "du", "la", "le", "el", "&", "in", "on", "at"]);

/** "European Union" -> "EU", "Organisation of the Petroleum Exporting Countries" -> "OPEC"; undefined for one word. */
export function initials(name: string): string | undefined {
  const words = nameKey(name)
    .split(/[\s-]+/u)
    .filter((w) => w && !MINOR_WORDS.has(w.toLowerCase()));
  if (words.length < 2 || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  // An acronym inside a name stays whole: "US Steel" is USS, not US.
  return words.map((w) => (/^\p{Lu}[\p{Lu}\p{N}]+$/u.test(w) ? w : w[0])).join("");
}

/** "EU", "NATO", "US": two to six capitals (digits and "&" allowed after the first), once full stops are gone. */
export function isAcronym(name: string): boolean {
  return /^\p{Lu}[\p{Lu}\p{N}&]{1,5}$/u.test(nameKey(name));
}
