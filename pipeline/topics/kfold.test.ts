import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { seededRandom } from "../lib/prng.mjs";
import { kFoldSplits, shuffled } from "./kfold";

describe("kFoldSplits", () => {
  it("puts every index in exactly one test fold and trains on all the others", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("a", "b", "c"), { minLength: 10, maxLength: 200 }),
        fc.integer({ min: 2, max: 10 }),
        fc.integer(),
        (labels, k, seed) => {
          const folds = kFoldSplits(labels, k, seed);
          expect(folds).toHaveLength(k);
          const tested = folds.flatMap((f) => f.test).sort((a, b) => a - b);
          expect(tested).toEqual(labels.map((_, i) => i));
          for (const { train, test } of folds) {
            const held = new Set(test);
            expect(train.some((i) => held.has(i))).toBe(false);
            expect(train.length + test.length).toBe(labels.length);
          }
        },
      ),
    );
  });

  it("keeps each label's share the same in every fold (stratified)", () => {
    const labels = [...Array(30).fill("World"), ...Array(10).fill("Sports"), ...Array(7).fill("Business")];
    for (const { test } of kFoldSplits(labels, 5, 7)) {
      const count = (label: string) => test.filter((i) => labels[i] === label).length;
      expect(count("World")).toBe(6);
      expect(count("Sports")).toBe(2);
      expect([1, 2]).toContain(count("Business"));
    }
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const labels = Array.from({ length: 50 }, (_, i) => (i % 2 ? "x" : "y"));
    expect(kFoldSplits(labels, 5, 3)).toEqual(kFoldSplits(labels, 5, 3));
    expect(kFoldSplits(labels, 5, 3)).not.toEqual(kFoldSplits(labels, 5, 4));
  });

  it("rejects a k that cannot split the data", () => {
    expect(() => kFoldSplits(["a", "b"], 1)).toThrow(/k must be/);
    expect(() => kFoldSplits(["a", "b"], 3)).toThrow(/at least/);
  });
});

describe("shuffled", () => {
  it("is a permutation and leaves its input alone", () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = shuffled(input, seededRandom(1));
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
