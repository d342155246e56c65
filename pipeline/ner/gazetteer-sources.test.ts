import { describe, expect, it } from "vitest";
import {
  cityLists,
  countryLists,
  firstNameLists,
  parseWordnetData,
  parseWordnetIndex,
  phraseKey,
  wordnetLists,
  wordnetWords,
  type CountryRecord,
} from "./gazetteer-sources";

const germany: CountryRecord = {
  name: { common: "Germany", official: "Federal Republic of Germany" },
  cca2: "DE",
  altSpellings: ["DE", "Federal Republic of Germany", "Bundesrepublik Deutschland"],
  region: "Europe",
  subregion: "Western Europe",
  languages: { deu: "German" },
  demonyms: { eng: { f: "German", m: "German" }, fra: { f: "Allemande", m: "Allemand" } },
};
const china: CountryRecord = {
  name: { common: "China", official: "People's Republic of China" },
  cca2: "CN",
  altSpellings: ["CN", "Zhōngguó"],
  region: "Asia",
  subregion: "Eastern Asia",
  languages: { zho: "Chinese" },
  demonyms: { eng: { f: "Chinese", m: "Chinese" } },
};

// Lines in WordNet's data.noun format: licence lines start with spaces.
const NOUNS = [
  "  1 This software and database is being provided to you, the LICENSEE, by Princeton University",
  "11075163 18 n 02 Einstein 0 Albert_Einstein 0 001 @i 10726786 n 0000 | physicist born in Germany",
  "09199834 17 n 02 Danube 0 Danube_River 0 001 @i 09429630 n 0000 | the second longest European river",
  "15210486 28 n 01 Christmas 0 001 @ 15207556 n 0000 | a Christian holiday",
  "10274354 18 n 01 Lord_Chancellor 0 001 @ 10002151 n 0000 | the highest officer of the Crown",
  "02084071 05 n 01 Canis 0 001 @ 01317541 n 0000 | type genus of the Canidae",
  "03000001 06 n 01 bath 0 001 @ 04000000 n 0000 | a vessel for washing",
].join("\n");
const INDEX = ["  1 licence line", "bath n 2 1 @ 2 0 03000001 03000002  "].join("\n");
const VERBS = "01900001 38 v 01 split 0 001 @ 01900000 v 0000 | separate into parts";

describe("phraseKey", () => {
  it("tokenises like running text and lower-cases", () => {
    expect(phraseKey("St. Louis")).toBe("st. louis");
    expect(phraseKey("Côte d'Ivoire's")).toBe("côte d'ivoire 's");
  });

  it("rejects phrases longer than the tagger looks up", () => {
    expect(phraseKey("United Kingdom of Great Britain and Northern Ireland")).toBeNull();
    expect(phraseKey("  ")).toBeNull();
  });
});

describe("countryLists", () => {
  const lists = countryLists([germany, china]).build();

  it("lists common and official names and alternative spellings, but not two-letter codes", () => {
    expect(lists.country).toEqual(
      expect.arrayContaining(["germany", "federal republic of germany", "bundesrepublik deutschland", "zhōngguó"]),
    );
    expect(lists.country).not.toContain("de");
  });

  it("lists English demonyms with their plurals, languages and regions", () => {
    expect(lists.demonym).toEqual(["chinese", "german", "germans"]);
    expect(lists.region).toEqual(["asia", "eastern asia", "europe", "western europe"]);
  });
});

describe("cityLists", () => {
  it("buckets places by population, a shared name taking its largest place", () => {
    const lists = cityLists(
      [
        { name: "Springfield", population: 5_000 },
        { name: "Springfield", population: 160_000 },
        { name: "Lagos", population: 9_000_000 },
        { name: "Bath", population: 90_000 },
        { name: "Split", population: 178_000 },
        { name: "Hamlet", population: 500 },
      ],
      new Set(["bath", "split"]),
    ).build();
    expect(lists).toEqual({ city100k: ["split", "springfield"], city1m: ["lagos"] });
  });
});

describe("firstNameLists", () => {
  it("lower-cases and deduplicates", () => {
    expect(firstNameLists(["Anna", "ANNA", "Olaf"]).build()).toEqual({ first: ["anna", "olaf"] });
  });
});

describe("WordNet", () => {
  const nouns = parseWordnetData(NOUNS);
  const others = parseWordnetData(VERBS);

  it("parses synsets, their words and whether they are instances", () => {
    expect(nouns[0]).toEqual({
      offset: "11075163",
      lexfile: "person",
      words: ["Einstein", "Albert Einstein"],
      instance: true,
    });
    expect(nouns).toHaveLength(6);
    expect(others[0]).toMatchObject({ lexfile: "verb", words: ["split"], instance: false });
  });

  it("reads the most frequent sense of each lemma from an index file", () => {
    expect(parseWordnetIndex(INDEX)).toEqual(new Map([["bath", "03000001"]]));
  });

  it("classes instances, capitalised common nouns and everyday words", () => {
    expect(wordnetLists(nouns, others, parseWordnetIndex(INDEX)).build()).toEqual({
      "wc:person": ["lord chancellor"],
      "wc:time": ["christmas"],
      "wi:object": ["danube", "danube river"],
      "wi:person": ["albert einstein", "einstein"],
      "wn:artifact": ["bath"],
      "wl:verb": ["split"],
    });
  });

  it("knows which names are also words or names of something other than a place", () => {
    const words = wordnetWords(nouns, others);
    expect([...words].sort()).toEqual(expect.arrayContaining(["bath", "christmas", "einstein", "split"]));
    expect(words.has("danube")).toBe(true);
  });
});
