/**
 * `npm run ingest`: the content folder (CONTENT_DIR, default content/) to the JSON bundle in public/data.
 * Every unreadable file is reported as `path:line: reason`; on any error the previous output is left intact.
 * Incremental: an article whose bytes, models and knowledge base are unchanged comes from .cache/ingest/, the
 * rest are extracted on worker threads (docs/decisions/012-incremental-ingest.md).
 */
import path from "node:path";
import { stat } from "node:fs/promises";
import { DATA_DIR, INGEST_CACHE_DIR, contentDir, knowledgeBaseFile } from "../config";
import { buildBundle } from "../build/build-bundle";
import { writeBundle } from "../build/write-bundle";
import { loadKnowledgeBase } from "../entities/knowledge-base";
import { createArticleCache, pipelineVersion } from "../ingest/article-cache";
import { extractCollection } from "../ingest/extract-collection";
import { ExtractionCrash } from "../ingest/extract-pool";
import { cachedSearchIndex } from "../ingest/search-index-cache";
import { ParseError, formatInputError } from "../parse/parse-error";
import { parseArticleFile } from "../parse/parse-file";
import { readArticleFiles, type ArticleFile } from "../read-content";
import { classifyTopics } from "../topics/classify";

async function main(): Promise<number> {
  const started = performance.now();
  const dir = contentDir();
  const shownDir = path.relative(process.cwd(), dir) || ".";
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) {
    console.error(`${shownDir}: content folder not found (set CONTENT_DIR to a folder of .txt or .md articles)`);
    return 1;
  }

  const errors: string[] = [];
  const knowledgeBase = await loadKnowledgeBase(knowledgeBaseFile(dir)).catch((error: Error) => {
    errors.push(...error.message.split("\n"));
    return undefined;
  });
  const { files, errors: readErrors } = await readArticleFiles(dir);
  errors.push(...readErrors);
  if (files.length === 0 && errors.length === 0) {
    errors.push(`${shownDir}: no articles found (expected .txt or .md files)`);
  }
  const fail = (problems: readonly string[]) => {
    for (const line of problems) console.error(line);
    console.error(`ingest: ${problems.length} problem(s); nothing written, the previous output is unchanged.`);
    return 1;
  };
  // Without a usable knowledge base nothing can be extracted, but every bad file is still named at once.
  if (errors.length > 0) return fail([...errors, ...parseErrors(files)]);

  const cache = createArticleCache(
    path.join(INGEST_CACHE_DIR, "articles"),
    await pipelineVersion(knowledgeBaseFile(dir)),
  );
  const collection = await extractCollection(files, { cache, knowledgeBase }).catch((error: unknown) => {
    if (!(error instanceof ExtractionCrash)) throw error;
    return `${path.relative(process.cwd(), error.file)}:1: extraction crashed: ${error.message}`;
  });
  if (typeof collection === "string") return fail([collection]);
  if (collection.errors.length > 0) return fail(collection.errors);

  const knowledge = new Map(knowledgeBase?.entities.map((e) => [e.id, e]));
  const searchIndex = await cachedSearchIndex(path.join(INGEST_CACHE_DIR, "search-index.json"));
  const bundle = buildBundle(
    collection.articles.map(({ sourcePath, extracted: { parsed, entities, classified } }) => ({
      sourcePath,
      parsed,
      entities,
      classify: () =>
        classified ?? classifyTopics({ title: parsed.title, text: parsed.blocks.map((b) => b.text).join("\n\n") }),
    })),
    knowledge,
    { searchIndex: searchIndex.serialise },
  );
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

function parseErrors(files: readonly ArticleFile[]): string[] {
  return files.flatMap(({ file, shown, bytes }) => {
    try {
      parseArticleFile(file, bytes);
      return [];
    } catch (error) {
      if (error instanceof ParseError) return [formatInputError(shown, error.line, error.message)];
      throw error;
    }
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ingest: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
