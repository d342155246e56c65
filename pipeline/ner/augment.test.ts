import { describe, expect, it } from "vitest";
import { seededRandom } from "../lib/prng.mjs";
import { replaceMentions, replacementPools } from "./augment";
import { labelIndex, spansFromLabels } from "./labels";
import { jackknifeFold } from "./train-tagger";

const pools = replacementPools({
  first: ["anna", "bo"],
  last: ["lindqvist"],
  country: ["norway"],
  city1m: ["new york", "são paulo"],
  org: ["acme"],
  orghead: ["airlines", "bank of"],
});

const O = 0;
const doc = {
  tokens: ["Smith", "met", "Ann", "Smith", "in", "Paris", "at", "Reuters", ";", "Smith", "is", "French", "."],
  gold: [
    labelIndex("U-PER"),
    O,
    labelIndex("B-PER"),
    labelIndex("L-PER"),
    O,
    labelIndex("U-LOC"),
    O,
    labelIndex("U-ORG"),
    O,
    labelIndex("U-PER"),
    O,
    labelIndex("U-MISC"),
    O,
  ],
};
const named = (d: { tokens: string[]; gold: number[] }) =>
  spansFromLabels(d.gold).map((s) => `${s.type}:${d.tokens.slice(s.start, s.end).join(" ")}`);

describe("replacementPools", () => {
  it("title-cases plain gazetteer phrases and makes organisations from names and one-word heads", () => {
    expect(pools.place).toEqual([["Norway"], ["New", "York"]]);
    expect(pools.organization).toContainEqual(["Acme"]);
    expect(pools.organization).toContainEqual(["Lindqvist", "Airlines"]);
    expect(pools.organization.flat()).not.toContain("Bank");
  });
});

describe("replaceMentions", () => {
  it("swaps people, places and organisations for pool names, the same way each time, and keeps MISC", () => {
    const copy = replaceMentions(doc, pools, seededRandom(1), 1);
    expect(named(copy)).toEqual([
      "PER:Lindqvist",
      expect.stringMatching(/^PER:(Anna|Bo) Lindqvist$/u),
      expect.stringMatching(/^LOC:(Norway|New York)$/u),
      expect.stringMatching(/^ORG:/u),
      "PER:Lindqvist",
      "MISC:French",
    ]);
    // The words between names are untouched.
    expect(copy.tokens.filter((t) => ["met", "in", "at", ";", "is", "."].includes(t))).toHaveLength(6);
  });

  it("keeps the document as it is when nothing is swapped, and names written in capitals", () => {
    expect(replaceMentions(doc, pools, seededRandom(1), 0)).toEqual(doc);
    const headline = { tokens: ["REUTERS", "UP"], gold: [labelIndex("U-ORG"), O] };
    expect(replaceMentions(headline, pools, seededRandom(1), 1)).toEqual(headline);
  });
});

describe("jackknifeFold", () => {
  it("puts a copy in the fold of the document it was made from", () => {
    const copy = { ...replaceMentions(doc, pools, seededRandom(2), 1), source: 3 };
    expect(jackknifeFold(doc, 9, 5)).toBe(4);
    expect(jackknifeFold(copy, 9, 5)).toBe(3);
  });
});
