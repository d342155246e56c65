import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import { readEnv } from "./pipeline/lib/env.ts";
import { keepServerBuild } from "./src/app/server/react-router-adapter.ts";

// Validated here (a bad value stops the build, naming SITE_URL) and inlined as a constant, so the prerendered meta
// and the browser's render read the very same value (src/lib/site-meta.ts).
const settings = readEnv(["SITE_URL", "LEDE_COPY_PUBLIC", "LEDE_KEEP_SERVER_BUILD"]);
const siteUrl = settings.SITE_URL;

// The browser's chunks. Every page loads the framework (React, React DOM, React Router, TanStack Query, zod): one chunk
// rather than the four that automatic splitting made of it. The app modules that routes share are grouped by the
// routes that use them, and groups under 8 kB merged into a neighbour, rather than a chunk per set of users: an
// article loaded 26 chunks, now 13. Each chunk was a request, a compile and a task or two of its own while the page
// hydrates, stretched by whatever else the phone was doing (decision 031).
const CLIENT_CHUNK_GROUPS = [
  {
    name: "framework",
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser|@tanstack[\\/](query-core|react-query)|zod)[\\/]/,
    tags: ["$initial" as const],
    priority: 2,
  },
  {
    name: "shared",
    test: /[\\/]src[\\/]/,
    tags: ["$initial" as const],
    minShareCount: 2,
    entriesAware: true,
    entriesAwareMergeThreshold: 8000,
    priority: 1,
  },
];

export default defineConfig({
  define: { "import.meta.env.SITE_URL": JSON.stringify(siteUrl ?? "") },
  // An incremental build (pipeline/cli/build.ts) renders a few pages into a scratch folder and takes only those:
  // copying public/ (every data file) there would be wasted.
  build: { copyPublicDir: settings.LEDE_COPY_PUBLIC },
  environments: {
    client: { build: { rolldownOptions: { output: { codeSplitting: { groups: CLIENT_CHUNK_GROUPS } } } } },
  },
  plugins: [tailwindcss(), reactRouter(), keepServerBuild(settings.LEDE_KEEP_SERVER_BUILD ?? undefined)],
});
