/**
 * The full-text index's format (MiniSearch, docs/decisions/011-search-library.md): the pipeline builds it with
 * these options and the browser loads it with the same ones, so they live here, beside the other data formats.
 */

export const SEARCH_FIELDS = ["title", "text"] as const;

/**
 * Very common words carry no meaning for ranking and make up a large share of the index, so they are not
 * indexed; a query made only of them finds nothing rather than everything.
 */
const STOP_WORDS = new Set(
  (
    "a an and are as at be been but by for from had has have he her his i in is it its of on or our she so that the " +
    "their them there they this to was we were which who will with you"
  ).split(" "),
);

/** Letters and digits, apostrophes inside words kept ("o'brien"), everything else separates words. */
export const WORD_PATTERN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Lower case, accents folded, possessive dropped; stop words and single characters are not indexed. */
export function normalizeTerm(term: string): string | null {
  const folded = term
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’]s$/, "")
    .replace(/['’]/g, "");
  if (folded.length < 2 || STOP_WORDS.has(folded)) return null;
  return folded;
}

export function tokenize(text: string): string[] {
  return text.match(WORD_PATTERN) ?? [];
}

/** MiniSearch options shared by the index build and the browser's load (it must use the very same). */
export const SEARCH_INDEX_OPTIONS = {
  fields: [...SEARCH_FIELDS] as string[],
  idField: "id",
  tokenize,
  processTerm: normalizeTerm,
};

export interface SearchDocument {
  /** The article's position in the catalog. */
  id: number;
  title: string;
  text: string;
}
