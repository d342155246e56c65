/**
 * `npm run ingest`: the content folder (CONTENT_DIR, default content/) to the JSON bundle in public/data.
 * Every unreadable file is reported as `path:line: reason`; on any error the previous output is left intact.
 * Incremental: an article whose bytes, models and knowledge base are unchanged comes from .cache/ingest/, the
 * rest are extracted on worker threads (docs/decisions/012-incremental-ingest.md).
 */
import path from "node:path";
import { DATA_DIR, INGEST_CACHE_DIR, INGEST_LOCK_FILE, contentDir, knowledgeBaseFile } from "../config";
import { assignSlugs, slugRequest } from "../bundle/assign-slugs";
import { buildBundle } from "../bundle/build-bundle";
import { removeStaleStaging, writeBundle } from "../bundle/write-bundle";
import { collectionKnowledge } from "../entities/collection-knowledge";
import { loadDefaultModel } from "../ner/load-model";
import { loadWorldKnowledge } from "../entities/world-knowledge";
import { unusedOverrides } from "../entities/unused-overrides";
import { acquireIngestLock } from "../ingest/ingest-lock";
import { previousSlugs } from "../ingest/previous-slugs";
import { readCollection } from "../ingest/read-collection";
import { cachedSearchIndex } from "../ingest/search-index-cache";
import { assignTopics } from "../topics/classify";

async function main(): Promise<number> {
  // Held from the first read to the last write, so two runs never mix their outputs (the second waits).
  const lock = await acquireIngestLock(INGEST_LOCK_FILE, { onWait: (message) => console.error(`ingest: ${message}`) });
  try {
    return await ingest();
  } finally {
    await lock.release();
  }
}

/** Reports every problem found, writes nothing, and gives the exit code. */
function refuse(problems: readonly string[]): number {
  for (const line of problems) console.error(line);
  console.error(`ingest: ${problems.length} problem(s); nothing written, the previous output is unchanged.`);
  return 1;
}

async function ingest(): Promise<number> {
  const started = performance.now();
  // A run killed mid-write (kill -9) leaves its staging folder; with the lock held, every one there is stale.
  for (const name of await removeStaleStaging(DATA_DIR)) {
    console.error(
      `ingest: removed ${path.relative(process.cwd(), path.join(path.dirname(DATA_DIR), name))}/, left by a run that did not finish`,
    );
  }
  const dir = contentDir();
  const shownDir = path.relative(process.cwd(), dir) || ".";
  const read = await readCollection(dir);
  if (!read.ok) return refuse(read.problems);
  const { knowledgeBase, collection } = read;
  const slugs = assignSlugs(
    collection.articles.map(({ sourcePath, extracted: { parsed } }) => slugRequest(sourcePath, parsed)),
    await previousSlugs(DATA_DIR),
    (sourcePath) => path.relative(process.cwd(), path.join(dir, sourcePath)),
  );
  if (!slugs.ok) return refuse(slugs.problems);

  const knowledge = new Map(knowledgeBase?.entities.map((e) => [e.id, e]));
  const searchIndex = await cachedSearchIndex(path.join(INGEST_CACHE_DIR, "search-index.json"));
  const bundle = buildBundle(
    collection.articles.map(({ sourcePath, extracted: { parsed, entities, classified } }) => ({
      sourcePath,
      parsed,
      entities,
      classify: () =>
        classified ?? assignTopics({ title: parsed.title, text: parsed.blocks.map((b) => b.text).join("\n\n") }),
    })),
    knowledge,
    {
      searchIndex: searchIndex.serialise,
      slugs: slugs.slugs,
      entities: collectionKnowledge(knowledgeBase, loadWorldKnowledge(), loadDefaultModel().gazetteer),
    },
  );
  if (knowledgeBase) {
    const ids = new Set(bundle.entityTable.entities.map((e) => e.id));
    const texts = function* () {
      for (const a of bundle.articles) {
        yield a.title;
        for (const b of a.blocks) yield b.text;
      }
    };
    const shownKb = path.relative(process.cwd(), knowledgeBaseFile(dir));
    for (const line of unusedOverrides(knowledgeBase, ids, texts)) console.warn(`${shownKb}: ${line}`);
  }
  const written = await writeBundle(bundle, DATA_DIR);
  await searchIndex.stored();
  const mentions = bundle.articles.reduce((n, a) => n + a.blocks.reduce((m, b) => m + b.mentions.length, 0), 0);
  console.log(
    `ingest: ${bundle.articles.length} article(s) from ${shownDir}/ -> ${path.relative(process.cwd(), DATA_DIR)}/ ` +
      `(${written.files} files, ${(written.bytes / 1024).toFixed(1)} KiB, ${written.written} changed): ` +
      `${bundle.entityTable.entities.length} entities, ${mentions} mentions; ` +
      `${collection.cached} cached, ${collection.extracted} extracted` +
      (collection.extracted > 0 ? ` on ${collection.threads} thread(s)` : "") +
      `, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ingest: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
