import { describe, expect, it } from "vitest";
import { constrainedTransitions, viterbi } from "./decode";
import { LABEL_COUNT, LABELS, labelIndex, labelsFromSpans, labelsToIob, spansFromLabels } from "./labels";
import { spansFromIob } from "./conll";

/** Emission scores that prefer the given label at each position by `margin`. */
function prefer(labels: string[], margin = 1): Float64Array {
  const emit = new Float64Array(labels.length * LABEL_COUNT);
  labels.forEach((l, i) => (emit[i * LABEL_COUNT + labelIndex(l)] = margin));
  return emit;
}

describe("BILOU labels", () => {
  it("round-trips spans", () => {
    const spans = [
      { start: 0, end: 2, type: "PER" as const },
      { start: 3, end: 4, type: "LOC" as const },
      { start: 4, end: 7, type: "ORG" as const },
    ];
    const labels = labelsFromSpans(spans, 8);
    expect(labels.map((l) => LABELS[l])).toEqual(["B-PER", "L-PER", "O", "U-LOC", "B-ORG", "I-ORG", "L-ORG", "O"]);
    expect(spansFromLabels(labels)).toEqual(spans);
  });

  it("writes IOB2 tags that read back as the same spans, adjacent ones kept apart", () => {
    const spans = [
      { start: 0, end: 2, type: "PER" as const },
      { start: 2, end: 3, type: "PER" as const },
      { start: 4, end: 6, type: "ORG" as const },
    ];
    const tags = labelsToIob(labelsFromSpans(spans, 6));
    expect(tags).toEqual(["B-PER", "I-PER", "B-PER", "O", "B-ORG", "I-ORG"]);
    expect(spansFromIob(tags)).toEqual(spans);
  });
});

describe("viterbi", () => {
  const trans = constrainedTransitions(LABEL_COUNT);

  it("follows the emissions when they form a valid sequence", () => {
    const want = ["B-PER", "L-PER", "O", "U-LOC"];
    expect(viterbi(prefer(want), 4, trans).map((l) => LABELS[l])).toEqual(want);
  });

  it("never yields an invalid BILOU sequence", () => {
    // Every position prefers an inside label, which can neither start nor end a sequence.
    const out = viterbi(prefer(["I-ORG", "I-ORG", "I-ORG"]), 3, trans).map((l) => LABELS[l]!);
    expect(out[0]).not.toMatch(/^[IL]-/);
    expect(out[2]).not.toMatch(/^[BI]-/);
  });

  it("lets transition scores outweigh weak emissions", () => {
    const t = constrainedTransitions(LABEL_COUNT);
    t.pair[labelIndex("B-PER") * LABEL_COUNT + labelIndex("L-PER")] = 5;
    const emit = prefer(["B-PER", "O"], 1);
    expect(viterbi(emit, 2, t).map((l) => LABELS[l])).toEqual(["B-PER", "L-PER"]);
  });

  it("handles empty input", () => {
    expect(viterbi(new Float64Array(0), 0, trans)).toEqual([]);
  });
});
