import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOf, formatQuery, parseQuery } from "./parse-query";

describe("parseQuery", () => {
  it("reads words, phrases, exclusions and field terms", () => {
    expect(
      parseQuery(
        'putin "grain deal" -ukraine -"black sea" topic:politics entity:"Vladimir Putin" source:Reuters after:2024-03 before:2025',
      ),
    ).toEqual({
      words: ["putin"],
      phrases: ["grain deal"],
      excluded: ["ukraine", "black sea"],
      topics: ["politics"],
      entities: ["Vladimir Putin"],
      sources: ["Reuters"],
      after: "2024-03-01",
      before: "2025-01-01",
      problems: [],
    });
  });

  it("treats unknown fields as text and reports bad dates", () => {
    const parsed = parseQuery("meet at 10:30 re:invent before:soon");
    expect(parsed.words).toEqual(["meet", "at", "10:30", "re:invent"]);
    expect(parsed.before).toBeNull();
    expect(parsed.problems).toEqual([expect.stringContaining("before:soon")]);
  });

  it("ignores quotes inside words", () => {
    expect(parseQuery('-#" a"b').excluded).toEqual(["#"]);
    expect(parseQuery('-#" a"b').words).toEqual(["ab"]);
  });

  it("accepts an unterminated phrase while it is being typed", () => {
    expect(parseQuery('"state of the un').phrases).toEqual(["state of the un"]);
  });

  it("field names are case-insensitive; empty values are ignored", () => {
    expect(parseQuery("TOPIC:sport source: entity:").topics).toEqual(["sport"]);
    expect(parseQuery("TOPIC:sport source: entity:").sources).toEqual([]);
  });

  it("never throws, and its canonical form parses to the same query", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (q) => {
        const parsed = parseQuery(q);
        expect(parseQuery(formatQuery(parsed))).toEqual(parsed);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("dayOf", () => {
  it("takes years, months and days, and rejects impossible dates", () => {
    expect(dayOf("2024")).toBe("2024-01-01");
    expect(dayOf("2024-2")).toBe("2024-02-01");
    expect(dayOf("2024-02-29")).toBe("2024-02-29");
    expect(dayOf("2023-02-29")).toBeNull();
    expect(dayOf("2024-13")).toBeNull();
    expect(dayOf("yesterday")).toBeNull();
  });
});
