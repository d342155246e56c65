import type { ArticleSummary } from "../../src/schema/article";

/** How many of the newest articles get a preview image of their own unless LEDE_OG_LIMIT says otherwise. */
export const DEFAULT_OG_LIMIT = 300;

/**
 * The articles whose pages show a preview image of their own: the newest `limit` (the index is newest first) and
 * any other whose image an earlier build already rendered (`isCached`), so a shared link keeps its picture. The
 * rest show the site's card: rendering an image takes tens of milliseconds, too long for 10,000 articles.
 */
export function choosePreviewImages(
  articles: readonly ArticleSummary[],
  limit: number,
  isCached: (article: ArticleSummary) => boolean,
): Set<string> {
  return new Set(articles.filter((article, i) => i < limit || isCached(article)).map((article) => article.slug));
}

/** LEDE_OG_LIMIT: a whole number (0 is allowed: only the site's card), else the default. */
export function parseOgLimit(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === "") return DEFAULT_OG_LIMIT;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`LEDE_OG_LIMIT must be a whole number (0 or more), got "${raw}"`);
  }
  return value;
}
