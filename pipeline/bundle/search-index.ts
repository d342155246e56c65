import MiniSearch from "minisearch";
import type { Article, ArticleSummary } from "../../src/schema/article";
import { SEARCH_INDEX_OPTIONS, type SearchDocument } from "../../src/schema/search-index";

/**
 * How much of each body is indexed: news is written lede first (who, what, where, when in the opening
 * paragraphs), and the whole body of 10,000 articles made a 10 MB (gzipped) index that no reader should have to
 * download (docs/decisions/011-search-library.md).
 */
export const INDEXED_BODY_WORDS = 160;

/**
 * What the full-text index holds of each article: its headline and the opening of its body. Document ids are
 * positions in the newest-first index (= the catalog), which keeps the file small.
 */
export function searchDocuments(
  summaries: readonly ArticleSummary[],
  articles: ReadonlyMap<string, Article>,
): SearchDocument[] {
  return summaries.map((s, id) => ({
    id,
    title: s.title,
    text: opening((articles.get(s.slug)?.blocks ?? []).map((b) => b.text).join("\n"), INDEXED_BODY_WORDS),
  }));
}

/** The index over those documents, built once here so the browser only loads it. */
export function buildSearchIndex(documents: readonly SearchDocument[]): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  index.addAll(documents);
  return index;
}

/** The published file's text (MiniSearch's own format, src/schema/search-index.ts). */
export function serialiseSearchIndex(documents: readonly SearchDocument[]): string {
  return JSON.stringify(buildSearchIndex(documents).toJSON());
}

/** The first `words` words of `text` (whitespace-separated). */
export function opening(text: string, words: number): string {
  let seen = 0;
  for (const match of text.matchAll(/\S+/g)) {
    if (++seen > words) return text.slice(0, match.index).trimEnd();
  }
  return text;
}
