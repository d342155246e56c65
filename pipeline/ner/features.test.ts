import { describe, expect, it } from "vitest";
import { createFeatureTable, hashString, key } from "./feature-hash";
import { baseFeatures, documentFeatures, wordShape } from "./features";
import { gazetteerFromLists, gazetteerMarks } from "./gazetteer";
import { labelIndex } from "./labels";

const gazetteer = gazetteerFromLists({ city: ["oslo", "new york"], first: ["anna"] });

describe("wordShape", () => {
  it("collapses runs of letter case and digits", () => {
    expect(["Reuters", "U.S.", "1996-08-22", "iPhone", "NATO"].map(wordShape)).toEqual([
      "Xx",
      "X.X.",
      "d-d-d",
      "xXx",
      "X",
    ]);
  });
});

describe("gazetteerMarks", () => {
  it("marks single words and the longest capitalised phrase on every token it covers", () => {
    expect(gazetteerMarks(["Anna", "left", "New", "York", "for", "Oslo"], gazetteer)).toEqual([
      ["g=first"],
      [],
      ["gm=city", "gm=city:b"],
      ["gm=city", "gm=city:i"],
      [],
      ["g=city"],
    ]);
  });
});

describe("baseFeatures", () => {
  it("gives a word the same features in the same context, and different ones elsewhere", () => {
    const a = baseFeatures(["Anna", "met", "Bo", "."], gazetteer);
    const b = baseFeatures(["Anna", "met", "Bo", "."], gazetteer);
    const c = baseFeatures(["Then", "Anna", "met", "Bo", "."], gazetteer);
    expect(a).toEqual(b);
    expect(a[0]).not.toEqual(c[1]);
    // The word itself is a shared feature wherever it stands.
    const word = key(1, hashString("Anna"));
    expect(a[0]).toContain(word);
    expect(c[1]).toContain(word);
  });

  it("marks the sentence start and case-blind headlines", () => {
    const body = baseFeatures(["Oslo", "wins", "."], gazetteer)[0]!;
    const headline = baseFeatures(["OSLO", "WINS", "."], gazetteer)[0]!;
    const shape = hashString("X");
    expect(headline).toContain(key(20, 1, shape));
    expect(body).toContain(key(20, 0, hashString("Xx")));
  });

  it("has one list of features per token", () => {
    const tokens = ["A", "b", ".", "C", "d", "."];
    expect(baseFeatures(tokens, gazetteer)).toHaveLength(tokens.length);
    expect(baseFeatures([], gazetteer)).toEqual([]);
  });
});

describe("documentFeatures", () => {
  it("tells a token what the same word was labelled elsewhere in the document", () => {
    const tokens = ["Lindqvist", "spoke", ".", "LINDQVIST", "left", "Lindqvist"];
    const first = [labelIndex("U-PER"), 0, 0, labelIndex("U-ORG"), 0, 0];
    const features = documentFeatures(tokens, first);
    // The last "Lindqvist" was labelled O itself, but PER elsewhere as written (template 33, code 2 = PER).
    expect(features[5]).toContain(key(33, 2));
    // Lower-case tokens get only their label features.
    expect(features[1]).toHaveLength(3);
  });
});

describe("createFeatureTable", () => {
  it("maps keys to ids in order and unknown keys to -1", () => {
    const table = createFeatureTable([7, 3, 0xffffffff]);
    expect([7, 3, 0xffffffff, 5].map((k) => table.get(k))).toEqual([0, 1, 2, -1]);
    expect(table.size).toBe(3);
  });
});
