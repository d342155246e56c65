/**
 * Trains the entity tagger and writes the compact model Lede ships.
 * Usage: npm run train:ner -- --train <conll file> --dev <conll file> [--out models/ner-en.bin.gz]
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { documentText, parseConll } from "../pipeline/ner/conll";
import { buildGazetteerLists } from "../pipeline/ner/gazetteer-lists";
import { labelsFromSpans } from "../pipeline/ner/labels";
import { encodeModel } from "../pipeline/ner/model-file";
import { DEFAULT_MODEL_PATH } from "../pipeline/ner/load-model";
import { trainTagger, type LabelledDocument } from "../pipeline/ner/train-tagger";

function readDocuments(path: string): LabelledDocument[] {
  return parseConll(readFileSync(path, "utf8")).map((doc) => {
    const { tokens, spans } = documentText(doc);
    return { tokens, gold: labelsFromSpans(spans, tokens.length) };
  });
}

const { values } = parseArgs({
  options: {
    train: { type: "string" },
    dev: { type: "string" },
    out: { type: "string", default: DEFAULT_MODEL_PATH },
    epochs: { type: "string", default: "10" },
    folds: { type: "string", default: "5" },
    "min-count": { type: "string", default: "2" },
    prune: { type: "string", default: "0.5" },
    seed: { type: "string", default: "7" },
    "word-dropout": { type: "string", default: "0.4" },
    runs: { type: "string", default: "3" },
  },
});
if (!values.train) {
  console.error("usage: npm run train:ner -- --train <conll file> [--dev <conll file>] [--out <model file>]");
  process.exit(2);
}

const began = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - began) / 1000).toFixed(1)}s] ${line}`);
const train = readDocuments(values.train);
const dev = values.dev ? readDocuments(values.dev) : undefined;
log(`train: ${train.length} documents, ${train.reduce((n, d) => n + d.tokens.length, 0)} tokens`);
const { lists: gazetteer, sources } = buildGazetteerLists();
log(`gazetteers from ${sources.join(", ")}: ${Object.keys(gazetteer).length} categories`);
const model = trainTagger(train, {
  gazetteer,
  epochs: Number(values.epochs),
  folds: Number(values.folds),
  minCount: Number(values["min-count"]),
  seed: Number(values.seed),
  wordDropout: Number(values["word-dropout"]),
  runs: Number(values.runs),
  ...(dev ? { dev } : {}),
  log,
});
const file = encodeModel(model, gazetteer, { pruneBelow: Number(values.prune), sources });
writeFileSync(values.out, file);
log(`wrote ${values.out} (${(file.length / 1024).toFixed(0)} KiB gzipped)`);
