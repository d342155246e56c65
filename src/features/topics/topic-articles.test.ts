import { describe, expect, it } from "vitest";
import type { ArticleSummary } from "../../schema/article";
import { articlesInTopic, topicHead } from "./topic-articles";

function entry(slug: string, topics: ArticleSummary["topics"]): ArticleSummary {
  return {
    slug,
    title: slug,
    date: null,
    source: null,
    summary: "",
    topics,
    tags: [],
    readingMinutes: 1,
    wordCount: 1,
    sourcePath: `${slug}.md`,
    entities: [],
  };
}

const articles = [entry("a", ["sport"]), entry("b", ["health", "sport"]), entry("c", ["health"])];

describe("articlesInTopic", () => {
  it("keeps articles with the topic as primary or secondary, in order", () => {
    expect(articlesInTopic(articles, "sport").map((a) => a.slug)).toEqual(["a", "b"]);
  });
});

describe("topicHead", () => {
  it("names a topic the collection has", () => {
    expect(topicHead("health", articles)).toEqual({ id: "health", label: "Health", articleCount: 2 });
  });

  it.each(["weather", "not-a-topic", "Sport"])("throws a 404 Response for %s", (id) => {
    let thrown: unknown;
    try {
      topicHead(id, articles);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Response);
    expect(thrown).toMatchObject({ status: 404 });
  });
});
