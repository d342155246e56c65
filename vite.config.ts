import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { cp, rm } from "node:fs/promises";
import { defineConfig, type Plugin } from "vite";
import { parseSiteUrl } from "./pipeline/publish/site-url.ts";

// Validated here (a bad value stops the build, naming SITE_URL) and inlined as a constant, so the prerendered meta
// and the browser's render read the very same value (src/lib/site-meta.ts).
const siteUrl = parseSiteUrl(process.env.SITE_URL);

export default defineConfig({
  define: { "import.meta.env.SITE_URL": JSON.stringify(siteUrl ?? "") },
  // An incremental build (pipeline/cli/build.ts) renders a few pages into a scratch folder and takes only those:
  // copying public/ (every data file) there would be wasted.
  build: { copyPublicDir: process.env.LEDE_COPY_PUBLIC !== "0" },
  plugins: [tailwindcss(), reactRouter(), keepServerBuild(process.env.LEDE_KEEP_SERVER_BUILD)],
});

/**
 * With `ssr: false` React Router deletes its server bundle once it has prerendered. `npm run build` keeps a copy
 * (in LEDE_KEEP_SERVER_BUILD) to render the pages itself, in parallel and, on a rebuild, only the changed ones
 * (docs/decisions/015-render-from-the-server-bundle.md). Sequential and first, so it runs before React Router's own
 * `writeBundle` prerenders and deletes the folder.
 */
function keepServerBuild(target: string | undefined): Plugin {
  return {
    name: "lede:keep-server-build",
    applyToEnvironment: (environment) => environment.name === "ssr",
    writeBundle: {
      order: "pre",
      sequential: true,
      async handler(options) {
        if (!target || !options.dir) return;
        await rm(target, { recursive: true, force: true });
        await cp(options.dir, target, { recursive: true });
      },
    },
  };
}
