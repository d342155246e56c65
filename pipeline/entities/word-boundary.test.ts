import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findEveryOccurrence, findOccurrences } from "./word-boundary";

describe("findEveryOccurrence", () => {
  it("finds, for every needle, what findOccurrences finds for it alone (property)", () => {
    const unit = fc.constantFrom("U", "S", ".", "Putin", "s", " ", "-", "é", "\u0301", "_", "1", "'", "(", "Ann", "a");
    const text = fc.array(unit, { maxLength: 40 }).map((u) => u.join(""));
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 8 }), (haystack, needles) => {
        const found = findEveryOccurrence(haystack, needles);
        for (const needle of needles) expect(found.get(needle) ?? []).toEqual(findOccurrences(haystack, needle));
      }),
      { numRuns: 1000 },
    );
  });

  it("reads the text once, whatever the number of needles", () => {
    const found = findEveryOccurrence("Putin met U.S. envoys; Putins and Putin.", ["Putin", "U.S.", "envoy", ""]);
    expect(found.get("Putin")).toEqual([0, 34]);
    expect(found.get("U.S.")).toEqual([10]);
    expect(found.get("envoy") ?? []).toEqual([]);
  });
});
