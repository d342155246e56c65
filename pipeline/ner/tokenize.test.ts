import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentenceRanges, tokenize } from "./tokenize";

const texts = (text: string) => tokenize(text).map((t) => t.text);

describe("tokenize", () => {
  it("splits punctuation, possessives and n't the way CoNLL news is tokenised", () => {
    expect(texts("The Kremlin's \"offer\" (Friday) wasn't new, Reuters said.")).toEqual([
      "The",
      "Kremlin",
      "'s",
      '"',
      "offer",
      '"',
      "(",
      "Friday",
      ")",
      "was",
      "n't",
      "new",
      ",",
      "Reuters",
      "said",
      ".",
    ]);
  });

  it("keeps initialisms, abbreviations, initials, hyphenated words and numbers whole", () => {
    expect(texts("U.S. Steel Corp. and George W. Bush met 1996-08-22 at 3.5 percent, year-old deal.")).toEqual([
      "U.S.",
      "Steel",
      "Corp.",
      "and",
      "George",
      "W.",
      "Bush",
      "met",
      "1996-08-22",
      "at",
      "3.5",
      "percent",
      ",",
      "year-old",
      "deal",
      ".",
    ]);
  });

  it("keeps the dot of an abbreviation written in capitals, as in a headline", () => {
    expect(texts("ST. LOUIS CORP. SAYS NO.")).toEqual(["ST.", "LOUIS", "CORP.", "SAYS", "NO."]);
  });

  it("leaves already tokenised text as it is", () => {
    expect(texts("Clinton 's aides did n't say ... -- '96")).toEqual([
      "Clinton",
      "'s",
      "aides",
      "did",
      "n't",
      "say",
      "...",
      "--",
      "'96",
    ]);
  });

  it("returns offsets that slice back to each token, in order and without overlap", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom("A", "b", " ", ".", "'", "s", ",", "(", "-", "1", "é") }),
        (text) => {
          let last = 0;
          for (const t of tokenize(text)) {
            expect(text.slice(t.start, t.end)).toBe(t.text);
            expect(t.start).toBeGreaterThanOrEqual(last);
            last = t.end;
          }
        },
      ),
    );
  });
});

describe("sentenceRanges", () => {
  it("starts a sentence after . ! or ?, keeping runs of them together", () => {
    expect(sentenceRanges(["A", "b", ".", "C", "!", "?", "D"])).toEqual([
      [0, 3],
      [3, 6],
      [6, 7],
    ]);
    expect(sentenceRanges([])).toEqual([]);
  });
});
