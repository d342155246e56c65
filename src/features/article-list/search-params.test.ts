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

const dayArb = fc
  .date({ min: new Date("1990-01-01"), max: new Date("2030-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const stateArb: fc.Arbitrary<ListSearch> = fc.record({
  q: fc.oneof(
    fc.constant(""),
    fc.string({ minLength: 1, maxLength: 60 }).filter((q) => q.trim() !== ""),
  ),
  topics: fc.subarray([...TOPIC_IDS]),
  entities: fc.uniqueArray(entityIdArb, { maxLength: 5 }).map((ids) => ids.sort()),
  sources: fc
    .uniqueArray(fc.stringMatching(/^[A-Za-z][A-Za-z &.]{0,15}[a-z]$/), { maxLength: 3 })
    .map((names) => names.sort()),
  from: fc.option(dayArb, { nil: null }),
  to: fc.option(dayArb, { nil: null }),
  sort: fc.constantFrom(null, "newest", "oldest", "relevance"),
  read: fc.constantFrom(null, "unread", "read"),
  saved: fc.boolean(),
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
    expect(
      parseListSearch(
        new URLSearchParams(
          "topic=gossip&topic=&foo=bar&entity=Putin&entity=&from=2024-13-01&to=soon&sort=best&source=&read=maybe&saved=yes",
        ),
      ),
    ).toEqual(DEFAULT_LIST_SEARCH);
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

  it("combines the read and saved filters with the others in one canonical URL", () => {
    const parsed = parseListSearch(new URLSearchParams("saved=1&read=unread&topic=sport"));
    expect(parsed).toMatchObject({ read: "unread", saved: true, topics: ["sport"] });
    expect(serializeListSearch(parsed)).toBe("topic=sport&read=unread&saved=1");
  });

  it("toggles a topic on and off", () => {
    const on = toggleTopic(DEFAULT_LIST_SEARCH, "sport");
    expect(on.topics).toEqual(["sport"]);
    expect(toggleTopic(on, "sport")).toEqual(DEFAULT_LIST_SEARCH);
  });
});
