/**
 * Runs after `react-router build` (`npm run build`): preview images, Atom feeds, robots.txt and sitemap.xml into
 * `<LEDE_BUILD_DIR or build>/client`, from the data the build copied there. SITE_URL makes links absolute.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { publishSite } from "../publish/publish-site";
import { parseSiteUrl } from "../publish/site-url";

/** Preview images from earlier builds, by the hash of what they show. */
const CACHE_DIR = path.resolve(".cache/og");

async function main(): Promise<number> {
  const started = performance.now();
  const siteUrl = parseSiteUrl(process.env.SITE_URL);
  const clientDir = path.resolve(process.env.LEDE_BUILD_DIR || "build", "client");
  const shown = path.relative(process.cwd(), clientDir);
  if (!existsSync(path.join(clientDir, "data"))) {
    console.error(`publish: ${shown} holds no built site. Run \`npm run build\` (it publishes too).`);
    return 1;
  }
  const report = await publishSite({ clientDir, siteUrl, cacheDir: CACHE_DIR });

  const { images, feeds, sitemapPages } = report;
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `publish: ${images.rendered + images.reused} preview image(s) (${images.rendered} rendered, ${images.reused} reused), ` +
      `${feeds.files} Atom feed(s) (${feeds.entries} entries in /feed.xml` +
      `${feeds.undated > 0 ? `, ${feeds.undated} undated article(s) left out` : ""}), robots.txt` +
      `${sitemapPages === null ? "" : `, sitemap.xml (${sitemapPages} pages)`} -> ${shown}/ in ${seconds} s`,
  );
  if (sitemapPages === null) {
    console.log("publish: SITE_URL is not set, so links are root-relative and no sitemap.xml was written.");
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // parseSiteUrl's message names SITE_URL and says what is expected; a stack would only hide it.
    console.error(`publish: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
