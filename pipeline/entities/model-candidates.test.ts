import { describe, expect, it } from "vitest";
import { documentText, parseConll } from "../ner/conll";
import { labelsFromSpans } from "../ner/labels";
import { trainTagger } from "../ner/train-tagger";
import { createEntityExtractor } from "./extract";
import { modelCandidates } from "./model-candidates";
import { marked } from "./test-helpers";

// A tagger that learnt "Texas Open" (a golf tournament) as MISC and "Tiger Woods" as a person.
const TRAINING = `-DOCSTART- -X- -X- O

Tiger B-PER
Woods I-PER
won O
the O
Texas B-MISC
Open I-MISC
again O
. O
`;
const train = (conll: string) =>
  trainTagger(
    parseConll(conll)
      .map(documentText)
      .map((d) => ({ tokens: d.tokens, gold: labelsFromSpans(d.spans, d.tokens.length) })),
    { gazetteer: {}, epochs: 5, folds: 2, minCount: 1, seed: 1, log: () => {} },
  );
const model = train(TRAINING);
const text = "Tiger Woods won the Texas Open again .";

describe("MISC spans", () => {
  it("are reported apart from people, organisations and places", () => {
    const { entities, misc } = modelCandidates([text], model);
    expect(entities.map((c) => text.slice(c.start, c.end))).toEqual(["Tiger Woods"]);
    expect(misc.map((c) => text.slice(c.start, c.end))).toEqual(["Texas Open"]);
  });

  it("keep the gazetteer rules from marking their words, and are not marked themselves", () => {
    const found = marked([text], createEntityExtractor({ model }).extract([text]));
    expect(found.map((m) => [m.text, m.type])).toEqual([["Tiger Woods", "person"]]);
  });

  it("are what stops the rules: a tagger that never learnt MISC leaves Texas to the place rule", () => {
    const noMisc = train(TRAINING.replace(/[BI]-MISC/gu, "O"));
    const found = marked([text], createEntityExtractor({ model: noMisc }).extract([text]));
    expect(found.map((m) => [m.text, m.type])).toContainEqual(["Texas", "place"]);
  });
});
