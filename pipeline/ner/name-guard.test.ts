import { describe, expect, it } from "vitest";
import { LABELS } from "./labels";
import { loadDefaultModel } from "./load-model";
import { labelDocument } from "./model";
import { closedToNames, NAME_LABELS } from "./name-guard";

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
  it("keeps a verb between two names out of them", () => {
    const tokens = "Critics of Prigozhin say Prigozhin lied .".split(" ");
    const labels = labelDocument(loadDefaultModel(), [tokens])[0]!.map((l) => LABELS[l]!);
    expect(labels[3]).toBe("O");
    expect(labels[2]).toMatch(/^U-/u);
    expect(labels[4]).toMatch(/^U-/u);
  });
});
