// Builds the site the e2e suite runs against: the fixture collection in e2e/fixtures/content (several topics),
// into build-e2e/. Afterwards public/data is re-ingested from the default content folder so that the working copy
// keeps describing content/.
import { execSync } from "node:child_process";

const run = (command, env = {}) => execSync(command, { stdio: "inherit", env: { ...process.env, ...env } });

try {
  run("npm run -s ingest", { CONTENT_DIR: "e2e/fixtures/content" });
  // No SITE_URL, whatever the shell has: the suite expects root-relative links and no sitemap.
  // Every entity gets its page, as the suite expects of so small a collection (the default skips one-article entities).
  run("npm run -s build", { LEDE_BUILD_DIR: "build-e2e", SITE_URL: "", LEDE_ENTITY_MIN_ARTICLES: "1" });
} finally {
  run("npm run -s ingest");
}
