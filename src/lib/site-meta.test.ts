import type { MetaDescriptor } from "react-router";
import { describe, expect, it } from "vitest";
import { absoluteUrl, notFoundMeta, pageMeta } from "./site-meta";
import { paths } from "./paths";

const SITE = "https://news.example.org";

function find(meta: MetaDescriptor[], key: string): string | undefined {
  for (const tag of meta) {
    const record: Record<string, unknown> = tag;
    if (record.property === key || record.name === key) return String(record.content);
    if (record.tagName === "link" && record.rel === key) return String(record.href);
  }
  return undefined;
}

const article = pageMeta(
  {
    path: "/articles/river-rises",
    title: "The River Rises",
    description: "The river rose overnight.",
    type: "article",
    image: { path: paths.ogImage("river-rises"), alt: "The River Rises (The Courier)" },
    article: { publishedTime: "2025-03-02", section: "Weather", tags: ["Floods"] },
  },
  SITE,
);

describe("pageMeta", () => {
  it("gives an article its title, canonical URL, Open Graph and Twitter card tags, absolute with a site URL", () => {
    expect(article).toContainEqual({ title: "The River Rises · Lede" });
    expect(find(article, "canonical")).toBe(`${SITE}/articles/river-rises`);
    expect(find(article, "og:url")).toBe(`${SITE}/articles/river-rises`);
    expect(find(article, "og:type")).toBe("article");
    expect(find(article, "og:title")).toBe("The River Rises");
    expect(find(article, "og:description")).toBe("The river rose overnight.");
    expect(find(article, "og:image")).toBe(`${SITE}/og/river-rises.png`);
    expect(find(article, "og:image:width")).toBe("1200");
    expect(find(article, "og:image:height")).toBe("630");
    expect(find(article, "og:image:alt")).toBe("The River Rises (The Courier)");
    expect(find(article, "article:published_time")).toBe("2025-03-02");
    expect(find(article, "article:section")).toBe("Weather");
    expect(find(article, "article:tag")).toBe("Floods");
    expect(find(article, "twitter:card")).toBe("summary_large_image");
    expect(find(article, "twitter:image")).toBe(`${SITE}/og/river-rises.png`);
  });

  it("is root-relative without a site URL, and uses the default image", () => {
    const home = pageMeta(
      { path: "/", title: "Lede", documentTitle: "Lede · Articles", description: "d", type: "website" },
      "",
    );
    expect(home).toContainEqual({ title: "Lede · Articles" });
    expect(find(home, "canonical")).toBe("/");
    expect(find(home, "og:url")).toBe("/");
    expect(find(home, "og:image")).toBe("/og/_default.png");
    expect(find(home, "article:published_time")).toBeUndefined();
  });

  it("leaves out the publication time of an undated article", () => {
    const undated = pageMeta(
      {
        path: "/a",
        title: "A",
        description: "",
        type: "article",
        article: { publishedTime: null, section: null, tags: [] },
      },
      SITE,
    );
    expect(find(undated, "article:published_time")).toBeUndefined();
    expect(find(undated, "article:section")).toBeUndefined();
  });

  it("announces extra Atom feeds", () => {
    const topic = pageMeta(
      {
        path: "/topics/sport",
        title: "Sport",
        description: "",
        type: "website",
        feeds: [{ title: "Sport · Lede", path: paths.feed("sport") }],
      },
      SITE,
    );
    expect(topic).toContainEqual({
      tagName: "link",
      rel: "alternate",
      type: "application/atom+xml",
      title: "Sport · Lede",
      href: `${SITE}/topics/sport/feed.xml`,
    });
  });
});

describe("helpers", () => {
  it("builds published paths and absolute URLs", () => {
    expect(paths.feed()).toBe("/feed.xml");
    expect(absoluteUrl("/feed.xml", SITE)).toBe(`${SITE}/feed.xml`);
    expect(absoluteUrl("/feed.xml", "")).toBe("/feed.xml");
    expect(notFoundMeta("Topic not found")).toEqual([
      { title: "Topic not found · Lede" },
      { name: "robots", content: "noindex" },
    ]);
  });
});
