import { describe, expect, it } from "vitest";
import { articleIndexSchema, articleSchema, blockSchema } from "./article";
import { entityIdSchema, mentionSchema } from "./entity";
import { isTopicId, TOPIC_IDS, TOPIC_LABELS } from "./topics";

const article = {
  version: 1,
  slug: "a-story",
  title: "A story",
  date: "2024-01-02",
  source: null,
  url: null,
  author: null,
  summary: "Summary.",
  topics: ["politics"],
  tags: [],
  readingMinutes: 1,
  wordCount: 3,
  sourcePath: "a.txt",
  blocks: [
    {
      id: "a1b2c3d",
      type: "paragraph",
      text: "Putin said so.",
      mentions: [{ start: 0, end: 5, entityId: "person:putin" }],
    },
  ],
  entities: [{ id: "person:putin", name: "Putin", type: "person", mentionCount: 1, salience: 3 }],
};

describe("schemas", () => {
  it("accept a well-formed article", () => {
    expect(articleSchema.parse(article).slug).toBe("a-story");
  });

  it("reject a mention that runs past its block, or ends before it starts", () => {
    expect(
      blockSchema.safeParse({
        id: "x1",
        type: "paragraph",
        text: "abc",
        mentions: [{ start: 1, end: 9, entityId: "place:x" }],
      }).success,
    ).toBe(false);
    expect(mentionSchema.safeParse({ start: 3, end: 3, entityId: "place:x" }).success).toBe(false);
  });

  it("reject unknown topics, bad slugs, bad dates and entity ids", () => {
    expect(articleSchema.safeParse({ ...article, topics: ["gossip"] }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, topics: [] }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, slug: "Not A Slug" }).success).toBe(false);
    expect(articleSchema.safeParse({ ...article, date: "yesterday" }).success).toBe(false);
    expect(entityIdSchema.safeParse("Putin").success).toBe(false);
  });

  it("index entries carry salient entities, not blocks", () => {
    const { version: _v, url: _u, author: _a, blocks: _b, entities: _e, ...meta } = article;
    const index = {
      version: 1,
      articles: [{ ...meta, entities: [{ id: "person:putin", name: "Putin", type: "person" }] }],
    };
    expect(articleIndexSchema.parse(index).articles[0]?.entities).toHaveLength(1);
  });

  it("topics: 17 IPTC top-level slugs, each labelled", () => {
    expect(TOPIC_IDS).toHaveLength(17);
    expect(Object.keys(TOPIC_LABELS).sort()).toEqual([...TOPIC_IDS].sort());
    expect(isTopicId("sport")).toBe(true);
    expect(isTopicId("Sport")).toBe(false);
  });
});
