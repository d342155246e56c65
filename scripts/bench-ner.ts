/**
 * Scores the whole entity extractor (tagger, rules, knowledge base) on a CoNLL-2003 style file.
 * Usage: npm run bench:ner -- <conll file> [--no-kb] [--collection] [--model <model file>]
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { collectionKnowledge } from "../pipeline/entities/collection-knowledge";
import type { DocumentEntities } from "../pipeline/entities/document-entities";
import { createEntityExtractor } from "../pipeline/entities/extract";
import { resolveCollection } from "../pipeline/entities/resolve-collection";
import { loadWorldKnowledge } from "../pipeline/entities/world-knowledge";
import { emptyKnowledgeBase, loadKnowledgeBase } from "../pipeline/entities/knowledge-base";
import { documentText, parseConll, type ConllType } from "../pipeline/ner/conll";
import { loadDefaultModel, loadModel } from "../pipeline/ner/load-model";
import { formatScores, scoreSpans, type TypedSpan } from "../pipeline/ner/score";
import { contentDir, knowledgeBaseFile } from "../pipeline/config";

const GOLD_TYPE: Record<ConllType, string> = { PER: "person", ORG: "organization", LOC: "place", MISC: "misc" };

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    "no-kb": { type: "boolean", default: false },
    collection: { type: "boolean", default: false },
    model: { type: "string" },
  },
});
const [file] = positionals;
if (!file || positionals.length > 1) {
  console.error("usage: npm run bench:ner -- <conll file> [--no-kb] [--collection] [--model <model file>]");
  process.exit(2);
}

const docs = parseConll(readFileSync(file, "utf8")).map(documentText);
const loadStart = performance.now();
const model = values.model ? loadModel(values.model) : loadDefaultModel();
const loadMs = performance.now() - loadStart;
const knowledgeBase = values["no-kb"] ? emptyKnowledgeBase() : await loadKnowledgeBase(knowledgeBaseFile(contentDir()));
const extractor = createEntityExtractor({ knowledgeBase, model });

const gold: TypedSpan[] = [];
const extracted: DocumentEntities[] = [];
let words = 0;
let extractMs = 0;
docs.forEach((doc, i) => {
  words += doc.tokens.length;
  for (const s of doc.spans) {
    const end = doc.starts[s.end - 1]! + doc.tokens[s.end - 1]!.length;
    gold.push({ doc: i, start: doc.starts[s.start]!, end, type: GOLD_TYPE[s.type] });
  }
  const began = performance.now();
  extracted.push(extractor.extract([doc.text]));
  extractMs += performance.now() - began;
});
// --collection: score what a reader sees, after the collection pass over all documents of the file (decision 020).
const results = values.collection
  ? resolveCollection(
      docs.map((doc, i) => ({ blocks: [doc.text], entities: extracted[i]! })),
      collectionKnowledge(knowledgeBase, loadWorldKnowledge(), model.gazetteer),
    )
  : extracted;
const predicted: TypedSpan[] = results.flatMap((result, i) => {
  const typeOf = new Map(result.entities.map((e) => [e.id, e.type]));
  return result.mentions.map((m) => ({ doc: i, start: m.start, end: m.end, type: typeOf.get(m.entityId)! }));
});

console.log(
  `${file}: ${docs.length} documents, ${words} words, knowledge base ${values["no-kb"] ? "off" : "on"}` +
    (values.collection ? ", after the collection pass" : ""),
);
console.log(formatScores(scoreSpans(gold, predicted)));
console.log(`throughput: ${Math.round(words / (extractMs / 1000))} words/s (one core, whole extractor)`);
console.log(`model load: ${loadMs.toFixed(0)} ms`);
