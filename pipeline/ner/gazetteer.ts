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
  startsOf(map); // at load time rather than on the first article
  return map;
}

/** Word classes ("wl:verb": an everyday word) that only tell something about a capitalised token. */
const capitalisedOnly = (category: string) => category.startsWith("wl:");

/** The mark strings of one category, made once: building them per token cost more than the lookups. */
interface CategoryMarks {
  g: string;
  l: string | null;
  gm: string;
  gmb: string;
  gmi: string;
}
const markCache = new Map<string, CategoryMarks>();
function marksOf(c: string): CategoryMarks {
  let m = markCache.get(c);
  if (!m) {
    m = { g: `g=${c}`, l: capitalisedOnly(c) ? null : `l=${c}`, gm: `gm=${c}`, gmb: `gm=${c}:b`, gmi: `gm=${c}:i` };
    markCache.set(c, m);
  }
  return m;
}

/** First words of the gazetteer's multi-word phrases: other words need no phrase lookups. */
const phraseStarts = new WeakMap<Gazetteer, Set<string>>();
function startsOf(gazetteer: Gazetteer): Set<string> {
  let starts = phraseStarts.get(gazetteer);
  if (!starts) {
    starts = new Set<string>();
    for (const phrase of gazetteer.keys()) {
      const space = phrase.indexOf(" ");
      if (space > 0) starts.add(phrase.slice(0, space));
    }
    phraseStarts.set(gazetteer, starts);
  }
  return starts;
}

/**
 * Gazetteer features per token: the categories of the longest listed phrase starting at each capitalised
 * token, marked on every token it covers ("new york" -> `g=city` on both, plus `gm` for multi-word); a
 * lower-case token's own categories are marked `l=`.
 */
export function gazetteerMarks(tokens: readonly string[], gazetteer: Gazetteer): string[][] {
  const marks: string[][] = tokens.map(() => []);
  const lower = tokens.map((t) => t.toLowerCase());
  const starts = startsOf(gazetteer);
  for (let i = 0; i < tokens.length; i++) {
    const single = gazetteer.get(lower[i]!);
    const capitalised = /^\p{Lu}/u.test(tokens[i]!);
    // A lower-case "in" or "turkey" gets marks apart from "IN" (Indiana) and "Turkey", so they weigh apart.
    if (single) {
      for (const c of single) {
        const m = marksOf(c);
        if (capitalised) marks[i]!.push(m.g);
        else if (m.l) marks[i]!.push(m.l);
      }
    }
    if (!capitalised || !starts.has(lower[i]!)) continue;
    for (let n = Math.min(MAX_PHRASE, tokens.length - i); n > 1; n--) {
      const cats = gazetteer.get(lower.slice(i, i + n).join(" "));
      if (!cats) continue;
      for (let j = i; j < i + n; j++) {
        for (const c of cats) {
          const m = marksOf(c);
          marks[j]!.push(m.gm, j === i ? m.gmb : m.gmi);
        }
      }
      break;
    }
  }
  return marks;
}
