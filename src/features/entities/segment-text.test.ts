import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { segmentText, splitByHighlight, type Range } from "./segment-text";

/** Text with astral characters (emoji, CJK extension B) so UTF-16 offsets and code points differ. */
const textArb = fc.string({
  unit: fc.oneof(
    fc.constantFrom("a", " ", "é", "🗞", "𠀋", "\n"),
    fc.string({ unit: "grapheme", minLength: 1, maxLength: 1 }),
  ),
  maxLength: 60,
});

/** A valid set of ranges: in bounds, non-empty, on code point boundaries, not overlapping. */
function validRanges(text: string): fc.Arbitrary<Range[]> {
  const boundaries = [0];
  for (const ch of text) boundaries.push((boundaries.at(-1) ?? 0) + ch.length);
  return fc.uniqueArray(fc.constantFrom(...boundaries), { maxLength: boundaries.length }).map((cuts) => {
    const sorted = [...cuts].sort((a, b) => a - b);
    const ranges: Range[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) ranges.push({ start: sorted[i]!, end: sorted[i + 1]! });
    return ranges;
  });
}

describe("segmentText", () => {
  it("splits text around ranges", () => {
    const text = "Putin met Biden.";
    const segments = segmentText(text, [
      { start: 10, end: 15 },
      { start: 0, end: 5 },
    ]);
    expect(segments.map((s) => [s.text, s.range !== null])).toEqual([
      ["Putin", true],
      [" met ", false],
      ["Biden", true],
      [".", false],
    ]);
  });

  it("for any valid ranges: segments are contiguous, never overlap, rebuild the text, and keep every range", () => {
    fc.assert(
      fc.property(
        textArb.chain((text) => fc.tuple(fc.constant(text), validRanges(text))),
        ([text, ranges]) => {
          const segments = segmentText(text, [...ranges].reverse());
          expect(segments.map((s) => s.text).join("")).toBe(text);
          let cursor = 0;
          for (const s of segments) {
            expect(s.start).toBe(cursor);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.text).toBe(text.slice(s.start, s.end));
            cursor = s.end;
          }
          expect(cursor).toBe(text.length);
          expect(segments.filter((s) => s.range).map((s) => s.range)).toEqual(
            [...ranges].sort((a, b) => a.start - b.start),
          );
        },
      ),
    );
  });

  it("for any ranges at all, even invalid or overlapping ones, still rebuilds the text exactly", () => {
    fc.assert(
      fc.property(
        textArb,
        fc.array(fc.record({ start: fc.integer({ min: -5, max: 70 }), end: fc.integer({ min: -5, max: 70 }) })),
        (text, ranges) => {
          const segments = segmentText(text, ranges);
          expect(segments.map((s) => s.text).join("")).toBe(text);
          for (const s of segments) {
            if (s.range) expect([s.range.start, s.range.end]).toEqual([s.start, s.end]);
          }
        },
      ),
    );
  });

  it("drops a range that would cut an emoji in half, and the later of two overlapping ranges", () => {
    const text = "🗞 news";
    expect(segmentText(text, [{ start: 1, end: 3 }]).every((s) => s.range === null)).toBe(true);
    const overlapping = segmentText("abcdef", [
      { start: 0, end: 4 },
      { start: 2, end: 6 },
    ]);
    expect(overlapping.filter((s) => s.range).map((s) => s.text)).toEqual(["abcd"]);
  });
});

describe("splitByHighlight", () => {
  it("cuts a segment at a highlight's edges", () => {
    const pieces = splitByHighlight({ start: 10, end: 20, text: "abcdefghij" }, { start: 13, end: 25 });
    expect(pieces.map((p) => [p.text, p.highlighted])).toEqual([
      ["abc", false],
      ["defghij", true],
    ]);
  });

  it("for any highlight, pieces rebuild the segment and are highlighted exactly inside it (property)", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 30 }),
        fc.nat(40),
        fc.integer({ min: -10, max: 50 }),
        fc.integer({ min: -10, max: 50 }),
        (text, offset, a, b) => {
          const segment = { start: offset, end: offset + text.length, text };
          const highlight = { start: Math.min(a, b), end: Math.max(a, b) };
          const pieces = splitByHighlight(segment, highlight);
          expect(pieces.map((p) => p.text).join("")).toBe(text);
          for (const p of pieces) {
            const inside = p.start >= highlight.start && p.end <= highlight.end;
            expect(p.highlighted).toBe(inside);
          }
        },
      ),
    );
  });
});
