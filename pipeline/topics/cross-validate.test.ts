import { describe, expect, it } from "vitest";
import { crossValidate, toTrainingItems } from "./cross-validate";
import { AG_NEWS_MAPPING } from "./evaluate";
import { TINY } from "./test-fixtures";

const LABEL = { sport: "Sports", "economy-business-finance": "Business", politics: "World" } as const;
const ITEMS = TINY.map((t) => ({
  title: t.title,
  body: t.text,
  topic: LABEL[(t.topics.includes("politics") ? "politics" : t.topics[0]) as keyof typeof LABEL],
}));

describe("toTrainingItems", () => {
  it("keeps the items whose label the mapping knows, with the accepted topics", () => {
    const items = toTrainingItems([...ITEMS, { title: "x", body: "y", topic: "Gossip" }], AG_NEWS_MAPPING);
    expect(items).toHaveLength(ITEMS.length);
    expect(items[0]).toMatchObject({ label: "Sports", topics: ["sport"] });
  });
});

describe("crossValidate", () => {
  it("predicts every item once, with a model that did not see it", () => {
    const { evaluation, foldAccuracies } = crossValidate(ITEMS, AG_NEWS_MAPPING, 4, { minCount: 1, epochs: 30 });
    expect(foldAccuracies).toHaveLength(4);
    expect(evaluation.total).toBe(ITEMS.length);
    expect(evaluation.perLabel.map((r) => r.total).sort()).toEqual([4, 4, 4]);
    expect(evaluation.accuracy).toBeGreaterThanOrEqual(0);
  });
});
