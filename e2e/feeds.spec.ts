import type { APIRequestContext } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { paths } from "../src/lib/paths";
import type { ArticleSummary } from "../src/schema/article";
import { TOPIC_LABELS } from "../src/schema/topics";
import { allArticles, expect, test, waitForHydration, axeViolations } from "./support";

const parser = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ["entry", "link", "author", "category"].includes(name),
});

interface AtomLink {
  "@_rel"?: string;
  "@_href": string;
}
interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: AtomLink[];
}

/** Fetches a feed and checks the elements RFC 4287 requires of a feed and of each entry. */
async function atomFeed(request: APIRequestContext, path: string) {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()["content-type"]).toMatch(/xml/);
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { feed } = parser.parse(xml);
  expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
  for (const key of ["id", "title", "updated"]) expect(feed[key], `feed ${key}`).toEqual(expect.any(String));
  const self = (feed.link as AtomLink[]).find((l) => l["@_rel"] === "self");
  expect(self?.["@_href"]).toBe(path);
  const entries: AtomEntry[] = feed.entry ?? [];
  for (const entry of entries) {
    expect(entry.id).toMatch(/^[a-z][a-z0-9+.-]*:/);
    expect(entry.title).toEqual(expect.any(String));
    expect(entry.updated).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    expect(entry.link[0]?.["@_href"]).toMatch(/^\/articles\//);
  }
  return { feed, entries };
}

/** What a feed should hold: the dated articles, newest first (undated ones are left out). */
const datedTitles = (articles: readonly ArticleSummary[]) =>
  articles
    .filter((a) => a.date !== null)
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""))
    .map((a) => a.title);

test("a topic page lists its articles, newest first, and links its Atom feed", async ({ page, request }) => {
  const inSport = allArticles.filter((a) => a.topics.includes("sport"));
  await page.goto(paths.topic("sport"));
  await waitForHydration(page);
  await expect(page.getByRole("heading", { level: 1, name: TOPIC_LABELS.sport })).toBeVisible();
  await expect(page).toHaveTitle(`${TOPIC_LABELS.sport} · Lede`);
  const list = page.getByRole("region", { name: `Articles about ${TOPIC_LABELS.sport}` });
  await expect(list.getByRole("article")).toHaveCount(inSport.length);
  await expect(list.getByRole("heading", { level: 2 })).toHaveText(inSport.map((a) => a.title));

  const feedLink = page.getByRole("link", { name: `Atom feed of ${TOPIC_LABELS.sport}` });
  const href = await feedLink.getAttribute("href");
  expect(href).toBe(await page.locator('head link[rel="alternate"][title^="Sport"]').getAttribute("href"));
  const { feed, entries } = await atomFeed(request, href ?? "");
  expect(feed.title).toBe(`${TOPIC_LABELS.sport} · Lede`);
  expect(entries.map((e) => e.title)).toEqual(datedTitles(inSport));

  // An article opened from the topic page leads back to it.
  const [first] = inSport;
  await list.getByRole("link", { name: first?.title }).click();
  await page.waitForURL(`**${paths.article(first?.slug ?? "")}`);
  await page.getByRole("link", { name: /^Back$/ }).click();
  await page.waitForURL(`**${paths.topic("sport")}`);
});

for (const scheme of ["light", "dark"] as const) {
  test(`the topic page (${scheme}) has no axe violations @phone`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(paths.topic("sport"));
    await waitForHydration(page);
    expect(await axeViolations(page)).toEqual([]);
  });
}

test.describe("an unknown topic", () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test("is the not-found page", async ({ page }) => {
    const absent = (["weather", "not-a-topic"] as const).find(
      (id) => !allArticles.some((a) => a.topics.some((t) => t === id)),
    );
    const response = await page.goto(paths.topic(absent ?? "not-a-topic"));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This page isn’t here" })).toBeVisible();
    await expect(page).toHaveTitle(/not found/i);
  });
});

test("the collection's Atom feed is announced, valid, newest first, and its links open the articles", async ({
  page,
  request,
}) => {
  await page.goto(paths.home());
  const announced = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
  expect(announced).toBe("/feed.xml");
  const { entries } = await atomFeed(request, "/feed.xml");
  expect(entries.map((e) => e.title)).toEqual(datedTitles(allArticles));

  const [newest] = entries;
  await page.goto(newest?.link[0]?.["@_href"] ?? "");
  await expect(page.getByRole("heading", { level: 1, name: newest?.title })).toBeVisible();
});

test("robots.txt allows everything; without SITE_URL there is no sitemap", async ({ request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
  expect(await robots.text()).toBe("User-agent: *\nAllow: /\n");
  expect((await request.get("/sitemap.xml")).status()).toBe(404);
});
