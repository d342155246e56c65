import { readFile } from "node:fs/promises";
import path from "node:path";
import { articleIndexSchema } from "../../src/schema/article";
import { DATA_FILES } from "../../src/schema/data-files";

/**
 * Each article's slug as the last ingest published it (sourcePath to slug), read from the published index itself:
 * the URLs readers hold are those, whatever the cache says (docs/decisions/022-stable-slugs.md). No index, or one
 * that does not parse, means a first run.
 */
export async function previousSlugs(dataDir: string): Promise<Map<string, string>> {
  try {
    const index = articleIndexSchema.parse(JSON.parse(await readFile(path.join(dataDir, DATA_FILES.index), "utf8")));
    return new Map(index.articles.map((a) => [a.sourcePath, a.slug]));
  } catch {
    return new Map();
  }
}
