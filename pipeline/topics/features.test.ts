import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentTokens, extractFeatures } from "./features";

describe("contentTokens", () => {
  it("drops function words and wire credits, folds numbers", () => {
    expect(contentTokens("AP - The shares rose 12 percent (Reuters)")).toEqual(["shares", "rose", "#num", "percent"]);
  });
});

describe("extractFeatures", () => {
  it("has unigrams and bigrams, at unit length", () => {
    const features = extractFeatures({ title: "", text: "Interest rates rise again as interest rates climb" });
    expect(features.has("interest rates")).toBe(true);
    expect(features.get("interest")!).toBeGreaterThan(features.get("climb")!);
    const norm = Math.sqrt([...features.values()].reduce((s, v) => s + v * v, 0));
    expect(norm).toBeCloseTo(1, 10);
  });

  it("weights a headline word above the same word in the body", () => {
    const features = extractFeatures({ title: "Goal", text: "goal keeper" });
    const once = extractFeatures({ title: "", text: "goal keeper" });
    expect(features.get("goal")! / features.get("keeper")!).toBeGreaterThan(once.get("goal")! / once.get("keeper")!);
  });

  it("is empty for text without content words and finite for any text", () => {
    expect(extractFeatures({ title: "the", text: "and of it" }).size).toBe(0);
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 500 }), (title, text) => {
        for (const value of extractFeatures({ title, text }).values()) expect(Number.isFinite(value)).toBe(true);
      }),
    );
  });
});
