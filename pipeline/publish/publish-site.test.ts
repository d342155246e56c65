import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleIndex } from "../../src/schema/article";
import { DATA_FILES } from "../../src/schema/data-files";
import { publishSite, type PublishReport } from "./publish-site";
import { articleFile, summary } from "./test-articles";

const SITE = "https://news.example.org";
const ATOM_NS = "http://www.w3.org/2005/Atom";

const index: ArticleIndex = {
  version: 1,
  articles: [
    summary({ slug: "match-report", title: "A Late Winner", date: "2025-04-01", topics: ["sport"] }),
    summary({ slug: "river-rises", title: "The River Rises", date: "2025-03-02", topics: ["weather", "environment"] }),
    summary({ slug: "undated", title: "Undated Thoughts", date: null, source: null, topics: ["sport"] }),
  ],
};
const PAGES = ["index.html", "articles/match-report/index.html", "topics/sport/index.html"];

let root: string;
let clientDir: string;
let cacheDir: string;
let first: PublishReport;

async function put(file: string, data: string) {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, data);
}

/** A stand-in for `react-router build` output: its data folder and a few prerendered pages. */
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "lede-publish-"));
  clientDir = path.join(root, "client");
  cacheDir = path.join(root, "cache");
  await put(path.join(clientDir, "data", DATA_FILES.index), JSON.stringify(index));
  for (const entry of index.articles) {
    const author = entry.slug === "match-report" ? "Sam Reed" : null;
    await put(path.join(clientDir, "data", DATA_FILES.article(entry.slug)), JSON.stringify(articleFile(entry, author)));
  }
  for (const page of [...PAGES, "__spa-fallback.html"]) await put(path.join(clientDir, page), "<!doctype html>");
  first = await publishSite({ clientDir, siteUrl: SITE, cacheDir });
}, 60_000);

afterAll(() => rm(root, { recursive: true, force: true }));

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["entry", "link", "author", "category", "url"].includes(name),
});
const read = (sitePath: string) => readFile(path.join(clientDir, sitePath), "utf8");

describe("publishSite with SITE_URL", () => {
  it("renders a 1200x630 PNG per article and a default one", async () => {
    expect(first.images).toEqual({ rendered: 4, reused: 0 });
    expect((await readdir(path.join(clientDir, "og"))).sort()).toEqual([
      "_default.png",
      "match-report.png",
      "river-rises.png",
      "undated.png",
    ]);
    const png = await readFile(path.join(clientDir, "og", "match-report.png"));
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it("writes valid Atom for the collection, with absolute links", async () => {
    const xml = await read("feed.xml");
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed["@_xmlns"]).toBe(ATOM_NS);
    expect(feed).toMatchObject({ id: `${SITE}/feed.xml`, title: "Lede", updated: "2025-04-01T00:00:00.000Z" });
    expect(feed.link.find((l: Record<string, string>) => l["@_rel"] === "self")["@_href"]).toBe(`${SITE}/feed.xml`);
    expect(feed.entry).toHaveLength(2);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^https:\/\/news\.example\.org\/articles\//);
      expect(entry.title).toEqual(expect.any(String));
      expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      expect(entry.link[0]["@_href"]).toBe(entry.id);
    }
    expect(feed.entry[0].author.map((a: { name: string }) => a.name)).toEqual(["Sam Reed", "The Courier"]);
  });

  it("writes a feed per topic present", async () => {
    const files = (await readdir(path.join(clientDir, "topics"))).sort();
    expect(files).toEqual(["environment", "sport", "weather"]);
    expect(first.feeds).toEqual({ files: 4, entries: 2, undated: 1 });
    const { feed } = parser.parse(await read("topics/sport/feed.xml"));
    expect(feed.title).toBe("Sport · Lede");
    expect(feed.entry.map((e: { title: string }) => e.title)).toEqual(["A Late Winner"]);
  });

  it("lists every prerendered page in the sitemap, and names it in robots.txt", async () => {
    expect(first.sitemapPages).toBe(PAGES.length);
    const { urlset } = parser.parse(await read("sitemap.xml"));
    expect(urlset.url.map((u: { loc: string }) => u.loc)).toEqual([
      `${SITE}/`,
      `${SITE}/articles/match-report`,
      `${SITE}/topics/sport`,
    ]);
    expect(await read("robots.txt")).toContain(`Sitemap: ${SITE}/sitemap.xml`);
  });

  it("reuses every cached image on the next build, and writes no sitemap without SITE_URL", async () => {
    const again = await publishSite({ clientDir, siteUrl: null, cacheDir });
    expect(again.images).toEqual({ rendered: 0, reused: 4 });
    expect(again.sitemapPages).toBeNull();
    await expect(read("sitemap.xml")).rejects.toThrow(/ENOENT/);
    expect(await read("robots.txt")).not.toContain("Sitemap:");
    expect(parser.parse(await read("feed.xml")).feed.entry[0].link[0]["@_href"]).toBe("/articles/match-report");
  });

  it("publishes images only for the articles listed, besides the site's card", async () => {
    const some = await publishSite({ clientDir, siteUrl: null, cacheDir, previews: new Set(["river-rises"]) });
    expect(some.images).toEqual({ rendered: 0, reused: 2 });
    expect((await readdir(path.join(clientDir, "og"))).sort()).toEqual(["_default.png", "river-rises.png"]);
  });

  it("removes the feed of a topic the collection no longer has", async () => {
    // As an incremental build finds the previous build's files: a feed for a topic whose last article is gone.
    await put(path.join(clientDir, "topics", "health", "feed.xml"), "<feed/>");
    await publishSite({ clientDir, siteUrl: null, cacheDir });
    expect((await readdir(path.join(clientDir, "topics"))).sort()).toEqual(["environment", "sport", "weather"]);
  });
});
