import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { pagePathOf, robotsTxt, sitemapXml } from "./sitemap";

describe("pagePathOf", () => {
  it.each([
    ["index.html", "/"],
    ["articles/river-rises/index.html", "/articles/river-rises"],
    ["entities/person:ann-lee/index.html", "/entities/person:ann-lee"],
    ["topics/sport/index.html", "/topics/sport"],
    ["__spa-fallback.html", null],
    ["assets/index.html.js", null],
    ["og/river-rises.png", null],
  ])("%s -> %s", (file, path) => {
    expect(pagePathOf(file)).toBe(path);
  });
});

describe("sitemapXml", () => {
  it("lists each page once, absolute and sorted", () => {
    const xml = sitemapXml("https://news.example.org", ["/topics/sport", "/", "/entities/person:ann-lee", "/"]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { urlset } = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "url" }).parse(xml);
    expect(urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(urlset.url.map((u: { loc: string }) => u.loc)).toEqual([
      "https://news.example.org/",
      "https://news.example.org/entities/person:ann-lee",
      "https://news.example.org/topics/sport",
    ]);
  });
});

describe("robotsTxt", () => {
  it("allows everything and names the sitemap only when there is one", () => {
    expect(robotsTxt(null)).toBe("User-agent: *\nAllow: /\n");
    expect(robotsTxt("https://news.example.org")).toBe(
      "User-agent: *\nAllow: /\n\nSitemap: https://news.example.org/sitemap.xml\n",
    );
  });
});
