import type { Config } from "@react-router/dev/config";
import { readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { z } from "zod/mini";
import { articleIndexSchema } from "./src/schema/article";
import { DATA_FILES } from "./src/schema/data-files";
import { entityTableSchema } from "./src/schema/entity";
import { readEnv } from "./pipeline/lib/env";
import { sitePages } from "./pipeline/site/site-pages";

const INDEX_FILE = `public/data/${DATA_FILES.index}`;
const ENTITIES_FILE = `public/data/${DATA_FILES.entities}`;

/** Every page the collection has (pipeline/site/site-pages.ts), from the full index and entity table. */
async function allPages(): Promise<string[]> {
  const text = await readFile(INDEX_FILE, "utf8").catch(() => {
    throw new Error(`${INDEX_FILE}: not found. Run \`npm run ingest\` before building.`);
  });
  const index = articleIndexSchema.parse(JSON.parse(text));
  const entities = entityTableSchema.parse(JSON.parse(await readFile(ENTITIES_FILE, "utf8")));
  return sitePages({ index, entities, minEntityArticles: settings.LEDE_ENTITY_MIN_ARTICLES }).map((page) => page.path);
}

const settings = readEnv(["LEDE_BUILD_DIR", "LEDE_PRERENDER_PATHS", "LEDE_ENTITY_MIN_ARTICLES"]);

export default {
  appDirectory: "src/app",
  // Static files only: every route is prerendered at build time and hydrates into the SPA.
  ssr: false,
  buildDirectory: settings.LEDE_BUILD_DIR,
  // Opt in to React Router 8's behaviour now, so the upgrade (once Node 22 is allowed) changes nothing.
  future: {
    v8_middleware: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
    v8_passThroughRequests: true,
    v8_trailingSlashAwareDataRequests: true,
  },
  prerender: {
    // `npm run build` (pipeline/cli/build.ts) names the pages to render in LEDE_PRERENDER_PATHS: all of them, or
    // only those whose data changed since the last build. A bare `react-router build` renders every page.
    async paths() {
      const listed = settings.LEDE_PRERENDER_PATHS;
      if (!listed) return allPages();
      return z.array(z.string()).parse(JSON.parse(await readFile(listed, "utf8")));
    },
    // Rendering is synchronous work on one thread; a few pages in flight overlap their file reads and writes.
    concurrency: Math.max(2, availableParallelism() * 2),
  },
} satisfies Config;
