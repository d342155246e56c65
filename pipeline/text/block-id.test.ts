import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockId, blockIdReference, blockIds } from "./block-id";

describe("blockId", () => {
  it("depends only on the paragraph's words, not on case, spacing or punctuation", () => {
    expect(blockId("The Kremlin denies all charges.")).toBe(blockId("the  Kremlin denies all charges"));
    expect(blockId("The Kremlin denies all charges.")).not.toBe(blockId("The Kremlin denies some charges."));
  });

  it("is a short URL-fragment-safe string for any text (property)", () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(blockId(text)).toMatch(/^[a-z0-9]{7}$/);
      }),
    );
  });

  it("equals its definition for any text, Unicode included (property)", () => {
    const pieces = fc.constantFrom(
      "Kremlin",
      "É",
      "ß",
      "İ",
      "’",
      "—",
      " ",
      "\n",
      "1",
      "٣",
      "𝐀",
      "😀",
      "\ud800",
      "ﬁ",
      "Ⅻ",
      ".",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme" }),
          fc.array(pieces).map((p) => p.join("")),
        ),
        (text) => {
          expect(blockId(text)).toBe(blockIdReference(text));
        },
      ),
      { numRuns: 2000 },
    );
    for (const text of ["", "  ", "Ünïcödé ﬁnance 𝐀𝐁 ٣", "a\ud800b", "’Tis the season — 2026."]) {
      expect(blockId(text)).toBe(blockIdReference(text));
    }
  });

  it("survives edits to other paragraphs, and numbers repeats", () => {
    const before = blockIds(["Intro.", "Middle.", "End."]);
    const after = blockIds(["A new intro, rewritten.", "Middle.", "End."]);
    expect(after.slice(1)).toEqual(before.slice(1));
    const [a, b] = blockIds(["Same.", "Same."]);
    expect(b).toBe(`${a}-2`);
  });
});
