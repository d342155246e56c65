import { describe, expect, it } from "vitest";
import { classifyTopicsWith, combineScores } from "./classify";
import { predictClasses } from "./model";
import { TINY } from "./test-fixtures";
import { nbScales, trainTopicModel } from "./train";

describe("trainTopicModel", () => {
  const model = trainTopicModel(TINY, { epochs: 30, minCount: 1 });

  it("has one class per distinct topic set, in a stable order", () => {
    expect(model.classes).toEqual([
      ["conflict-war-peace", "crime-law-justice", "disaster-accident-emergency", "politics"],
      ["economy-business-finance"],
      ["sport"],
    ]);
  });

  it("learns its training data and generalises to a new line in the same vocabulary", () => {
    const best = (title: string, text: string) => {
      const { probabilities } = predictClasses(model, { title, text });
      return model.classes[probabilities.indexOf(Math.max(...probabilities))]!;
    };
    for (const item of TINY) expect(best(item.title, item.text)).toEqual([...item.topics].sort());
    expect(best("Coach praises striker", "A late goal won the match for the team.")).toEqual(["sport"]);
    expect(best("Shares rise", "Investors bought shares after profit rose.")).toEqual(["economy-business-finance"]);
  });

  it("splits a multi-topic class by the lexicon", () => {
    expect(
      classifyTopicsWith(model, { title: "Troops and rebels clash", text: "The rebels attacked troops." })[0],
    ).toBe("conflict-war-peace");
    expect(classifyTopicsWith(model, { title: "Election called", text: "The president called an election." })[0]).toBe(
      "politics",
    );
  });

  it("lets a strong lexicon case win for a topic the model does not cover", () => {
    const input = {
      title: "Hospital doctors warn of flu outbreak",
      text: "Patients with the disease need a vaccine, doctors and nurses said.",
    };
    const scores = combineScores([{ topic: "health", score: 20 }], model, predictClasses(model, input));
    expect(scores[0]!.topic).toBe("health");
  });

  it("is deterministic for a seed", () => {
    const again = trainTopicModel(TINY, { epochs: 30, minCount: 1 });
    expect([...again.weights]).toEqual([...model.weights]);
    expect(again.bias).toEqual(model.bias);
  });

  it("keeps at most maxFeatures, dropping words seen fewer than minCount times", () => {
    expect(trainTopicModel(TINY, { maxFeatures: 5, minCount: 1 }).weights.size).toBe(5);
    const pruned = trainTopicModel(TINY, { minCount: 2 });
    expect(pruned.weights.has("coach")).toBe(true);
    expect(pruned.weights.has("carmaker")).toBe(false);
  });

  it("needs items with at least two labels", () => {
    expect(() => trainTopicModel([])).toThrow(/no training items/);
    expect(() => trainTopicModel(TINY.filter((t) => t.topics[0] === "sport"))).toThrow(/two distinct labels/);
  });
});

describe("nbScales", () => {
  // Two classes: "goal" only in class 0, "market" only in class 1, "said" in both alike.
  const vectors = [
    new Map([
      ["goal", 1],
      ["said", 1],
    ]),
    new Map([
      ["goal", 1],
      ["said", 1],
    ]),
    new Map([
      ["market", 1],
      ["said", 1],
    ]),
    new Map([
      ["market", 1],
      ["said", 1],
    ]),
  ];
  const targets = [0, 0, 1, 1];
  const vocabulary = new Set(["goal", "market", "said"]);

  it("scales a class-specific feature above one every class uses", () => {
    const scales = nbScales(vectors, targets, 2, vocabulary, 0.25);
    expect(scales.get("goal")!).toBeGreaterThan(1);
    expect(scales.get("said")!).toBeCloseTo(0.75);
    expect(scales.get("goal")).toBeCloseTo(scales.get("market")!);
  });

  it("leaves every feature as it is at 0, and scales only the vocabulary", () => {
    const scales = nbScales(vectors, targets, 2, new Set(["goal"]), 0);
    expect([...scales]).toEqual([["goal", 1]]);
  });

  it("folds the scale into the weights, so the trained model reads unscaled features", () => {
    const scaled = trainTopicModel(TINY, { epochs: 30, minCount: 1, nbScale: 0.5 });
    const best = (title: string, text: string) => {
      const { probabilities } = predictClasses(scaled, { title, text });
      return scaled.classes[probabilities.indexOf(Math.max(...probabilities))]!;
    };
    for (const item of TINY) expect(best(item.title, item.text)).toEqual([...item.topics].sort());
  });
});
