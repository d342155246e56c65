import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { blockId, blockIds } from "./block-id";

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

  it("survives edits to other paragraphs, and numbers repeats", () => {
    const before = blockIds(["Intro.", "Middle.", "End."]);
    const after = blockIds(["A new intro, rewritten.", "Middle.", "End."]);
    expect(after.slice(1)).toEqual(before.slice(1));
    const [a, b] = blockIds(["Same.", "Same."]);
    expect(b).toBe(`${a}-2`);
  });
});
