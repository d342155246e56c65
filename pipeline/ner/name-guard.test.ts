import { describe, expect, it } from "vitest";
import { LABEL_COUNT, LABELS, labelIndex } from "./labels";
import { loadDefaultModel } from "./load-model";
import { labelDocument } from "./model";
import { closedToNames, NAME_LABELS } from "./name-guard";
import { decodeSequence, decodingTransitions, type PassWeights } from "./weights";

describe("closedToNames", () => {
  it("closes lower-case words other than connectors, and nothing capitalised", () => {
    const tokens = "Critics of Prigozhin say Vincent van Gogh and the US ministry 's , 1996 iPod".split(" ");
    const closed = [...closedToNames(tokens)].flatMap((c, i) => (c ? [tokens[i]] : []));
    expect(closed).toEqual(["say", "ministry"]);
  });

  it("names the person, organisation and place labels, never O or MISC", () => {
    expect(NAME_LABELS.map((l) => LABELS[l]!.slice(2))).toEqual([
      ...Array(4).fill("PER"),
      ...Array(4).fill("ORG"),
      ...Array(4).fill("LOC"),
    ]);
  });
});

describe("decoding with the guard", () => {
  // Feature k scores the k-th label of "B-ORG I-ORG L-ORG" highest: the weights alone make one name of three tokens…
  const labels = ["B-ORG", "I-ORG", "L-ORG"];
  const emission = new Float64Array(labels.length * LABEL_COUNT);
  labels.forEach((l, k) => (emission[k * LABEL_COUNT + labelIndex(l)] = 5));
  // …and the outer two a one-word name next best.
  for (const k of [0, 2]) emission[k * LABEL_COUNT + labelIndex("U-ORG")] = 4;
  const pass: PassWeights = {
    labels: LABEL_COUNT,
    emission,
    start: new Float64Array(LABEL_COUNT),
    pair: new Float64Array(LABEL_COUNT * LABEL_COUNT),
  };
  const decode = (tokens: string[], guarded: boolean) =>
    decodeSequence(
      pass,
      decodingTransitions(pass),
      [[0], [1], [2]],
      [[0, tokens.length]],
      undefined,
      guarded ? { closed: closedToNames(tokens), labels: NAME_LABELS } : undefined,
    ).map((l) => LABELS[l]);

  it("overrides the weights for a closed token, and only for it", () => {
    expect(decode(["Prigozhin", "say", "Prigozhin"], false)).toEqual(labels);
    expect(decode(["Prigozhin", "say", "Prigozhin"], true)).toEqual(["U-ORG", "O", "U-ORG"]);
    expect(decode(["Bank", "of", "England"], true)).toEqual(labels);
  });

  it("the committed model keeps a verb between two names out of them", () => {
    const tokens = "Critics of Prigozhin say Prigozhin lied .".split(" ");
    const labels = labelDocument(loadDefaultModel(), [tokens])[0]!.map((l) => LABELS[l]!);
    expect(labels[3]).toBe("O");
    expect(labels[2]).toMatch(/^U-/u);
    expect(labels[4]).toMatch(/^U-/u);
  });
});
