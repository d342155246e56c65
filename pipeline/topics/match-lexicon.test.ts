import { describe, expect, it } from "vitest";
import { defineLexicon, weightedTerms } from "./define-lexicon";
import { compileLexicon, matchTokens } from "./match-lexicon";

const empty = { 3: "" };
const lexicon = compileLexicon(
  defineLexicon({
    "arts-culture-entertainment": empty,
    "conflict-war-peace": { 1: "rocket*" },
    "crime-law-justice": { 2: "court" },
    "disaster-accident-emergency": empty,
    "economy-business-finance": { 1: "elect*" },
    education: empty,
    environment: empty,
    health: empty,
    "human-interest": empty,
    labour: empty,
    "lifestyle-leisure": empty,
    politics: { 3: "prime minister, elector*", 2: "minister" },
    religion: empty,
    "science-technology": empty,
    society: empty,
    sport: { 3: "tennis court", 2: "rockets" },
    weather: empty,
  }),
);

const termsAt = (text: string) =>
  matchTokens(text.split(" "), lexicon).map((m) => m.hits.map((h) => `${h.topic}:${h.term}`).join("+"));

describe("matchTokens", () => {
  it("lets a phrase consume its words", () => {
    expect(termsAt("the prime minister met a minister")).toEqual(["politics:prime minister", "politics:minister"]);
    expect(termsAt("on the tennis court")).toEqual(["sport:tennis court"]);
    expect(termsAt("in court")).toEqual(["crime-law-justice:court"]);
  });

  it("prefers the longest stem", () => {
    expect(termsAt("electorate")).toEqual(["politics:elector*"]);
    expect(termsAt("electricity")).toEqual(["economy-business-finance:elect*"]);
  });

  it("keeps another topic's stem when a word is listed exactly", () => {
    expect(termsAt("rockets")).toEqual(["sport:rockets+conflict-war-peace:rocket*"]);
  });
});

describe("weightedTerms", () => {
  it("reads comma lists, joining a phrase that wraps onto the next line", () => {
    expect(weightedTerms({ 3: "Vote, prime\n   minister,", 1: " poll " })).toEqual({
      vote: 3,
      "prime minister": 3,
      poll: 1,
    });
  });

  it("rejects a term listed twice", () => {
    expect(() => weightedTerms({ 3: "vote", 1: "vote" })).toThrow(/twice/);
  });
});
