import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TOPIC_IDS } from "../../schema/topics";
import {
  DEFAULT_LIST_SEARCH,
  parseListSearch,
  serializeListSearch,
  toggleTopic,
  type ListSearch,
} from "./search-params";

const entityIdArb = fc
  .tuple(fc.constantFrom("person", "place", "organization"), fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/))
  .map(([type, slug]) => `${type}:${slug}`);

const stateArb: fc.Arbitrary<ListSearch> = fc.record({
  topics: fc.subarray([...TOPIC_IDS]),
  entities: fc.uniqueArray(entityIdArb, { maxLength: 5 }).map((ids) => ids.sort()),
});

describe("list search params", () => {
  it("round-trips any valid state through the URL", () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(parseListSearch(new URLSearchParams(serializeListSearch(state)))).toEqual(state);
      }),
    );
  });

  it("serialises the default state to an empty query (a clean URL)", () => {
    expect(serializeListSearch(DEFAULT_LIST_SEARCH)).toBe("");
  });

  it("falls back to defaults for any malformed query, never throwing", () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const state = parseListSearch(new URLSearchParams(junk));
        expect(state.topics.every((t) => (TOPIC_IDS as readonly string[]).includes(t))).toBe(true);
      }),
    );
    expect(parseListSearch(new URLSearchParams("topic=gossip&topic=&foo=bar&entity=Putin&entity="))).toEqual(
      DEFAULT_LIST_SEARCH,
    );
  });

  it("is canonical: order and duplicates in the URL do not matter", () => {
    const parsed = parseListSearch(new URLSearchParams("topic=sport&topic=politics&topic=sport"));
    expect(parsed.topics).toEqual(["politics", "sport"]);
    expect(serializeListSearch(parsed)).toBe("topic=politics&topic=sport");
  });

  it("keeps entities sorted and unique, so equal filters have one URL", () => {
    const parsed = parseListSearch(new URLSearchParams("entity=place:russia&entity=person:putin&entity=place:russia"));
    expect(parsed.entities).toEqual(["person:putin", "place:russia"]);
    expect(serializeListSearch({ topics: ["sport"], entities: parsed.entities })).toBe(
      "topic=sport&entity=person:putin&entity=place:russia",
    );
  });

  it("keeps entities sorted and unique, so equal filters have one URL", () => {
    const parsed = parseListSearch(new URLSearchParams("entity=place:russia&entity=person:putin&entity=place:russia"));
    expect(parsed.entities).toEqual(["person:putin", "place:russia"]);
    expect(serializeListSearch({ topics: ["sport"], entities: parsed.entities })).toBe(
      "topic=sport&entity=person:putin&entity=place:russia",
    );
  });

  it("toggles a topic on and off", () => {
    const on = toggleTopic(DEFAULT_LIST_SEARCH, "sport");
    expect(on.topics).toEqual(["sport"]);
    expect(toggleTopic(on, "sport")).toEqual(DEFAULT_LIST_SEARCH);
  });
});
