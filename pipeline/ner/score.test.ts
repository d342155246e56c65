import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatScores, prf, scoreSpans, type TypedSpan } from "./score";

const span = (start: number, end: number, type: string, doc = 0): TypedSpan => ({ doc, start, end, type });

describe("scoreSpans", () => {
  const gold = [span(0, 14, "person"), span(22, 39, "organization"), span(43, 50, "place"), span(60, 66, "misc")];

  it("counts exact matches as strict hits and overlaps of the same type as lenient hits", () => {
    const predicted = [span(0, 14, "person"), span(22, 31, "organization"), span(43, 50, "organization")];
    const s = scoreSpans(gold, predicted);
    expect(s.person.strict).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(s.organization.strict.precision).toBe(0);
    expect(s.organization.lenient).toEqual({ precision: 0.5, recall: 1, f1: 2 / 3 });
    expect(s.place.strict.recall).toBe(0);
    expect(s.micro.counts).toEqual({ gold: 3, predicted: 3, exact: 1, predictedOverlapping: 2, goldOverlapped: 2 });
  });

  it("ignores gold MISC and predicted groups and dates, even where they overlap", () => {
    const predicted = [span(60, 66, "group"), span(0, 4, "date"), span(0, 14, "person")];
    const s = scoreSpans(gold, predicted);
    expect(s.micro.counts.predicted).toBe(1);
    expect(s.micro.strict.precision).toBe(1);
  });

  it("keeps documents apart", () => {
    expect(scoreSpans([span(0, 4, "place", 0)], [span(0, 4, "place", 1)]).micro.strict.f1).toBe(0);
  });

  it("never reports more hits than spans", () => {
    const arb = fc.array(
      fc.record({
        doc: fc.integer({ min: 0, max: 2 }),
        start: fc.integer({ min: 0, max: 30 }),
        len: fc.integer({ min: 1, max: 8 }),
        type: fc.constantFrom("person", "organization", "place", "misc", "group"),
      }),
      { maxLength: 20 },
    );
    const toSpans = (xs: Array<{ doc: number; start: number; len: number; type: string }>) =>
      xs.map((x) => span(x.start, x.start + x.len, x.type, x.doc));
    fc.assert(
      fc.property(arb, arb, (g, p) => {
        const s = scoreSpans(toSpans(g), toSpans(p)).micro;
        expect(s.counts.exact).toBeLessThanOrEqual(Math.min(s.counts.gold, s.counts.predicted));
        expect(s.counts.exact).toBeLessThanOrEqual(s.counts.predictedOverlapping);
        for (const v of [s.strict, s.lenient]) for (const x of Object.values(v)) expect(x).toBeGreaterThanOrEqual(0);
        expect(s.strict.f1).toBeLessThanOrEqual(s.lenient.f1 + 1e-9);
      }),
    );
  });
});

describe("prf", () => {
  it("is zero, not NaN, when nothing was predicted or expected", () => {
    expect(prf(0, 0, 0, 0)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe("formatScores", () => {
  it("prints one row per type and the micro average", () => {
    const table = formatScores(scoreSpans([span(0, 4, "place")], [span(0, 4, "place")]));
    expect(table.split("\n").map((l) => l.split(/\s+/)[0])).toEqual([
      "type",
      "person",
      "organization",
      "place",
      "micro",
    ]);
    expect(table).toContain("100.00");
  });
});
