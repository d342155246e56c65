import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentenceSegments } from "./sentences";

const whole = (text: string) =>
  [...new Intl.Segmenter("en", { granularity: "sentence" }).segment(text)].map((s) => s.segment);

describe("sentenceSegments", () => {
  it("gives the same sentences as segmenting the whole text at once, for any window (property)", () => {
    // Sentence-ish text with the characters UAX #29's look-ahead rules turn on: abbreviations, closers, digits,
    // lower-case continuations, quotes, line ends.
    const piece = fc.constantFrom(
      "The",
      "vote",
      "etc.",
      "Mr.",
      "U.S.",
      "a",
      "(12)",
      '"Yes."',
      "no!",
      "why?",
      "3.5",
      "\n",
      "  ",
      ")",
      "é",
      "Ünion",
      ".",
      "?!",
      "”",
      "…",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), fc.integer({ min: 1, max: 64 }), (pieces, window) => {
        const text = pieces.join(" ");
        expect([...sentenceSegments(text, window)]).toEqual(whole(text));
      }),
      { numRuns: 300 },
    );
  });

  it("segments a long one-line paragraph in bounded windows, the same as at once", () => {
    const text = "The committee met again on Tuesday to discuss the budget for next year. ".repeat(400);
    expect([...sentenceSegments(text)]).toEqual(whole(text));
  });
});
