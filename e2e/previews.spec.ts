import type { APIRequestContext, Page } from "@playwright/test";
import { paths } from "../src/lib/paths";
import { TOPIC_LABELS } from "../src/schema/topics";
import { articleTitled, expect, test } from "./support";

const sport = articleTitled("Riverside United");
const seed = articleTitled("Putin Invited the US");

interface Head {
  title: string;
  canonical: string | null;
  /** `property` and `name` meta tags by key; repeated keys keep the first. */
  meta: Record<string, string>;
}

/**
 * The page's HTML as served, before any script runs: what a link preview crawler reads. It is parsed with
 * DOMParser, which neither runs scripts nor loads anything, so every tag found was prerendered.
 */
async function servedHead(page: Page, request: APIRequestContext, path: string): Promise<Head> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "text/html");
    const meta: Record<string, string> = {};
    for (const tag of doc.head.querySelectorAll("meta[property], meta[name]")) {
      const key = tag.getAttribute("property") ?? tag.getAttribute("name") ?? "";
      meta[key] ??= tag.getAttribute("content") ?? "";
    }
    const canonical = doc.head.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
    return { title: doc.title, canonical, meta };
  }, html);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(body: Buffer): [number, number] {
  expect(body.subarray(0, 8).toString("hex"), "PNG signature").toBe("89504e470d0a1a0a");
  return [body.readUInt32BE(16), body.readUInt32BE(20)];
}

test("an article's prerendered HTML carries its Open Graph and Twitter card tags and a canonical link", async ({
  page,
  request,
}) => {
  const head = await servedHead(page, request, paths.article(sport.slug));
  // The e2e build has no SITE_URL, so URLs are root-relative.
  expect(head.canonical).toBe(paths.article(sport.slug));
  expect(head.meta).toMatchObject({
    "og:type": "article",
    "og:title": sport.title,
    "og:description": sport.summary,
    "og:url": paths.article(sport.slug),
    "og:site_name": "Lede",
    "og:image:width": "1200",
    "og:image:height": "630",
    "article:section": TOPIC_LABELS.sport,
    "twitter:card": "summary_large_image",
    "twitter:title": sport.title,
  });
  expect(sport.date).not.toBeNull();
  expect(head.meta["article:published_time"]).toBe(sport.date);
  expect(head.meta["og:image:alt"]).toContain(sport.title);
  expect(head.meta["twitter:image"]).toBe(head.meta["og:image"]);

  const image = await request.get(head.meta["og:image"] ?? "");
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await image.body())).toEqual([1200, 630]);
});

test("an undated article has a preview but no publication time", async ({ page, request }) => {
  expect(seed.date).toBeNull();
  const head = await servedHead(page, request, paths.article(seed.slug));
  expect(head.meta["og:title"]).toBe(seed.title);
  expect(head.meta["article:published_time"]).toBeUndefined();
  expect((await request.get(head.meta["og:image"] ?? "")).status()).toBe(200);
});

test("the list, topic, entity and entity map pages carry previews with the site's image", async ({ page, request }) => {
  const pages = [
    { path: paths.home(), title: "Lede" },
    { path: paths.topic("sport"), title: TOPIC_LABELS.sport },
    { path: paths.entity("person:vladimir-putin"), title: "Vladimir Putin" },
    { path: paths.entities(), title: "Entities" },
  ];
  const images = new Set<string>();
  for (const { path, title } of pages) {
    const head = await servedHead(page, request, path);
    expect(head.canonical, path).toBe(path);
    expect(head.meta, path).toMatchObject({ "og:title": title, "og:url": path, "twitter:card": "summary_large_image" });
    expect(head.meta["og:description"], path).not.toBe("");
    images.add(head.meta["og:image"] ?? "");
  }
  expect(images.size).toBe(1);
  const [image] = images;
  const response = await request.get(image ?? "");
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(pngSize(await response.body())).toEqual([1200, 630]);
});
