import type { Article, ArticleSummary } from "../../src/schema/article";
import type { FeedArticle } from "./feeds";

/** Test data: a valid index entry, with overrides. */
export function summary(overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    slug: "river-rises",
    title: "The River Rises",
    date: "2025-03-02",
    source: "The Courier",
    summary: "The river rose overnight.",
    topics: ["weather", "environment"],
    tags: [],
    readingMinutes: 1,
    wordCount: 120,
    sourcePath: "river.md",
    entities: [{ id: "place:thames", name: "Thames", type: "place" }],
    ...overrides,
  };
}

export function feedArticle(overrides: Partial<FeedArticle> = {}): FeedArticle {
  return { ...summary(overrides), author: overrides.author ?? null };
}

/** The part of an article file that publishing reads. */
export function articleFile(entry: ArticleSummary, author: string | null = null): Pick<Article, "slug" | "author"> {
  return { slug: entry.slug, author };
}
