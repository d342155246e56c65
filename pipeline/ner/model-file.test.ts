import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentText, parseConll } from "./conll";
import { labelsFromSpans, LABELS } from "./labels";
import { loadDefaultModel } from "./load-model";
import { labelDocument } from "./model";
import { decodeModel, encodeModel } from "./model-file";
import { trainTagger } from "./train-tagger";

const fixture = readFileSync(new URL("./fixtures/tiny.conll", import.meta.url), "utf8");
const docs = parseConll(fixture).map(documentText);
const labelled = docs.map((d) => ({ tokens: d.tokens, gold: labelsFromSpans(d.spans, d.tokens.length) }));
const gazetteer = { city: ["tallinn"], first: ["anna"] };

describe("training and the model file", () => {
  const model = trainTagger(labelled, { gazetteer, epochs: 5, folds: 2, minCount: 1, seed: 1, log: () => {} });

  it("learns a tiny training set", () => {
    const out = labelDocument(model, [labelled[0]!.tokens]);
    expect(out[0]).toEqual(labelled[0]!.gold);
  });

  it("is reproducible from the same data", () => {
    const again = trainTagger(labelled, { gazetteer, epochs: 5, folds: 2, minCount: 1, seed: 1, log: () => {} });
    expect(encodeModel(again, gazetteer, { pruneBelow: 0 })).toEqual(encodeModel(model, gazetteer, { pruneBelow: 0 }));
  });

  it("stays reproducible with word dropout and averaged runs", () => {
    const options = { gazetteer, epochs: 3, folds: 2, minCount: 1, seed: 1, wordDropout: 0.4, runs: 2, log: () => {} };
    const a = encodeModel(trainTagger(labelled, options), gazetteer, { pruneBelow: 0 });
    expect(encodeModel(trainTagger(labelled, options), gazetteer, { pruneBelow: 0 })).toEqual(a);
    expect(encodeModel(trainTagger(labelled, { ...options, runs: 1 }), gazetteer, { pruneBelow: 0 })).not.toEqual(a);
  });

  it("records the packages its gazetteer came from", () => {
    const sources = ["world-countries@5.1.0"];
    expect(decodeModel(encodeModel(model, gazetteer, { pruneBelow: 0, sources })).sources).toEqual(sources);
  });

  it("survives int8 storage with the same labels", () => {
    const decoded = decodeModel(encodeModel(model, gazetteer, { pruneBelow: 0 }));
    for (const d of labelled) expect(labelDocument(decoded, [d.tokens])).toEqual(labelDocument(model, [d.tokens]));
  });

  it("rejects a file that is not a model", () => {
    expect(() => decodeModel(new Uint8Array([1, 2, 3]))).toThrow();
  });
});

describe("the committed model", () => {
  it("loads and tags people, organisations and places in plain news text", () => {
    const model = loadDefaultModel();
    const tokens = "Chancellor Angela Merkel told Reuters in Berlin on Monday that Siemens would hire .".split(" ");
    const labels = labelDocument(model, [tokens])[0]!.map((l) => LABELS[l]);
    expect(labels.slice(1, 3)).toEqual(["B-PER", "L-PER"]);
    expect(labels[4]).toBe("U-ORG");
    expect(labels[6]).toBe("U-LOC");
    expect(labels[10]).toBe("U-ORG");
  });
});
