import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { highlightSearch, parseHighlight } from "./highlight-params";

describe("highlight params", () => {
  it("round-trips the search's words and phrase words", () => {
    const search = highlightSearch({ words: ["grain"], phrases: [["black", "sea"]], excluded: [["russia"]] });
    expect(search).toBe("highlight=grain+black+sea");
    expect(parseHighlight(new URLSearchParams(search))).toEqual({
      words: ["grain", "black", "sea"],
      phrases: [],
      excluded: [],
    });
  });

  it("ignores junk and never throws", () => {
    expect(parseHighlight(new URLSearchParams("highlight=<b>the</b>"))).toBeNull();
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const parsed = parseHighlight(new URLSearchParams({ highlight: junk }));
        expect(parsed === null || parsed.words.every((w) => /^[\p{L}\p{N}]+$/u.test(w))).toBe(true);
      }),
    );
  });
});
