import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { detectKind, readFeed, readOpml } from "./read-feed";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures/site", name), "utf8");
const ORIGIN = "https://echo.test";

describe("detectKind", () => {
  it("tells feeds, OPML and pages apart by their content, whatever the server calls them", () => {
    expect(detectKind(fixture("rss.xml"), "text/html")).toBe("feed");
    expect(detectKind(fixture("atom.xml"), "application/octet-stream")).toBe("feed");
    expect(detectKind(fixture("feed.json"), "application/json")).toBe("feed");
    expect(detectKind(fixture("subscriptions.opml"), "text/xml")).toBe("opml");
    expect(detectKind(fixture("harbour-reopens.html"), "")).toBe("page");
    expect(detectKind('\uFEFF<?xml version="1.0"?>\n<!-- c -->\n<rdf:RDF xmlns:rdf="x"/>')).toBe("feed");
    expect(detectKind('{"name": "not a feed"}', "application/json")).toBeNull();
    expect(detectKind("%PDF-1.7", "application/pdf")).toBeNull();
  });
});

describe("readFeed", () => {
  it("RSS 2.0: relative links resolved against the feed, escaped titles decoded once, a repeated item kept once", () => {
    const feed = readFeed(fixture("rss.xml"), `${ORIGIN}/feeds/rss.xml`);
    expect(feed.title).toBe("Northfield Echo");
    expect(feed.items.map(({ fingerprint: _, ...item }) => item)).toEqual([
      {
        id: "echo-1001",
        url: `${ORIGIN}/news/harbour-reopens`,
        title: "Harbour reopens after storm repairs",
        date: "2025-03-10T08:30:00Z",
        author: null,
        summary: "The fleet is back.",
      },
      {
        id: "echo-1002",
        url: `${ORIGIN}/news/council-budget`,
        title: "Council approves budget with library funding",
        date: null,
        author: "Owen Hale",
        summary: "Three branch libraries stay open for five more years.",
      },
    ]);
  });

  it("Atom: xml:base, HTML titles, published else updated", () => {
    const feed = readFeed(fixture("atom.xml"), `${ORIGIN}/transport/atom.xml`);
    expect(feed.title).toBe("Valley Times & District");
    expect(feed.items[0]).toMatchObject({
      id: "urn:valley-times:2001",
      url: `${ORIGIN}/transport/rail-strike`,
      title: "Rail workers announce two-day strike",
      date: "2025-04-02T16:05:00Z",
      author: "Sam Okafor",
    });
    expect(feed.items.map((i) => i.url.replace(ORIGIN, ""))).toEqual([
      "/transport/rail-strike",
      "/news/harbour-reopens",
      "/slow/story",
      "/huge/story",
      "/private/memo",
      "/news/gone",
      "/news/broken",
    ]);
  });

  it("JSON Feed: escaped title, missing date, repeated id", () => {
    const feed = readFeed(fixture("feed.json"), `${ORIGIN}/feeds/feed.json`);
    expect(feed.items.map(({ fingerprint: _, ...item }) => item)).toEqual([
      {
        id: "echo-culture-1",
        url: `${ORIGIN}/old/library`,
        title: "Library & museum open in the old town hall",
        date: null,
        author: "Lena Park",
        summary: null,
      },
      {
        id: "echo-culture-2",
        url: `${ORIGIN}/wire/harbour-copy`,
        title: "Harbour reopens after storm repairs (wire)",
        date: "2025-03-10T10:00:00Z",
        author: null,
        summary: null,
      },
    ]);
  });

  it("drops items with no web link, reads RSS's email-and-name author, and leaves out a summary that is the article", () => {
    const rss = `<rss version="2.0"><channel><title>T</title>
      <item><title>No link</title></item>
      <item><title>Mail</title><link>mailto:a@b.test</link></item>
      <item><title>Long</title><link>https://x.test/1</link><author>ed@x.test (Ed Stone)</author>
        <description>${"word ".repeat(200)}</description></item>
    </channel></rss>`;
    const feed = readFeed(rss, "https://x.test/feed");
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({ url: "https://x.test/1", author: "Ed Stone", summary: null });
  });

  it("changes an item's fingerprint when the publisher changes the item, not otherwise", () => {
    const a = readFeed(fixture("rss.xml"), `${ORIGIN}/feeds/rss.xml`).items[0];
    const b = readFeed(fixture("rss.xml"), `${ORIGIN}/feeds/rss.xml`).items[0];
    const c = readFeed(fixture("rss.xml").replace("The fleet is back.", "Updated."), `${ORIGIN}/feeds/rss.xml`)
      .items[0];
    expect(a?.fingerprint).toBe(b?.fingerprint);
    expect(c?.fingerprint).not.toBe(a?.fingerprint);
  });
});

describe("readOpml", () => {
  it("lists every feed, folders included, each once", () => {
    const opml = fixture("subscriptions.opml").replaceAll("{{origin}}", ORIGIN);
    expect(readOpml(opml, null)).toEqual([
      { url: `${ORIGIN}/feeds/rss.xml`, title: "Northfield Echo" },
      { url: `${ORIGIN}/feeds/feed.json`, title: "Northfield Echo: Culture" },
      { url: `${ORIGIN}/transport/atom.xml`, title: "Valley Times" },
    ]);
  });
});
