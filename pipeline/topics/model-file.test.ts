import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { TOPIC_IDS } from "../../src/schema/topics";
import { decodeModel, encodeModel, loadDefaultModel } from "./model-file";
import { predictClasses, type TopicModel } from "./model";

const MODEL: TopicModel = {
  classes: [["sport"], ["politics", "conflict-war-peace"]],
  bias: [0.25, -0.25],
  weights: new Map([
    ["goal", Float32Array.from([2, -2])],
    ["election", Float32Array.from([-1.5, 1.5])],
    ["vote", Float32Array.from([-0.5, 0.75])],
  ]),
  trainedOn: [{ sha256: "ab".repeat(32), items: 3 }],
  calibration: { slope: 1.2, intercept: 0.9, secondaryThreshold: 0.15 },
};

describe("encodeModel / decodeModel", () => {
  it("round-trips a model within 8-bit precision", () => {
    const decoded = decodeModel(encodeModel(MODEL));
    expect(decoded.classes).toEqual(MODEL.classes);
    expect(decoded.bias).toEqual(MODEL.bias);
    expect(decoded.trainedOn).toEqual(MODEL.trainedOn);
    expect(decoded.calibration).toEqual(MODEL.calibration);
    expect([...decoded.weights.keys()].sort()).toEqual([...MODEL.weights.keys()].sort());
    for (const [feature, weights] of MODEL.weights) {
      decoded.weights.get(feature)!.forEach((w, c) => expect(w).toBeCloseTo(weights[c]!, 1));
    }
    const input = { title: "Late goal", text: "A goal in the last minute." };
    expect(predictClasses(decoded, input).probabilities[0]).toBeCloseTo(
      predictClasses(MODEL, input).probabilities[0]!,
      2,
    );
  });

  it("says what is wrong with a file that is not a model", () => {
    expect(() => decodeModel(Buffer.from("not gzip"))).toThrow(/not a gzipped JSON topic model/);
    expect(() => decodeModel(gzipSync(JSON.stringify({ format: "other" })))).toThrow(/not a topic model/);
    const bad = JSON.parse(gunzipSync(encodeModel(MODEL)).toString("utf8"));
    expect(() => decodeModel(gzipSync(JSON.stringify({ ...bad, features: "goal" })))).toThrow(/weights for 1 features/);
    expect(() => decodeModel(gzipSync(JSON.stringify({ ...bad, classes: [["football"], ["sport"]] })))).toThrow();
  });
});

describe("loadDefaultModel", () => {
  it("loads the committed model once, with classes of real topics", () => {
    const model = loadDefaultModel();
    expect(loadDefaultModel()).toBe(model);
    expect(model.classes.flat().every((t) => (TOPIC_IDS as readonly string[]).includes(t))).toBe(true);
    expect(model.classes.flat()).toContain("sport");
    expect(model.weights.size).toBeGreaterThan(1000);
    expect(model.bias).toHaveLength(model.classes.length);
  });
});
