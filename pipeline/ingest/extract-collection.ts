import { availableParallelism } from "node:os";
import type { KnowledgeBase } from "../entities/knowledge-base";
import { formatInputError } from "../parse/parse-error";
import type { ArticleFile } from "../read-content";
import type { ArticleCache } from "./article-cache";
import type { ExtractedArticle } from "./extract-article";
import { extractAll, workerCount } from "./extract-pool";
import { createProgress, type ProgressOptions } from "./progress";

export interface CollectionResult {
  articles: { sourcePath: string; extracted: ExtractedArticle }[];
  /** One `path:line: reason` line per file that is not a valid article. */
  errors: string[];
  cached: number;
  extracted: number;
  threads: number;
}

export interface CollectionOptions {
  cache: ArticleCache;
  knowledgeBase?: KnowledgeBase;
  cores?: number;
  progress?: ProgressOptions;
  workerFile?: URL;
}

/**
 * Every file to its extraction: from the cache when its bytes (and the pipeline) are unchanged, else on worker
 * threads, storing the result. Unused cache entries are pruned when the whole collection is valid.
 */
export async function extractCollection(
  files: readonly ArticleFile[],
  options: CollectionOptions,
): Promise<CollectionResult> {
  const { cache } = options;
  const keys = files.map((f) => cache.key(f.file, f.bytes));
  const found = await Promise.all(keys.map((key) => cache.get(key)));
  const missing = files.flatMap((_, i) => (found[i] ? [] : [i]));

  const threads = workerCount(missing.length, options.cores ?? availableParallelism());
  const progress = createProgress("ingest: extracting", missing.length, options.progress);
  const stores: Promise<void>[] = [];
  const byFile = new Map(missing.map((i) => [files[i]!.file, i]));
  let results;
  try {
    results = await extractAll(
      missing.map((i) => ({ file: files[i]!.file, bytes: files[i]!.bytes })),
      {
        threads,
        knowledgeBase: options.knowledgeBase,
        workerFile: options.workerFile,
        onResult(task, result) {
          progress.tick();
          const i = byFile.get(task.file)!;
          // A failed store only costs a re-extraction next time.
          if (result.ok) stores.push(cache.set(keys[i]!, result.article).catch(() => undefined));
        },
      },
    );
  } finally {
    progress.stop();
    await Promise.all(stores);
  }

  const errors: string[] = [];
  missing.forEach((i, n) => {
    const result = results[n]!;
    if (result.ok) found[i] = result.article;
    else errors.push(formatInputError(files[i]!.shown, result.line, result.reason));
  });
  if (errors.length === 0) await cache.prune(new Set(keys));
  return {
    articles: files.flatMap((f, i) => (found[i] ? [{ sourcePath: f.sourcePath, extracted: found[i] }] : [])),
    errors,
    cached: files.length - missing.length,
    extracted: missing.length,
    threads,
  };
}
