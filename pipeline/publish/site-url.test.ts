import { describe, expect, it } from "vitest";
import { siteHref } from "./site-url";

describe("siteHref", () => {
  it("is absolute with a site URL and root-relative without", () => {
    expect(siteHref("https://news.example.org", "/feed.xml")).toBe("https://news.example.org/feed.xml");
    expect(siteHref(null, "/feed.xml")).toBe("/feed.xml");
  });
});
