import { describe, expect, it } from "vitest";
import { parseSiteUrl, siteHref } from "./site-url";

describe("parseSiteUrl", () => {
  it("is null when unset or blank", () => {
    expect(parseSiteUrl(undefined)).toBeNull();
    expect(parseSiteUrl("  ")).toBeNull();
  });

  it("keeps the origin, without a trailing slash", () => {
    expect(parseSiteUrl("https://news.example.org")).toBe("https://news.example.org");
    expect(parseSiteUrl("https://News.Example.org/")).toBe("https://news.example.org");
    expect(parseSiteUrl("http://localhost:4173")).toBe("http://localhost:4173");
  });

  it.each([
    "news.example.org",
    "ftp://news.example.org",
    "https://news.example.org/lede",
    "https://news.example.org/?a=1",
    "https://news.example.org/#top",
    "https://user:pw@news.example.org",
    "not a url",
  ])("rejects %s with a message naming SITE_URL", (value) => {
    expect(() => parseSiteUrl(value)).toThrow(/^SITE_URL must be the site's origin.*, not "/);
  });
});

describe("siteHref", () => {
  it("is absolute with a site URL and root-relative without", () => {
    expect(siteHref("https://news.example.org", "/feed.xml")).toBe("https://news.example.org/feed.xml");
    expect(siteHref(null, "/feed.xml")).toBe("/feed.xml");
  });
});
