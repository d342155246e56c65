/**
 * `npm run -s entities:report -- [folder]`: what a reader would find wrong in a collection's entities: the 100
 * entities in the most articles with their types, names carrying more than one type, and likely duplicates.
 * Reads the folder as ingest does (the same cache), writes nothing but the cache.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { contentDir } from "../config";
import { collectionEntityTable } from "../build/build-bundle";
import { collectionReport, formatReport } from "../entities/collection-report";
import { collectionKnowledge } from "../entities/collection-knowledge";
import { loadDefaultModel } from "../ner/load-model";
import { loadWorldKnowledge } from "../entities/world-knowledge";
import { readCollection } from "../ingest/read-collection";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: "string", default: "100" },
    "min-articles": { type: "string", default: "2" },
    json: { type: "boolean", default: false },
  },
});
if (positionals.length > 1) {
  console.error("usage: npm run -s entities:report -- [content folder] [--top N] [--min-articles N] [--json]");
  process.exit(2);
}
const dir = positionals[0] ? path.resolve(positionals[0]) : contentDir();
const read = await readCollection(dir);
if (!read.ok) {
  for (const line of read.problems) console.error(line);
  process.exit(1);
}
const articles = read.collection.articles.map(({ sourcePath, extracted }) => ({
  sourcePath,
  parsed: extracted.parsed,
  entities: extracted.entities,
}));
const world = loadWorldKnowledge();
const table = collectionEntityTable(articles, new Map(), {
  entities: collectionKnowledge(read.knowledgeBase, world, loadDefaultModel().gazetteer),
});
const report = collectionReport(table, articles.length, {
  knownAs: (name) => world.lookup(name)?.id,
  top: Number(values.top),
  minArticles: Number(values["min-articles"]),
});
console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
