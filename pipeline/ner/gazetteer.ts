/** Lower-case word or phrase -> the gazetteer categories it belongs to. Stored inside the model file. */
export type Gazetteer = ReadonlyMap<string, readonly string[]>;

/** Longest phrase looked up, in tokens. */
export const MAX_PHRASE = 4;

/** Category lists as the model file stores them: category -> phrases. */
export type GazetteerLists = Record<string, string[]>;

export function gazetteerFromLists(lists: GazetteerLists): Gazetteer {
  const map = new Map<string, readonly string[]>();
  for (const [category, phrases] of Object.entries(lists)) {
    // Most phrases have one category: they share one array, copied only when a second category comes.
    const only = [category];
    for (const phrase of phrases) {
      const cats = map.get(phrase);
      if (!cats) map.set(phrase, only);
      else if (!cats.includes(category)) map.set(phrase, [...cats, category]);
    }
  }
  return map;
}

/** Word classes ("wl:verb": an everyday word) that only tell something about a capitalised token. */
const capitalisedOnly = (category: string) => category.startsWith("wl:");

/**
 * Gazetteer features per token: the categories of the longest listed phrase starting at each capitalised
 * token, marked on every token it covers ("new york" -> `g=city` on both, plus `gm` for multi-word); a
 * lower-case token's own categories are marked `l=`.
 */
export function gazetteerMarks(tokens: readonly string[], gazetteer: Gazetteer): string[][] {
  const marks: string[][] = tokens.map(() => []);
  const lower = tokens.map((t) => t.toLowerCase());
  for (let i = 0; i < tokens.length; i++) {
    const single = gazetteer.get(lower[i]!);
    const capitalised = /^\p{Lu}/u.test(tokens[i]!);
    // A lower-case "in" or "turkey" gets marks apart from "IN" (Indiana) and "Turkey", so they weigh apart.
    if (single) {
      for (const c of single) {
        if (capitalised) marks[i]!.push(`g=${c}`);
        else if (!capitalisedOnly(c)) marks[i]!.push(`l=${c}`);
      }
    }
    if (!capitalised) continue;
    for (let n = Math.min(MAX_PHRASE, tokens.length - i); n > 1; n--) {
      const cats = gazetteer.get(lower.slice(i, i + n).join(" "));
      if (!cats) continue;
      for (let j = i; j < i + n; j++) for (const c of cats) marks[j]!.push(`gm=${c}`, `gm=${c}:${j === i ? "b" : "i"}`);
      break;
    }
  }
  return marks;
}
