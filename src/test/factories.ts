import type { ArticleSummary } from "../schema/article";

/** An index entry for tests: a plausible article, with whatever fields the test cares about overridden. */
export function articleSummary(slug: string, overrides: Partial<ArticleSummary> = {}): ArticleSummary {
  return {
    slug,
    title: `Title ${slug}`,
    date: null,
    source: null,
    summary: "",
    topics: ["politics"],
    tags: [],
    readingMinutes: 1,
    wordCount: 100,
    sourcePath: `${slug}.md`,
    entities: [],
    ...overrides,
  };
}
