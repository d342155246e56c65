import { copyFile, link, mkdir, readFile, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { z } from "zod/mini";
import { articleIndexSchema, articleSchema, type ArticleSummary } from "../../src/schema/article";
import { DATA_FILES } from "../../src/schema/data-files";
import { TOPIC_IDS } from "../../src/schema/topics";
import { buildFeed, feedArticles, type FeedArticle } from "./feeds";
import { articleOgInputs, ogCacheKey, SITE_OG_INPUTS, type OgImageInputs } from "./og-inputs";
import { loadOgFonts, renderOgImage, type OgFonts } from "./og-render";
import { pagePathOf, robotsTxt, sitemapXml } from "./sitemap";
import { removeFile, writeAtomically } from "../lib/tree";
import { paths } from "../../src/lib/paths";

export interface PublishOptions {
  /** The built site: `<LEDE_BUILD_DIR>/client`, holding `data/` and the prerendered pages. */
  clientDir: string;
  siteUrl: string | null;
  /** Preview images by cache key, kept between builds. */
  cacheDir: string;
  /**
   * The articles that get a preview image of their own (pipeline/publish/preview-plan.ts): the ones whose pages
   * were prerendered pointing at it. Every other page points at the site's card. All articles when absent.
   */
  previews?: ReadonlySet<string>;
  /** Already loaded by the caller, or loaded here. */
  fonts?: OgFonts;
}

export interface PublishReport {
  images: { rendered: number; reused: number };
  feeds: { files: number; entries: number; undated: number };
  /** Pages listed, or null when there is no SITE_URL (the sitemap protocol needs absolute URLs). */
  sitemapPages: number | null;
}

async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, "utf8"));
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** The author is only in the article file; the rest of that file is the app's business, not the feeds'. */
const articleAuthorSchema = z.pick(articleSchema, { slug: true, author: true });

/** Reads the article files a few at a time. */
async function withAuthors(dataDir: string, articles: readonly ArticleSummary[]): Promise<FeedArticle[]> {
  const out: FeedArticle[] = [];
  for (let i = 0; i < articles.length; i += 32) {
    const batch = articles.slice(i, i + 32);
    const files = await Promise.all(
      batch.map(async (a) => articleAuthorSchema.parse(await readJson(path.join(dataDir, DATA_FILES.article(a.slug))))),
    );
    out.push(...batch.map((a, j) => ({ ...a, author: files[j]?.author ?? null })));
  }
  return out;
}

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listFiles(path.join(dir, entry.name), relative) : [relative];
    }),
  );
  return nested.flat();
}

/**
 * After `react-router build`: preview images, Atom feeds, robots.txt and (with a site URL) sitemap.xml, written
 * into the built site from its own validated data, so they always describe exactly what was built.
 */
export async function publishSite({
  clientDir,
  siteUrl,
  cacheDir,
  previews,
  fonts: loadedFonts,
}: PublishOptions): Promise<PublishReport> {
  const dataDir = path.join(clientDir, "data");
  const index = articleIndexSchema.parse(await readJson(path.join(dataDir, DATA_FILES.index)));
  const write = (sitePath: string, data: Buffer | string) => writeAtomically(path.join(clientDir, sitePath), data);

  // Preview images: reuse what an earlier build rendered from the same inputs, fonts and renderer version.
  const fonts = loadedFonts ?? (await loadOgFonts());
  const images: { sitePath: string; inputs: OgImageInputs }[] = [
    { sitePath: paths.defaultOgImage, inputs: SITE_OG_INPUTS },
    ...index.articles
      .filter((a) => previews?.has(a.slug) ?? true)
      .map((a) => ({ sitePath: paths.ogImage(a.slug), inputs: articleOgInputs(a) })),
  ];
  // Removed rather than overwritten: the folder may hold hard links into the previous build (pipeline/lib/tree.ts).
  await rm(path.join(clientDir, "og"), { recursive: true, force: true });
  const counts = { rendered: 0, reused: 0 };
  for (const image of images) {
    const cached = path.join(cacheDir, `${ogCacheKey(image.inputs, fonts.digest)}.png`);
    if (await exists(cached)) counts.reused += 1;
    else {
      await writeAtomically(cached, await renderOgImage(image.inputs, fonts));
      counts.rendered += 1;
    }
    await mkdir(path.dirname(path.join(clientDir, image.sitePath)), { recursive: true });
    // Cache entries are only ever replaced (writeAtomically), never written into, so a link is as good as a copy.
    const target = path.join(clientDir, image.sitePath);
    await link(cached, target).catch(() => copyFile(cached, target));
  }

  // Feeds: the collection, and each topic present in it. Authors are read only for the articles a feed lists
  // (at 10,000 articles, reading every article file took most of a rebuild's publishing time).
  const topics = TOPIC_IDS.filter((t) => index.articles.some((a) => a.topics.includes(t)));
  const listed = new Set([null, ...topics].flatMap((topic) => feedArticles(topic, index.articles)));
  const authors = new Map((await withAuthors(dataDir, [...listed])).map((a) => [a.slug, a.author]));
  const articles = index.articles.map((a) => ({ ...a, author: authors.get(a.slug) ?? null }));
  const feeds = [null, ...topics].map((topic) => buildFeed({ topic, siteUrl, articles }));
  for (const feed of feeds) await write(feed.path, feed.xml);
  // A topic the collection no longer has loses its feed too (an incremental build starts from the previous one).
  for (const topic of TOPIC_IDS.filter((t) => !topics.includes(t))) {
    await removeFile(clientDir, paths.feed(topic).slice(1));
  }
  const [collection] = feeds;

  // Crawling: every prerendered page, read from the build itself.
  await write(paths.robots, robotsTxt(siteUrl));
  let sitemapPages: number | null = null;
  await rm(path.join(clientDir, paths.sitemap), { force: true });
  // Feeds and robots.txt above are written to a new file and renamed over the old one, never into it.
  if (siteUrl) {
    const pages = (await listFiles(clientDir)).map(pagePathOf).filter((p): p is string => p !== null);
    await write(paths.sitemap, sitemapXml(siteUrl, pages));
    sitemapPages = pages.length;
  }

  return {
    images: counts,
    feeds: {
      files: feeds.length,
      entries: collection?.entries ?? 0,
      undated: collection?.undated ?? 0,
    },
    sitemapPages,
  };
}
