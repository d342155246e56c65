import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";
import { readEnv } from "./pipeline/lib/env.ts";
import { keepServerBuild } from "./src/app/server/react-router-adapter.ts";

// Validated here (a bad value stops the build, naming SITE_URL) and inlined as a constant, so the prerendered meta
// and the browser's render read the very same value (src/lib/site-meta.ts).
const settings = readEnv(["SITE_URL", "LEDE_COPY_PUBLIC", "LEDE_KEEP_SERVER_BUILD"]);
const siteUrl = settings.SITE_URL;

export default defineConfig({
  define: { "import.meta.env.SITE_URL": JSON.stringify(siteUrl ?? "") },
  // An incremental build (pipeline/cli/build.ts) renders a few pages into a scratch folder and takes only those:
  // copying public/ (every data file) there would be wasted.
  build: { copyPublicDir: settings.LEDE_COPY_PUBLIC },
  plugins: [tailwindcss(), reactRouter(), keepServerBuild(settings.LEDE_KEEP_SERVER_BUILD ?? undefined)],
});
