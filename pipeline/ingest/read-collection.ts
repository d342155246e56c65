import path from "node:path";
import { stat } from "node:fs/promises";
import { INGEST_CACHE_DIR, knowledgeBaseFile } from "../config";
import { loadKnowledgeBase, type KnowledgeBase } from "../entities/knowledge-base";
import { ParseError, formatInputError } from "../parse/parse-error";
import { parseArticleFile } from "../parse/parse-file";
import { readEnvVar } from "../lib/env";
import { readArticleFiles, type ArticleFile } from "../read-content";
import { createArticleCache, pipelineVersion } from "./article-cache";
import { extractCollection, type CollectionResult } from "./extract-collection";
import { ExtractionCrash } from "./extract-pool";

export type ReadCollection =
  | { ok: true; knowledgeBase: KnowledgeBase | undefined; collection: CollectionResult }
  | { ok: false; problems: string[] };

/**
 * A content folder to every article's extraction (from the cache where the bytes are unchanged), or every problem
 * found, each as `path:line: reason`. What `npm run ingest` and `npm run entities:report` both start from.
 */
export async function readCollection(dir: string): Promise<ReadCollection> {
  const shownDir = path.relative(process.cwd(), dir) || ".";
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) {
    return {
      ok: false,
      problems: [`${shownDir}: content folder not found (set CONTENT_DIR to a folder of .txt or .md articles)`],
    };
  }
  let maxBytes: number;
  try {
    maxBytes = readEnvVar("LEDE_MAX_ARTICLE_BYTES");
  } catch (error) {
    return { ok: false, problems: [error instanceof Error ? error.message : String(error)] };
  }
  const errors: string[] = [];
  const kbFile = knowledgeBaseFile(dir);
  const knowledgeBase = await loadKnowledgeBase(kbFile, path.relative(process.cwd(), kbFile)).catch((error: Error) => {
    errors.push(...error.message.split("\n"));
    return undefined;
  });
  const { files, errors: readErrors } = await readArticleFiles(dir, { maxBytes });
  errors.push(...readErrors);
  if (files.length === 0 && errors.length === 0) {
    errors.push(`${shownDir}: no articles found (expected .txt or .md files)`);
  }
  // Without a usable knowledge base nothing can be extracted, but every bad file is still named at once.
  if (errors.length > 0) return { ok: false, problems: [...errors, ...parseErrors(files)] };

  const cache = createArticleCache(
    path.join(INGEST_CACHE_DIR, "articles"),
    await pipelineVersion(knowledgeBaseFile(dir)),
  );
  const collection = await extractCollection(files, { cache, knowledgeBase }).catch((error: unknown) => {
    if (!(error instanceof ExtractionCrash)) throw error;
    return `${path.relative(process.cwd(), error.file)}:1: extraction crashed: ${error.message}`;
  });
  if (typeof collection === "string") return { ok: false, problems: [collection] };
  if (collection.errors.length > 0) return { ok: false, problems: collection.errors };
  return { ok: true, knowledgeBase, collection };
}

function parseErrors(files: readonly ArticleFile[]): string[] {
  return files.flatMap(({ file, shown, bytes }) => {
    try {
      parseArticleFile(file, bytes);
      return [];
    } catch (error) {
      if (error instanceof ParseError) return [formatInputError(shown, error.line, error.message)];
      return [
        formatInputError(shown, 1, `cannot be parsed: ${error instanceof Error ? error.message : String(error)}`),
      ];
    }
  });
}
