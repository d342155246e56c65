import type { Config } from "@react-router/dev/config";
import { readFile } from "node:fs/promises";
import { articleIndexSchema } from "./src/schema/article";
import { DATA_FILES } from "./src/schema/data-files";
import { entityTableSchema } from "./src/schema/entity";
import { paths } from "./src/lib/paths";

const INDEX_FILE = `public/data/${DATA_FILES.index}`;
const ENTITIES_FILE = `public/data/${DATA_FILES.entities}`;

export default {
  appDirectory: "src/app",
  // Static files only: every route is prerendered at build time and hydrates into the SPA.
  ssr: false,
  buildDirectory: process.env.LEDE_BUILD_DIR || "build",
  // Opt in to React Router 8's behaviour now, so the upgrade (once Node 22 is allowed) changes nothing.
  future: {
    v8_middleware: true,
    v8_splitRouteModules: true,
    v8_viteEnvironmentApi: true,
    v8_passThroughRequests: true,
    v8_trailingSlashAwareDataRequests: true,
  },
  async prerender() {
    const text = await readFile(INDEX_FILE, "utf8").catch(() => {
      throw new Error(`${INDEX_FILE}: not found. Run \`npm run ingest\` before building.`);
    });
    const index = articleIndexSchema.parse(JSON.parse(text));
    const entities = entityTableSchema.parse(JSON.parse(await readFile(ENTITIES_FILE, "utf8")));
    return [
      paths.home(),
      paths.entities(),
      ...index.articles.map((article) => paths.article(article.slug)),
      ...entities.entities.map((entity) => paths.entity(entity.id)),
      // A page per IPTC topic the collection has (the publish step writes each one's feed beside it).
      ...[...new Set(index.articles.flatMap((article) => article.topics))].map((topic) => paths.topic(topic)),
    ];
  },
} satisfies Config;
