import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fromEntries, toEntries, type StoredReadingState } from "./entries";

const slug = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/);
const time = fc.integer({ min: 0, max: 2 ** 42 });
const stateArb: fc.Arbitrary<StoredReadingState> = fc.record({
  read: fc.dictionary(slug, time),
  saved: fc.dictionary(slug, time),
  positions: fc.dictionary(
    slug,
    fc.record({ block: fc.string({ minLength: 1 }), progress: fc.double({ min: 0, max: 1, noNaN: true }), at: time }),
  ),
});

describe("reading-state entries", () => {
  it("round-trip: state → entries → the same state, nothing invalid", () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(fromEntries(toEntries(state))).toEqual({ state, invalid: 0 });
      }),
    );
  });

  it("leaves out and counts what is not a valid entry", () => {
    const { state, invalid } = fromEntries([
      ["read:a", 1],
      ["read:b", "yesterday"],
      ["pos:a", { block: "x", progress: 2, at: 1 }],
      ["saved:", 3],
      [42, 1],
      ["other:a", 1],
    ]);
    expect(state).toEqual({ read: { a: 1 }, saved: {}, positions: {} });
    expect(invalid).toBe(5);
  });
});
