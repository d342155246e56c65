import { MAX_PHRASE, type GazetteerLists } from "./gazetteer";
import { tokenize } from "./tokenize";

/**
 * Gazetteers generated from well-kept data packages (countries, GeoNames cities, first names, WordNet), so no
 * list is typed in by hand. Each function here is pure and takes the package's data as parsed input; reading
 * the installed packages is gazetteer-packages.ts's job. Entries are keyed the way the tagger looks them up:
 * tokenised like running text, lower-cased, joined by single spaces, at most MAX_PHRASE tokens.
 */

export function phraseKey(name: string): string | null {
  const tokens = tokenize(name.trim());
  if (tokens.length === 0 || tokens.length > MAX_PHRASE) return null;
  return tokens.map((t) => t.text.toLowerCase()).join(" ");
}

/** Category -> set of phrase keys, turned into sorted lists (so the same data gives the same model bytes). */
export class ListBuilder {
  private readonly lists = new Map<string, Set<string>>();

  add(category: string, name: string): void {
    const k = phraseKey(name);
    if (!k || !/\p{L}/u.test(k)) return;
    const set = this.lists.get(category) ?? new Set<string>();
    set.add(k);
    this.lists.set(category, set);
  }

  build(): GazetteerLists {
    const out: GazetteerLists = {};
    for (const category of [...this.lists.keys()].sort()) out[category] = [...this.lists.get(category)!].sort();
    return out;
  }
}

export interface CountryRecord {
  name: { common: string; official: string };
  cca2: string;
  altSpellings: string[];
  region: string;
  subregion: string;
  languages: Record<string, string>;
  demonyms: Record<string, { f: string; m: string }>;
}

/** "Afghan" -> "Afghans"; "Chinese", "Swiss", "British" have no -s plural. */
const demonymPlural = (d: string): string | null => (/(?:ese|ss|sh|ch|s|i)$/u.test(d) ? null : `${d}s`);

/**
 * Countries by their common and official names and alternative spellings (country codes equal to the
 * two-letter ISO code are left out: "DE" would match the particle "de"); English demonyms and their
 * plurals, language names; world regions and subregions.
 */
export function countryLists(countries: readonly CountryRecord[], into = new ListBuilder()): ListBuilder {
  for (const c of countries) {
    for (const name of [c.name.common, c.name.official, ...c.altSpellings]) {
      if (name !== c.cca2) into.add("country", name);
    }
    for (const d of [c.demonyms.eng?.m, c.demonyms.eng?.f]) {
      if (!d) continue;
      into.add("demonym", d);
      const plural = demonymPlural(d);
      if (plural) into.add("demonym", plural);
    }
    for (const language of Object.values(c.languages)) into.add("demonym", language);
    for (const region of [c.region, c.subregion]) if (region) into.add("region", region);
  }
  return into;
}

export interface CityRecord {
  name: string;
  population: number;
}

/**
 * Population buckets, largest first: a city of a million is stronger evidence than a town. Places under
 * 10,000 (two thirds of the package) made the model file a fifth larger and its loading slower, for no
 * measurable gain.
 */
export const CITY_BUCKETS: ReadonlyArray<readonly [string, number]> = [
  ["city1m", 1_000_000],
  ["city100k", 100_000],
  ["city10k", 10_000],
];

/**
 * GeoNames places by population bucket; a name shared by several places takes its largest one. Towns under
 * 100,000 whose name is a word or name WordNet lists other than as a place ("Split" is large enough, but "Of",
 * "Christmas" or "Obama" as a town is no evidence of anything), or a first name, are left out.
 */
export function cityLists(
  cities: readonly CityRecord[],
  commonWords: ReadonlySet<string>,
  into = new ListBuilder(),
): ListBuilder {
  const largest = new Map<string, number>();
  for (const { name, population } of cities) {
    const k = phraseKey(name);
    if (k && population > (largest.get(k) ?? -1)) largest.set(k, population);
  }
  for (const [k, population] of largest) {
    const bucket = CITY_BUCKETS.find(([, min]) => population >= min);
    if (!bucket) continue;
    if (bucket[1] < 100_000 && commonWords.has(k)) continue;
    into.add(bucket[0], k);
  }
  return into;
}

export function firstNameLists(names: readonly string[], into = new ListBuilder()): ListBuilder {
  for (const n of names) into.add("first", n);
  return into;
}

/** WordNet 3.1 noun lexicographer files (lexnames 03–28), the categories of its nouns. */
const NOUN_FILES = [
  "tops",
  "act",
  "animal",
  "artifact",
  "attribute",
  "body",
  "cognition",
  "communication",
  "event",
  "feeling",
  "food",
  "group",
  "location",
  "motive",
  "object",
  "person",
  "phenomenon",
  "plant",
  "possession",
  "process",
  "quantity",
  "relation",
  "shape",
  "state",
  "substance",
  "time",
];

/** Synset types of the other data files: verbs, adjectives (and satellites), adverbs. */
const POS: Record<string, string> = { v: "verb", a: "adj", s: "adj", r: "adv" };

export interface WordnetSynset {
  offset: string;
  lexfile: string;
  words: string[];
  instance: boolean;
}

/**
 * Synsets of a WordNet `data.*` file: `offset lex_filenum ss_type w_cnt (word lex_id)* p_cnt (ptr)* | gloss`.
 * Licence lines start with spaces. Words keep their case; "_" becomes a space, adjective markers "(a)" go.
 */
export function parseWordnetData(text: string): WordnetSynset[] {
  const out: WordnetSynset[] = [];
  for (const line of text.split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.split(" ");
    const lexnum = Number(f[1]);
    const count = parseInt(f[3]!, 16);
    const words: string[] = [];
    for (let i = 0; i < count; i++) words.push(f[4 + 2 * i]!.replace(/\(\w+\)$/u, "").replace(/_/gu, " "));
    const pointerAt = 4 + 2 * count;
    const pointers = Number(f[pointerAt]);
    let instance = false;
    for (let p = 0; p < pointers; p++) if (f[pointerAt + 1 + 4 * p] === "@i") instance = true;
    const lexfile = f[2] === "n" ? (NOUN_FILES[lexnum - 3] ?? "other") : (POS[f[2]!] ?? "other");
    out.push({ offset: f[0]!, lexfile, words, instance });
  }
  return out;
}

/**
 * First (most frequent) sense of each lemma in a WordNet `index.*` file:
 * `lemma pos synset_cnt p_cnt (ptr)* sense_cnt tagsense_cnt (offset)+`.
 */
export function parseWordnetIndex(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const f = line.trim().split(" ");
    const pointers = Number(f[3]);
    const first = f[4 + pointers + 2];
    if (first) out.set(f[0]!.replace(/_/gu, " "), first);
  }
  return out;
}

const hasUpper = (w: string) => /\p{Lu}/u.test(w);

/** Instance categories worth a feature of their own; other instances share `wi:other`. */
const INSTANCE_FILES = new Set(["person", "location", "group", "object", "artifact", "communication", "act", "event"]);
/** Capitalised common nouns of these files are Latin genus and species names: no help with news. */
const SPECIES_FILES = new Set(["animal", "plant"]);

/**
 * WordNet word classes:
 * - `wi:<file>`: instance nouns (proper names: "Einstein", "Danube", "NATO") by lexicographer file;
 * - `wc:<file>`: a capitalised lemma WordNet lists only as a common noun ("Christmas", "DVD",
 *   "Lord Chancellor", "Democrat"): titles, holidays, products, members of groups, not names;
 * - `wn:<file>`: single lower-case nouns by the file of their most frequent sense ("club" and "band" are
 *   groups, "coach" a person, "town" a location), which gives the words around a name a class that carries
 *   over to words the training data never had;
 * - `wl:<pos>`: single lower-case verbs, adjectives and adverbs, for telling a capitalised everyday word in a
 *   headline or at a sentence start from a name.
 */
export function wordnetLists(
  nouns: readonly WordnetSynset[],
  others: readonly WordnetSynset[],
  firstNounSense: ReadonlyMap<string, string>,
  into = new ListBuilder(),
): ListBuilder {
  const instances = new Set<string>();
  for (const s of nouns) if (s.instance) for (const w of s.words) instances.add(w.toLowerCase());
  for (const s of nouns) {
    for (const w of s.words) {
      if (s.instance) into.add(`wi:${INSTANCE_FILES.has(s.lexfile) ? s.lexfile : "other"}`, w);
      else if (hasUpper(w) && !instances.has(w.toLowerCase()) && !SPECIES_FILES.has(s.lexfile))
        into.add(`wc:${s.lexfile}`, w);
      else if (!hasUpper(w) && !w.includes(" ") && firstNounSense.get(w) === s.offset) into.add(`wn:${s.lexfile}`, w);
    }
  }
  for (const s of others) for (const w of s.words) if (!hasUpper(w) && !/[ -]/u.test(w)) into.add(`wl:${s.lexfile}`, w);
  return into;
}

/**
 * Lower-cased words and phrases WordNet lists for something other than a town: everyday words of any part
 * of speech, and names of people, groups, holidays… ("Christmas", "NATO", "Obama" are also villages).
 */
export function wordnetWords(nouns: readonly WordnetSynset[], others: readonly WordnetSynset[]): Set<string> {
  const out = new Set<string>();
  for (const s of nouns) if (s.lexfile !== "location") for (const w of s.words) out.add(w.toLowerCase());
  for (const s of others) for (const w of s.words) out.add(w.toLowerCase());
  return out;
}
