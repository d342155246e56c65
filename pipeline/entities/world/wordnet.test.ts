import { describe, expect, it } from "vitest";
import { ancestors, isInstance, loadWordNet, parseDataFile, synsetOfSenseKey, wholes } from "./wordnet";

const DATA_NOUN = [
  "  1 This software and database is being provided to you, the LICENSEE, by Princeton University",
  "00000001 15 n 01 country 0 000 | a politically organized body of people",
  "00000002 15 n 02 United_States 0 US 0 002 @i 00000001 n 0000 #p 00000004 n 0000 | North American republic",
  "00000003 15 n 01 London 0 002 @i 00000001 n 0000 #p 00000002 n 0000 | the capital",
  "00000004 17 n 01 America 0 000 | a landmass",
  "00000005 06 n 02 DVD 0 digital_versatile_disc 0 001 @ 00000006 n 0000 | a digital recording",
  "00000006 06 n 01 disk 0 000 | a flat round object",
  "",
].join("\n");

const INDEX_SENSE = [
  "country%1:15:00:: 00000001 1 29",
  "united_states%1:15:00:: 00000002 1 3",
  "us%1:15:00:: 00000002 1 0",
  "dvd%1:06:00:: 00000005 1 2",
  "disk%1:06:00:: 00000006 1 7",
  "male%3:00:00:: 00000100 1 40",
].join("\n");

const DATA_ADJ = "00000100 00 a 01 male 0 000 | being the sex that produces gametes\n";

const wn = loadWordNet({ dataNoun: DATA_NOUN, otherData: [DATA_ADJ], indexSense: INDEX_SENSE });

describe("parseDataFile", () => {
  it("reads lemmas with their case, lexicographer file, pointers and gloss, skipping the licence header", () => {
    const synsets = parseDataFile(DATA_NOUN);
    expect(synsets).toHaveLength(6);
    expect(synsets[1]).toEqual({
      offset: "00000002",
      lexFile: 15,
      words: ["United States", "US"],
      hypernyms: [],
      instanceOf: ["00000001"],
      partOf: ["00000004"],
      gloss: "North American republic",
    });
    expect(synsets[4]!.hypernyms).toEqual(["00000006"]);
  });
});

describe("loadWordNet", () => {
  it("resolves sense keys and keeps noun tag counts by synset and lemma", () => {
    expect(synsetOfSenseKey(wn, "country%1:15:00::").words).toEqual(["country"]);
    expect(wn.tagCounts.get("00000002|united states")).toBe(3);
    expect(() => synsetOfSenseKey(wn, "nation%1:15:00::")).toThrow(/policy tables/);
  });

  it("counts only senses written in lowercase as ordinary words, of any part of speech", () => {
    expect(wn.lowercaseWords.get("disk")).toBe(7);
    expect(wn.lowercaseWords.get("male")).toBe(40);
    expect(wn.lowercaseWords.get("dvd")).toBeUndefined(); // written "DVD"
    expect(wn.lowercaseWords.get("digital versatile disc")).toBe(0);
  });

  it("walks hypernyms and part holonyms transitively", () => {
    const london = wn.synsets.get("00000003")!;
    expect(isInstance(london)).toBe(true);
    expect([...ancestors(wn, london)]).toEqual(["00000001"]);
    expect([...wholes(wn, london)].sort()).toEqual(["00000002", "00000004"]);
  });
});
