import { describe, expect, it } from "vitest";
import { clusterKey, clusterLists, wordClusters } from "./word-clusters";

// Two kinds of word in two kinds of context: towns follow "in" and precede "today"; verbs follow "they" and
// precede "it". Each word appears often enough to be classed.
const towns = ["oslo", "lima", "kyiv", "hanoi"];
const verbs = ["bought", "sold", "kept", "lost"];
const sentences: string[][] = [];
for (let r = 0; r < 3; r++) {
  for (const t of towns) sentences.push(["We", "met", "in", t[0]!.toUpperCase() + t.slice(1), "today", "."]);
  for (const v of verbs) sentences.push(["They", v, "it", "quickly", "."]);
}
const options = { minCount: 3, contextWords: 20, levels: [2, 1], iterations: 10, seed: 7 };

describe("wordClusters", () => {
  it("puts words used in the same contexts in one class and the others in another", () => {
    const clusters = wordClusters(sentences, options);
    const fine = (w: string) => clusters.get(w)![0];
    expect(new Set(towns.map(fine)).size).toBe(1);
    expect(new Set(verbs.map(fine)).size).toBe(1);
    expect(fine("oslo")).not.toBe(fine("sold"));
  });

  it("groups fine classes into coarser ones, and classes only words seen minCount times", () => {
    const clusters = wordClusters(sentences, { ...options, minCount: 4 });
    expect(clusters.has("oslo")).toBe(false); // three times
    expect(clusters.has("today")).toBe(true); // twelve
    const all = wordClusters(sentences, options);
    expect(all.get("oslo")![1]).toBe(all.get("sold")![1]);
    expect(all.has(".")).toBe(false); // punctuation only serves as context
  });

  it("is deterministic for a seed", () => {
    expect([...wordClusters(sentences, options)]).toEqual([...wordClusters(sentences, options)]);
  });
});

describe("clusterKey", () => {
  it("folds case and digits", () => {
    expect(clusterKey("Oslo")).toBe("oslo");
    expect(clusterKey("1996")).toBe("0000");
  });
});

describe("clusterLists", () => {
  it("writes each level's classes as gazetteer categories", () => {
    const lists = clusterLists(
      new Map([
        ["oslo", [1, 0]],
        ["lima", [1, 0]],
        ["sold", [0, 0]],
      ]),
      [2, 1],
    );
    expect(lists).toEqual({ "bc2:1": ["lima", "oslo"], "bc1:0": ["lima", "oslo", "sold"], "bc2:0": ["sold"] });
  });
});
