import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readdir, readFile, stat, unlink } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PIPELINE_VERSION } from "../config";
import { WORLD_KNOWLEDGE_FILE } from "../entities/world-knowledge";
import { DEFAULT_MODEL_PATH as NER_MODEL_PATH } from "../ner/load-model";
import { writeAtomically } from "../lib/tree";
import { DEFAULT_MODEL_PATH as TOPIC_MODEL_PATH } from "../topics/model-file";
import { extractedArticleSchema, type ExtractedArticle } from "./extract-article";

/**
 * Everything besides a file's own bytes that its extraction depends on: the code (PIPELINE_VERSION, bumped by
 * hand), both models, the built-in world knowledge and the editor's knowledge base. Any change to one of them invalidates every entry.
 */
export async function pipelineVersion(
  knowledgeBaseFile: string,
  modelFiles: readonly string[] = [NER_MODEL_PATH, TOPIC_MODEL_PATH, fileURLToPath(WORLD_KNOWLEDGE_FILE)],
): Promise<string> {
  const hash = createHash("sha256").update(`lede-ingest:${PIPELINE_VERSION}\0`);
  for (const file of [...modelFiles, knowledgeBaseFile]) {
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return Buffer.from("(none)");
      throw error;
    });
    hash.update(`${path.basename(file)}\0${bytes.length}\0`).update(bytes);
  }
  return hash.digest("hex");
}

export interface ArticleCache {
  /** The file's extension picks its parser, so it is part of the key; its name and folder are not. */
  key(file: string, bytes: Uint8Array): string;
  /** The cached result, or undefined when missing, unreadable or malformed (never throws). */
  get(key: string): Promise<ExtractedArticle | undefined>;
  set(key: string, article: ExtractedArticle): Promise<void>;
  /** Removes every entry not in `keep`; returns how many. */
  /**
   * Removes entries this run did not use and that were written before `olderThan` (default: two weeks ago), so
   * switching between content folders (the e2e fixtures, a benchmark collection) does not throw the others away.
   */
  prune(keep: ReadonlySet<string>, olderThan?: number): Promise<number>;
}

/** One JSON file per article under `dir`, named by its key, fanned out over 256 sub-folders. */
const PRUNE_AFTER_MS = 14 * 24 * 60 * 60 * 1000;

export function createArticleCache(dir: string, version: string): ArticleCache {
  const entryPath = (key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);
  return {
    key(file, bytes) {
      return createHash("sha256")
        .update(`${version}\0${path.extname(file).toLowerCase()}\0`)
        .update(bytes)
        .digest("hex");
    },
    async get(key) {
      try {
        // Synchronous: a warm run reads every entry, and 10,000 small reads through fs/promises took ~1 s more.
        const result = extractedArticleSchema.safeParse(JSON.parse(readFileSync(entryPath(key), "utf8")));
        return result.success ? result.data : undefined;
      } catch {
        return undefined;
      }
    },
    async set(key, article) {
      // Written aside and renamed, so a reader never sees half an entry.
      await writeAtomically(entryPath(key), JSON.stringify(article));
    },
    async prune(keep, olderThan = Date.now() - PRUNE_AFTER_MS) {
      const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
      const unused = entries.filter((e) => e.isFile() && !keep.has(path.basename(e.name, ".json")));
      let pruned = 0;
      await Promise.all(
        unused.map(async (e) => {
          const file = path.join(e.parentPath, e.name);
          const { mtimeMs } = await stat(file).catch(() => ({ mtimeMs: 0 }));
          if (mtimeMs > olderThan) return;
          await unlink(file).catch(() => undefined);
          pruned += 1;
        }),
      );
      return pruned;
    },
  };
}
