import { describe, expect, it } from "vitest";
import {
  AG_NEWS_MAPPING,
  DEFAULT_LABEL_MAPPING,
  acceptedTopics,
  evaluatePredictions,
  parseBenchLine,
  parseLabelMapping,
} from "./evaluate";

describe("acceptedTopics", () => {
  it("maps a label to a set of topics", () => {
    expect(acceptedTopics("World", AG_NEWS_MAPPING)).toContain("conflict-war-peace");
    expect(acceptedTopics("World", AG_NEWS_MAPPING)).toHaveLength(4);
    expect(acceptedTopics("tech", DEFAULT_LABEL_MAPPING)).toEqual(["science-technology"]);
  });

  it("maps a topic id to itself and leaves unknown labels unmapped", () => {
    expect(acceptedTopics("weather", {})).toEqual(["weather"]);
    expect(acceptedTopics("Gossip", DEFAULT_LABEL_MAPPING)).toBeUndefined();
    expect(acceptedTopics("toString", DEFAULT_LABEL_MAPPING)).toBeUndefined();
  });
});

describe("parseLabelMapping", () => {
  it("accepts one topic or a list per label", () => {
    expect(parseLabelMapping({ a: "sport", b: ["health", "society"] })).toEqual({
      a: ["sport"],
      b: ["health", "society"],
    });
  });

  it("rejects unknown topics and empty lists", () => {
    expect(() => parseLabelMapping({ a: "football" })).toThrow();
    expect(() => parseLabelMapping({ a: [] })).toThrow();
  });
});

describe("parseBenchLine", () => {
  it("reads a well-formed line", () => {
    expect(parseBenchLine('{"title":"T","body":"B","topic":"sport"}')).toEqual({
      title: "T",
      body: "B",
      topic: "sport",
    });
  });

  it("says what is wrong with a bad line", () => {
    expect(() => parseBenchLine("{oops")).toThrow(/not valid JSON/);
    expect(() => parseBenchLine('{"title":"T","topic":"sport"}')).toThrow(/body/);
  });
});

describe("evaluatePredictions", () => {
  const mapping = {
    World: ["politics", "conflict-war-peace"],
    Sports: ["sport"],
  } as const;

  it("counts a prediction in the accepted set as correct", () => {
    const result = evaluatePredictions(
      [
        { label: "World", predicted: "politics" },
        { label: "World", predicted: "conflict-war-peace" },
        { label: "World", predicted: "sport", secondary: "conflict-war-peace" },
        { label: "Sports", predicted: "sport" },
      ],
      mapping,
    );
    expect(result).toMatchObject({ total: 4, correct: 3, accuracy: 0.75, top2Correct: 4, top2Accuracy: 1 });
    expect(result.perLabel).toEqual([
      { label: "World", total: 3, correct: 2, accuracy: 2 / 3, top2Correct: 3, top2Accuracy: 1 },
      { label: "Sports", total: 1, correct: 1, accuracy: 1, top2Correct: 1, top2Accuracy: 1 },
    ]);
    expect(result.confusion).toEqual({
      World: { politics: 1, "conflict-war-peace": 1, sport: 1 },
      Sports: { sport: 1 },
    });
  });

  it("keeps unmapped labels out of the accuracy but in the confusion table", () => {
    const result = evaluatePredictions(
      [
        { label: "Gossip", predicted: "society" },
        { label: "Sports", predicted: "health" },
      ],
      mapping,
    );
    expect(result).toMatchObject({
      total: 1,
      correct: 0,
      accuracy: 0,
      unmapped: { Gossip: 1 },
    });
    expect(result.confusion.Gossip).toEqual({ society: 1 });
  });

  it("reports zero, not NaN, for no items", () => {
    expect(evaluatePredictions([], mapping).accuracy).toBe(0);
  });
});
