import path from "node:path";
import { readEnvVar } from "./lib/env";

/** Every command reads the same folder: `CONTENT_DIR` or `content/`. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(readEnvVar("CONTENT_DIR", env));
}

/**
 * Generated JSON lives under `public/data` so Vite serves it in dev and copies it into the build;
 * the app fetches it from `/data/…` (see src/lib/data-path.ts).
 */
export const DATA_DIR = path.resolve("public/data");

/** The curated entity knowledge base, inside the content folder. */
export function knowledgeBaseFile(dir: string): string {
  return path.join(dir, "entities.yaml");
}

/**
 * Bump when a change to the per-article pipeline (parsing, entity extraction, topic classification, or the shape
 * of what `pipeline/ingest/` caches) would change its output for the same file. The models and the knowledge base
 * are hashed into the cache key already; code is not, so without a bump `npm run ingest` would keep serving
 * cached results computed by the old code (decision 012).
 */
export const PIPELINE_VERSION = 6;

/** Per-article extraction results and the output manifest, so an unchanged article is not extracted again. */
export const INGEST_CACHE_DIR = path.resolve(".cache/ingest");

/** Held by `npm run ingest` for its whole run (pipeline/ingest/ingest-lock.ts): one ingest at a time. */
export const INGEST_LOCK_FILE = path.resolve(".cache/ingest.lock");

/** Preview images from earlier builds, by the hash of what they show. */
export const OG_CACHE_DIR = path.resolve(".cache/og");
