import { describe, expect, it } from "vitest";
import { calibrate, calibrated, fitCalibration, reliability } from "./calibrate";
import { seededRandom } from "../lib/prng.mjs";

describe("fitCalibration", () => {
  it("recovers the slope and intercept that generated the outcomes", () => {
    const random = seededRandom(7);
    const truth = { slope: 1.5, intercept: 0.5, secondaryThreshold: 0.2 };
    const samples = Array.from({ length: 20000 }, () => {
      const share = 0.02 + random() * 0.96;
      return { share, correct: random() < calibrated(share, truth) };
    });
    const fit = fitCalibration(samples);
    expect(fit.slope).toBeCloseTo(1.5, 1);
    expect(fit.intercept).toBeCloseTo(0.5, 1);
  });
});

describe("calibrate", () => {
  it("keeps the order and maps shares into probabilities", () => {
    const out = calibrate(
      [
        { topic: "sport", score: 3 },
        { topic: "economy-business-finance", score: 1 },
      ],
      { slope: 1, intercept: 0, secondaryThreshold: 0.5 },
    );
    expect(out.map((s) => s.topic)).toEqual(["sport", "economy-business-finance"]);
    expect(out[0]!.score).toBeCloseTo(0.75);
    expect(out[1]!.score).toBeCloseTo(0.25);
  });
});

describe("reliability", () => {
  it("bins scores and reports how often each bin was right", () => {
    const table = reliability([
      { confidence: 0.95, correct: true },
      { confidence: 0.91, correct: false },
      { confidence: 0.15, correct: false },
    ]);
    const top = table.bins[9]!;
    expect(top).toMatchObject({ count: 2, observed: 0.5 });
    expect(top.predicted).toBeCloseTo(0.93);
    expect(table.bins[1]).toMatchObject({ count: 1, observed: 0 });
    expect(table.ece).toBeCloseTo((2 / 3) * 0.43 + (1 / 3) * 0.15);
  });
});
