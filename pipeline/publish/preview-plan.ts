import type { ArticleSummary } from "../../src/schema/article";

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
