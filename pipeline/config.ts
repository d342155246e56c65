import path from "node:path";

/** Every command reads the same folder: `CONTENT_DIR` or `content/`. */
export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.CONTENT_DIR?.trim() || "content");
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
