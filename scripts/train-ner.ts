/**
 * Trains the entity tagger and writes the compact model Lede ships.
 * Usage: npm run train:ner -- --train <conll file> --dev <conll file> [--out models/ner-en.bin.gz]
 *   [--augment <share> [--augment-types PER,ORG,LOC]]: also train on copies with names swapped (decision 029).
 *   [--margin <cost>]: cost-augmented training decode (decision 029).
 *   [--clusters <file>]: word classes from `npm run build:clusters`, added to the gazetteer (decision 029).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { documentText, parseConll } from "../pipeline/ner/conll";
import { replaceMentions, replacementPools } from "../pipeline/ner/augment";
import { seededRandom } from "../pipeline/lib/prng.mjs";
import { buildGazetteerLists } from "../pipeline/ner/gazetteer-lists";
import { labelsFromSpans } from "../pipeline/ner/labels";
import { encodeModel } from "../pipeline/ner/model-file";
import { DEFAULT_MODEL_PATH } from "../pipeline/ner/load-model";
import { z } from "zod";
import { trainTagger, type LabelledDocument } from "../pipeline/ner/train-tagger";

const clusterFileSchema = z.object({ source: z.string(), lists: z.record(z.string(), z.array(z.string())) });

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
    augment: { type: "string", default: "0" },
    "augment-types": { type: "string", default: "PER,ORG,LOC" },
    clusters: { type: "string" },
    margin: { type: "string", default: "0" },
  },
});
if (!values.train) {
  console.error("usage: npm run train:ner -- --train <conll file> [--dev <conll file>] [--out <model file>]");
  process.exit(2);
}

const began = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - began) / 1000).toFixed(1)}s] ${line}`);
const original = readDocuments(values.train);
const dev = values.dev ? readDocuments(values.dev) : undefined;
log(`train: ${original.length} documents, ${original.reduce((n, d) => n + d.tokens.length, 0)} tokens`);
const { lists: gazetteer, sources } = buildGazetteerLists();
if (values.clusters) {
  const clusters = clusterFileSchema.parse(JSON.parse(readFileSync(values.clusters, "utf8")));
  Object.assign(gazetteer, clusters.lists);
  sources.push(clusters.source);
}
log(`gazetteers from ${sources.join(", ")}: ${Object.keys(gazetteer).length} categories`);
// --augment p: each document also appears as a copy whose names are swapped, each with probability p.
const share = Number(values.augment);
const pools = replacementPools(gazetteer);
const random = seededRandom(Number(values.seed));
const train =
  share > 0
    ? original.flatMap((doc, i) => [
        { ...doc, source: i },
        { ...replaceMentions(doc, pools, random, share, new Set(values["augment-types"].split(","))), source: i },
      ])
    : original;
log(`training documents: ${train.length}${share > 0 ? ` (with copies, names swapped at ${share})` : ""}`);
const model = trainTagger(train, {
  gazetteer,
  epochs: Number(values.epochs),
  folds: Number(values.folds),
  minCount: Number(values["min-count"]),
  seed: Number(values.seed),
  wordDropout: Number(values["word-dropout"]),
  margin: Number(values.margin),
  runs: Number(values.runs),
  ...(dev ? { dev } : {}),
  log,
});
const file = encodeModel(model, gazetteer, { pruneBelow: Number(values.prune), sources });
writeFileSync(values.out, file);
log(`wrote ${values.out} (${(file.length / 1024).toFixed(0)} KiB gzipped)`);
