import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LONG_WORDS, countWords, countWordsReference, reflowParagraph } from "./reflow";

describe("reflowParagraph", () => {
  it("keeps a paragraph of ordinary length exactly", () => {
    const text = "A short paragraph. It has two sentences.";
    expect(reflowParagraph(text)).toEqual([text]);
  });

  it("splits a wall of text at sentence ends into paragraphs no longer than the limit", () => {
    const sentence = "The committee met again on Tuesday to discuss the budget for next year. ";
    const wall = sentence.repeat(40).trim();
    const out = reflowParagraph(wall);
    expect(out.length).toBeGreaterThan(3);
    for (const p of out) {
      expect(p.endsWith(".")).toBe(true);
      expect(countWords(p)).toBeLessThanOrEqual(LONG_WORDS);
    }
  });

  it("never loses or reorders words (property)", () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,8}$/);
    const sentence = fc.array(word, { minLength: 1, maxLength: 30 }).map((ws) => `${ws.join(" ")}.`);
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 40 }), (sentences) => {
        const text = sentences.join(" ");
        expect(reflowParagraph(text).join(" ")).toBe(text);
      }),
    );
  });
});

describe("countWords", () => {
  it("equals its definition for any text, Unicode included (property)", () => {
    const pieces = fc.constantFrom(
      "word",
      "O",
      "’",
      "'",
      ".",
      "-",
      "--",
      " ",
      "\n",
      "3",
      "٣",
      "É",
      "𝐀",
      "😀",
      "\ud800",
      "—",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme" }),
          fc.string({ unit: "binary" }),
          fc.array(pieces).map((p) => p.join("")),
        ),
        (text) => {
          expect(countWords(text)).toBe(countWordsReference(text));
        },
      ),
      { numRuns: 2000 },
    );
    expect(countWords("O’Brien’s well-known U.S. plan -- 2.5 times.")).toBe(6);
  });
});
