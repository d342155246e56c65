import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { EPOCH, FEED_LIMIT, buildFeed, feedArticles, feedEntry, toAtomDate } from "./feeds";
import { feedArticle } from "./test-articles";

const SITE = "https://news.example.org";
const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["entry", "link", "author", "category"].includes(name),
});

describe("feedEntry", () => {
  it("carries id, title, link, updated, summary, authors and categories", () => {
    const entry = feedEntry(
      feedArticle({ author: "Ann Lee", tags: ["Floods"], date: "2025-03-02T08:30:00+01:00" }),
      SITE,
    );
    expect(entry).toEqual({
      id: `${SITE}/articles/river-rises`,
      title: "The River Rises",
      link: `${SITE}/articles/river-rises`,
      updated: "2025-03-02T07:30:00.000Z",
      summary: "The river rose overnight.",
      authors: ["Ann Lee", "The Courier"],
      categories: [
        { term: "weather", label: "Weather" },
        { term: "environment", label: "Environment" },
        { term: "Floods", label: "Floods" },
      ],
    });
  });

  it("uses root-relative links and urn ids without a site URL", () => {
    const entry = feedEntry(feedArticle(), null);
    expect(entry?.link).toBe("/articles/river-rises");
    expect(entry?.id).toBe("urn:lede:article:river-rises");
  });

  it("leaves undated articles out", () => {
    expect(feedEntry(feedArticle({ date: null }), SITE)).toBeNull();
  });
});

describe("toAtomDate", () => {
  it("reads a calendar date as midnight UTC", () => {
    expect(toAtomDate("2025-03-02")).toBe("2025-03-02T00:00:00.000Z");
  });
});

describe("buildFeed", () => {
  const articles = [
    feedArticle({ slug: "old", title: "Old", date: "2024-01-01", topics: ["sport"] }),
    feedArticle({ slug: "new", title: "New & <improved>", date: "2025-05-05", topics: ["sport", "health"] }),
    feedArticle({ slug: "undated", title: "Undated", date: null, topics: ["sport"] }),
    feedArticle({ slug: "other", title: "Other", date: "2025-06-01", topics: ["health"] }),
  ];

  it("is well-formed Atom, newest first, with the feed's own links", () => {
    const feed = buildFeed({ topic: "sport", siteUrl: SITE, articles });
    expect(XMLValidator.validate(feed.xml)).toBe(true);
    expect(feed).toMatchObject({ path: "/topics/sport/feed.xml", entries: 2, undated: 1 });
    const atom = parser.parse(feed.xml).feed;
    expect(atom["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(atom.id).toBe(`${SITE}/topics/sport/feed.xml`);
    expect(atom.title).toBe("Sport · Lede");
    expect(atom.updated).toBe("2025-05-05T00:00:00.000Z");
    expect(atom.link.map((l: Record<string, string>) => [l["@_rel"], l["@_href"]])).toEqual([
      ["self", `${SITE}/topics/sport/feed.xml`],
      ["alternate", `${SITE}/topics/sport`],
    ]);
    expect(atom.entry.map((e: { title: string }) => e.title)).toEqual(["New & <improved>", "Old"]);
  });

  it("covers the whole collection without a topic, and is dated by its newest entry", () => {
    const feed = buildFeed({ topic: null, siteUrl: null, articles });
    expect(feed).toMatchObject({ path: "/feed.xml", entries: 3, undated: 1 });
    expect(parser.parse(feed.xml).feed.updated).toBe("2025-06-01T00:00:00.000Z");
  });

  it("is dated at the epoch when nothing in it is dated, so rebuilds are identical", () => {
    const feed = buildFeed({ topic: null, siteUrl: null, articles: [feedArticle({ date: null })] });
    expect(parser.parse(feed.xml).feed.updated).toBe(EPOCH);
    expect(feed.xml).toBe(buildFeed({ topic: null, siteUrl: null, articles: [feedArticle({ date: null })] }).xml);
  });

  it(`keeps the newest ${FEED_LIMIT}`, () => {
    const many = Array.from({ length: FEED_LIMIT + 5 }, (_, i) =>
      feedArticle({ slug: `a-${i}`, date: `2025-01-${String((i % 28) + 1).padStart(2, "0")}` }),
    );
    expect(buildFeed({ topic: null, siteUrl: null, articles: many }).entries).toBe(FEED_LIMIT);
  });
});

describe("feedArticles", () => {
  it("are the articles each feed lists, so the rest need not be read for authors", () => {
    const topics = ["sport", "politics", "health"] as const;
    const article = fc.record({
      day: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
      title: fc.constantFrom("A", "B", "C", "D"),
      topics: fc.uniqueArray(fc.constantFrom(...topics), { minLength: 1, maxLength: 2 }),
      author: fc.option(fc.constantFrom("Ann Lee", "Bo Ng"), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(article, { maxLength: 2 * FEED_LIMIT + 20 }), (rows) => {
        const articles = rows.map((r, i) =>
          feedArticle({
            slug: `a-${i}`,
            title: r.title,
            topics: [...r.topics],
            author: r.author,
            date: r.day === null ? null : new Date(Date.UTC(2025, 0, 1 + r.day)).toISOString().slice(0, 10),
          }),
        );
        for (const topic of [null, ...topics]) {
          const listed = new Set(feedArticles(topic, articles));
          // Authors known only for the listed articles: the feed comes out the same.
          const partial = articles.map((a) => (listed.has(a) ? a : { ...a, author: null }));
          expect(buildFeed({ topic, siteUrl: SITE, articles: partial }).xml).toBe(
            buildFeed({ topic, siteUrl: SITE, articles }).xml,
          );
          expect(listed.size).toBe(buildFeed({ topic, siteUrl: SITE, articles }).entries);
        }
      }),
      { numRuns: 200 },
    );
  });
});
