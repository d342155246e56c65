import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseQuote, serializeQuote, textFragment, type QuoteSelector } from "./quote-params";

const word = fc.stringMatching(/^[\p{L}\p{N}'’,.;:!?&=#%+\-]{1,10}$/u);
const phrase = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((ws) => ws.join(" "));
const quoteArb: fc.Arbitrary<QuoteSelector> = fc.record({
  exact: phrase(20),
  prefix: fc.oneof(fc.constant(""), phrase(3)).map((s) => s.slice(0, 64)),
  suffix: fc.oneof(fc.constant(""), phrase(3)).map((s) => s.slice(0, 64)),
});

describe("quote parameters", () => {
  it("round-trip any valid quote through the URL", () => {
    fc.assert(
      fc.property(quoteArb, (quote) => {
        expect(parseQuote(new URLSearchParams(serializeQuote(quote)))).toEqual(quote);
      }),
    );
  });

  it("fall back to no quote for anything malformed, never throwing", () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const parsed = parseQuote(new URLSearchParams(junk));
        if (parsed) expect(parsed.exact.length).toBeGreaterThan(0);
      }),
    );
    expect(parseQuote(new URLSearchParams("quote=%20%20"))).toBeNull();
    expect(parseQuote(new URLSearchParams(`quote=${"a".repeat(1001)}`))).toBeNull();
  });
});

describe("textFragment", () => {
  it("escapes the directive's separators inside each part", () => {
    expect(textFragment({ exact: "non-interference, guarantees & more", prefix: "the US", suffix: "in 2016" })).toBe(
      "#:~:text=the%20US-,non%2Dinterference%2C%20guarantees%20%26%20more,-in%202016",
    );
  });

  it("uses the start,end form for long quotes", () => {
    const exact = "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen";
    expect(textFragment({ exact, prefix: "", suffix: "" })).toBe(
      "#:~:text=one%20two%20three%20four,twelve%20thirteen%20fourteen%20fifteen",
    );
  });
});
