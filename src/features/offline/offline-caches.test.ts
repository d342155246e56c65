import { describe, expect, it } from "vitest";
import { articleDataUrl, pageCacheKey, runtimeCacheFor } from "./offline-caches";

describe("runtimeCacheFor", () => {
  it("keeps articles apart from the rest of the data, and hashed files apart from both", () => {
    expect(runtimeCacheFor(articleDataUrl("a-story"))).toBe("articles");
    expect(runtimeCacheFor("/data/list/catalog.json")).toBe("data");
    expect(runtimeCacheFor("/data/search/index.json")).toBe("data");
    expect(runtimeCacheFor("/data/entities/person:ada-lovelace.json")).toBe("data");
    expect(runtimeCacheFor("/assets/root-abc123.js")).toBe("assets");
  });

  it("leaves everything else to the network", () => {
    for (const path of ["/", "/articles/a-story", "/feed.xml", "/og/a-story.png", "/sw.js", "/data"]) {
      expect(runtimeCacheFor(path)).toBeNull();
    }
  });
});

describe("pageCacheKey", () => {
  it("drops the query and the fragment, which never change a prerendered page", () => {
    expect(pageCacheKey("https://x.test/?q=putin&topic=sport#top")).toBe("https://x.test/");
    expect(pageCacheKey("https://x.test/articles/a-story?entity=person:x#p-1")).toBe("https://x.test/articles/a-story");
  });
});
