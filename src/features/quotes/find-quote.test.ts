import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { joinBlocks, rangesInBlocks } from "./block-ranges";
import { findQuote, quoteAt } from "./find-quote";

const text =
  "The Kremlin denies all charges. Earlier, the newspaper said the Kremlin denies all charges of interference.";

describe("findQuote", () => {
  it("finds an exact quote, choosing the occurrence whose context matches", () => {
    const second = text.lastIndexOf("the Kremlin denies all charges");
    const quote = quoteAt(text, second, second + "the Kremlin denies all charges".length);
    expect(findQuote(text, quote)).toEqual({ start: second, end: quote.exact.length + second, exact: true });
  });

  it("still finds a quote after small edits to the article, and says it is approximate", () => {
    const quote = { exact: "the newspaper said the Kremlin denies", prefix: "Earlier, ", suffix: " all" };
    const edited = text.replace("newspaper said", "newspaper says");
    const match = findQuote(edited, quote);
    expect(match?.exact).toBe(false);
    expect(edited.slice(match!.start, match!.end)).toContain("newspaper says the Kremlin");
  });

  it("gives up plainly on a passage that is not there", () => {
    expect(
      findQuote(text, { exact: "an entirely different sentence about football", prefix: "", suffix: "" }),
    ).toBeNull();
  });

  it("re-finds any quote cut from the text exactly where it was (property)", () => {
    fc.assert(
      fc.property(fc.nat(text.length - 1), fc.integer({ min: 1, max: 40 }), (start, length) => {
        const end = Math.min(text.length, start + length);
        const match = findQuote(text, quoteAt(text, start, end));
        expect(match && text.slice(match.start, match.end)).toBe(text.slice(start, end));
      }),
    );
  });
});

describe("rangesInBlocks", () => {
  it("maps a range of the joined text back onto each block it covers", () => {
    const blocks = ["First para.", "Second para.", "Third."];
    const joined = joinBlocks(blocks);
    const start = joined.indexOf("para.");
    const end = joined.indexOf("Third") + 3;
    expect([...rangesInBlocks(blocks, start, end)]).toEqual([
      [0, { start: 6, end: 11 }],
      [1, { start: 0, end: 12 }],
      [2, { start: 0, end: 3 }],
    ]);
  });

  it("covers exactly the range's non-separator characters (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.nat(),
        (blocks, a, b) => {
          const joined = joinBlocks(blocks);
          const start = a % (joined.length + 1);
          const end = start + (b % (joined.length - start + 1));
          const separators = new Set<number>();
          let at = -1;
          for (const block of blocks.slice(0, -1)) separators.add((at += block.length + 1));
          const expected = [...Array(end - start).keys()]
            .map((i) => start + i)
            .filter((p) => !separators.has(p))
            .map((p) => joined[p])
            .join("");
          const covered = [...rangesInBlocks(blocks, start, end)]
            .map(([i, r]) => blocks[i]!.slice(r.start, r.end))
            .join("");
          expect(covered).toBe(expected);
        },
      ),
    );
  });
});
