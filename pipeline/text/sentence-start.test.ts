import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { followsSentenceEnd } from "./sentence-start";

/** The definition, as the rules that use it first wrote it: linear in `start`, so quadratic over a long block. */
const reference = (text: string, start: number) => /(?:^|[.!?]["”’)]?\s+)$/u.test(text.slice(0, start));

describe("followsSentenceEnd", () => {
  it("is the regular expression's answer, for any text and position (property)", () => {
    const unit = fc.constantFrom(".", "!", "?", '"', "”", "’", ")", " ", "\n", "\t", "\u00A0", "a", "B", "1", ",");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), fc.nat(), (units, at) => {
        const text = units.join("");
        const start = text.length === 0 ? 0 : at % (text.length + 1);
        expect(followsSentenceEnd(text, start)).toBe(reference(text, start));
      }),
      { numRuns: 2000 },
    );
  });

  it("looks only at the characters just before the position", () => {
    expect(followsSentenceEnd("It rained. Clinics", 11)).toBe(true);
    expect(followsSentenceEnd('He said "no." Then', 14)).toBe(true);
    expect(followsSentenceEnd("the Clinics", 4)).toBe(false);
    expect(followsSentenceEnd("Clinics", 0)).toBe(true);
    expect(followsSentenceEnd("end.Clinics", 4)).toBe(false);
  });
});
