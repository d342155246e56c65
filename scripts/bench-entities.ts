/**
 * What the collection pass costs (issue 11): reads a content folder as ingest does (from the extraction cache when
 * warm), then times `resolveCollection` alone, and prints it beside the extraction throughput of the same articles.
 * Usage: npm run -s bench:entities -- <content folder> [--runs 5]
 * With no folder, a collection of --articles N (default 10000) is generated into .cache/bench-entities/.
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { collectionKnowledge } from "../pipeline/entities/collection-knowledge";
import { createEntityExtractor } from "../pipeline/entities/extract";
import { resolveCollection } from "../pipeline/entities/resolve-collection";
import { loadDefaultModel } from "../pipeline/ner/load-model";
import { loadWorldKnowledge } from "../pipeline/entities/world-knowledge";
import { readCollection } from "../pipeline/ingest/read-collection";
import { generateCorpus } from "./bench/generate-corpus.mjs";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: "string", default: "5" }, articles: { type: "string", default: "10000" } },
});
let dir = positionals[0];
if (!dir) {
  dir = path.resolve(".cache/bench-entities/content");
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await generateCorpus({ count: Number(values.articles), dir, knowledgeBase: "content/entities.yaml" });
}
const began = performance.now();
const read = await readCollection(path.resolve(dir));
if (!read.ok) {
  for (const line of read.problems) console.error(line);
  process.exit(1);
}
const readMs = performance.now() - began;
const articles = read.collection.articles;
const docs = articles.map(({ extracted }) => ({
  blocks: extracted.parsed.blocks.map((b) => b.text),
  entities: extracted.entities,
}));
const knowledge = collectionKnowledge(read.knowledgeBase, loadWorldKnowledge(), loadDefaultModel().gazetteer);
const times: number[] = [];
const cpu: number[] = [];
for (let run = 0; run < Number(values.runs); run++) {
  const t = performance.now();
  const c = process.cpuUsage();
  resolveCollection(docs, knowledge);
  const used = process.cpuUsage(c);
  cpu.push((used.user + used.system) / 1000);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
cpu.sort((a, b) => a - b);

// Extraction throughput on one core, over (up to) the first 2,000 articles.
const extractor = createEntityExtractor({ knowledgeBase: read.knowledgeBase });
const sample = docs.slice(0, 2000);
const words = sample.reduce((n, d) => n + d.blocks.reduce((m, b) => m + b.split(/\s+/u).filter(Boolean).length, 0), 0);
const t = performance.now();
for (const d of sample) extractor.extract(d.blocks);
const extractMs = performance.now() - t;

const locals = docs.reduce((n, d) => n + d.entities.entities.length, 0);
console.log(`${dir}: ${articles.length} articles, ${locals} article-entities`);
console.log(
  `read + extract (${read.collection.cached} cached, ${read.collection.extracted} extracted): ${(readMs / 1000).toFixed(1)} s`,
);
console.log(
  `collection pass: median ${times[times.length >> 1]!.toFixed(0)} ms, min ${times[0]!.toFixed(0)} ms over ${times.length} runs ` +
    `(CPU: median ${cpu[cpu.length >> 1]!.toFixed(0)} ms, which a busy machine inflates less than wall time)`,
);
console.log(
  `extraction: ${Math.round(words / (extractMs / 1000))} words/s on one core (${sample.length} articles, ${words} words)`,
);
