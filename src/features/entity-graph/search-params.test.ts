import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_GRAPH_SEARCH,
  GRAPH_ENTITY_TYPES,
  graphHref,
  parseGraphSearch,
  serializeGraphSearch,
  type GraphSearch,
} from "./search-params";

const stateArb: fc.Arbitrary<GraphSearch> = fc.subarray([...GRAPH_ENTITY_TYPES]).map((types) => ({ types }));

describe("graph search params", () => {
  it("round-trips any valid state through the URL", () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(parseGraphSearch(new URLSearchParams(serializeGraphSearch(state)))).toEqual(state);
      }),
    );
  });

  it("is canonical: any order or repetition of valid types parses to one state with one URL", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...GRAPH_ENTITY_TYPES)), (types) => {
        const params = new URLSearchParams(types.map((type) => ["type", type]));
        const state = parseGraphSearch(params);
        expect(state.types).toEqual(GRAPH_ENTITY_TYPES.filter((type) => types.includes(type)));
        expect(parseGraphSearch(new URLSearchParams(serializeGraphSearch(state)))).toEqual(state);
      }),
    );
  });

  it("never throws on a malformed query, and keeps only known types", () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const state = parseGraphSearch(new URLSearchParams(junk));
        expect(state.types.every((t) => (GRAPH_ENTITY_TYPES as readonly string[]).includes(t))).toBe(true);
      }),
    );
    expect(parseGraphSearch(new URLSearchParams("type=date&type=Person&type=&types=place&foo=bar"))).toEqual(
      DEFAULT_GRAPH_SEARCH,
    );
  });

  it("serialises the default state to an empty query (a clean URL)", () => {
    expect(serializeGraphSearch(DEFAULT_GRAPH_SEARCH)).toBe("");
    expect(serializeGraphSearch({ types: ["place", "person"] })).toBe("type=person&type=place");
  });

  it("builds the page href with the list's filter first, then the types", () => {
    expect(graphHref("", DEFAULT_GRAPH_SEARCH)).toBe("/entities");
    expect(graphHref("topic=sport", DEFAULT_GRAPH_SEARCH)).toBe("/entities?topic=sport");
    expect(graphHref("", { types: ["group"] })).toBe("/entities?type=group");
    expect(graphHref("topic=sport", { types: ["person", "group"] })).toBe(
      "/entities?topic=sport&type=person&type=group",
    );
  });
});
