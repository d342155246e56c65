import { describe, expect, it } from "vitest";
import { LABEL_COUNT, labelIndex } from "./labels";
import { decodeSentence, trainPerceptron } from "./train";

const T = LABEL_COUNT;
const O = labelIndex("O");
const PER = labelIndex("U-PER");
// Feature 0 votes for U-PER by 2, feature 1 for O by 2: a sentence of [0] then [1] decodes as U-PER, O.
const pass = () => {
  const emission = new Float64Array(2 * T);
  emission[0 * T + PER] = 2;
  emission[1 * T + O] = 2;
  return { labels: T, emission, start: new Float64Array(T), pair: new Float64Array(T * T) };
};
const features = [Int32Array.of(0), Int32Array.of(1)];

describe("decodeSentence", () => {
  it("decodes as the weights say when there is no margin", () => {
    expect(decodeSentence(pass(), features, [PER, O], 0)).toEqual([PER, O]);
  });

  it("lets a wrong label win when the gold one leads by less than the margin", () => {
    expect(decodeSentence(pass(), features, [PER, O], 1)).toEqual([PER, O]);
    expect(decodeSentence(pass(), features, [PER, O], 3)).not.toEqual([PER, O]);
  });
});

describe("trainPerceptron with a margin", () => {
  it("keeps updating after the gold labels win, so the gold labels win by more", () => {
    const sequences = [{ features, gold: [PER, O], ranges: [[0, 2]] as Array<[number, number]> }];
    const lead = (margin: number) => {
      const w = trainPerceptron(sequences, { featureCount: 2, labels: T, epochs: 5, seed: 1, margin });
      return (
        w.emission[0 * T + PER]! -
        Math.max(...Array.from({ length: T }, (_, t) => (t === PER ? -Infinity : w.emission[t]!)))
      );
    };
    expect(lead(3)).toBeGreaterThan(lead(0));
  });
});
