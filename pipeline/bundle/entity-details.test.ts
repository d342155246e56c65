import { describe, expect, it } from "vitest";
import type { Article } from "../../src/schema/article";
import type { BundleEntity } from "../../src/schema/entity";
import { buildEntityDetails } from "./entity-details";

function article(slug: string, date: string | null, text: string, ids: [string, number, number][]): Article {
  return {
    version: 1,
    slug,
    title: slug,
    date,
    source: null,
    url: null,
    author: null,
    summary: "",
    topics: ["politics"],
    tags: [],
    readingMinutes: 1,
    wordCount: 10,
    sourcePath: `${slug}.txt`,
    blocks: [
      { id: "p1", type: "paragraph", text, mentions: ids.map(([entityId, start, end]) => ({ entityId, start, end })) },
    ],
    entities: [...new Set(ids.map(([id]) => id))].map((id) => ({
      id,
      name: id.split(":")[1] ?? id,
      type: id.startsWith("person") ? "person" : id.startsWith("date") ? "date" : "place",
      mentionCount: ids.filter(([i]) => i === id).length,
      salience: 1,
    })),
  };
}

const entity = (id: string, type: BundleEntity["type"], articleCount: number): BundleEntity => ({
  id,
  name: id.split(":")[1] ?? id,
  type,
  mentionCount: articleCount,
  articleCount,
  description: null,
  wikidata: null,
});

describe("buildEntityDetails", () => {
  const articles = [
    article("b", "2024-06-14", "Putin met Xi in Moscow.", [
      ["person:putin", 0, 5],
      ["person:xi", 10, 12],
      ["place:moscow", 16, 22],
    ]),
    article("a", "2024-05-02", "In Moscow, Putin and Putin again on Friday.", [
      ["place:moscow", 3, 9],
      ["person:putin", 11, 16],
      ["person:putin", 21, 26],
      ["date:friday", 36, 42],
    ]),
    article("c", null, "Moscow alone.", [["place:moscow", 0, 6]]),
  ];
  const table = [
    entity("place:moscow", "place", 3),
    entity("person:putin", "person", 2),
    entity("person:xi", "person", 1),
    entity("date:friday", "date", 1),
  ];
  const details = new Map(buildEntityDetails(articles, table).map((d) => [d.entity.id, d]));

  it("lists the articles that mention the entity, in the given order, with a snippet at the first mention", () => {
    const putin = details.get("person:putin")!;
    expect(putin.articles.map((a) => [a.slug, a.mentionCount])).toEqual([
      ["b", 1],
      ["a", 2],
    ]);
    const snippet = putin.articles[1]!.snippet;
    expect(snippet.text.slice(snippet.start, snippet.end)).toBe("Putin");
    expect(snippet.start).toBe(11);
  });

  it("counts co-mentioned entities by shared articles, leaving out dates", () => {
    expect(details.get("person:putin")!.coMentions.map((c) => [c.id, c.count])).toEqual([
      ["place:moscow", 2],
      ["person:xi", 1],
    ]);
  });

  it("sums mentions per month from dated articles, oldest first", () => {
    expect(details.get("place:moscow")!.timeline).toEqual([
      { period: "2024-05", mentions: 1 },
      { period: "2024-06", mentions: 1 },
    ]);
    expect(details.get("person:putin")!.timeline).toEqual([
      { period: "2024-05", mentions: 2 },
      { period: "2024-06", mentions: 1 },
    ]);
  });
});
