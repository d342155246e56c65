/**
 * `npm run -s entities:report -- [folder]`: what a reader would find wrong in a collection's entities: the 100
 * entities in the most articles with their types, names carrying more than one type, and likely duplicates.
 * Reads the folder as ingest does (the same cache), writes nothing but the cache. `--data <folder>` reports on a
 * bundle already written (a `public/data`, maybe by an older Lede: how a collection looked before a change).
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { bundleEntitySchema } from "../../src/schema/entity";
import { DATA_FILES } from "../../src/schema/data-files";
import { contentDir } from "../config";
import { collectionEntityTable } from "../bundle/build-bundle";
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
    data: { type: "string" },
  },
});
if (positionals.length > 1 || (values.data !== undefined && positionals.length > 0)) {
  console.error(
    "usage: npm run -s entities:report -- [content folder | --data <bundle folder>] [--top N] [--min-articles N] [--json]",
  );
  process.exit(2);
}
const world = loadWorldKnowledge();
const { table, articles } = values.data ? await fromBundle(path.resolve(values.data)) : await fromContent();

async function fromContent() {
  const dir = positionals[0] ? path.resolve(positionals[0]) : contentDir();
  const read = await readCollection(dir);
  if (!read.ok) {
    for (const line of read.problems) console.error(line);
    process.exit(1);
  }
  const sources = read.collection.articles.map(({ sourcePath, extracted }) => ({
    sourcePath,
    parsed: extracted.parsed,
    entities: extracted.entities,
  }));
  const table = collectionEntityTable(sources, new Map(), {
    entities: collectionKnowledge(read.knowledgeBase, world, loadDefaultModel().gazetteer),
  });
  return { table, articles: sources.length };
}

async function fromBundle(dir: string) {
  const read = async (file: string) => {
    try {
      return JSON.parse(await readFile(path.join(dir, file), "utf8")) as unknown;
    } catch (error) {
      console.error(
        `${path.join(dir, file)}: cannot be read: ${error instanceof Error ? error.message : String(error)}`,
      );
      process.exit(1);
    }
  };
  // Only the fields a report reads, so a bundle written by an older Lede still parses.
  const table = z.object({ entities: z.array(bundleEntitySchema) }).parse(await read(DATA_FILES.entities)).entities;
  const index = z.object({ articles: z.array(z.unknown()) }).parse(await read(DATA_FILES.index));
  return { table, articles: index.articles.length };
}

const report = collectionReport(table, articles, {
  knownAs: (name) => world.lookup(name)?.id,
  top: Number(values.top),
  minArticles: Number(values["min-articles"]),
});
console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report));
