import { paths } from "../src/lib/paths";
import { TOPIC_LABELS } from "../src/schema/topics";
import { allArticles, articleTitled, documentIsMarked, expect, markDocument, test, waitForHydration } from "./support";

const seed = articleTitled("Putin Invited the US");
const sport = articleTitled("Riverside United");

test("list → topic → article → reload cold shows the same view", async ({ page, browser }) => {
  await page.goto(paths.home());
  await waitForHydration(page);
  await expect(page.getByRole("article")).toHaveCount(allArticles.length);
  await markDocument(page);

  await page.getByRole("checkbox", { name: new RegExp(TOPIC_LABELS.sport) }).check();
  await page.waitForURL((url) => url.search === "?topic=sport");
  await expect(page.getByRole("article")).toHaveCount(allArticles.filter((a) => a.topics.includes("sport")).length);
  await expect(page.getByRole("heading", { name: sport.title })).toBeVisible();
  await expect(page.getByRole("heading", { name: seed.title })).toHaveCount(0);

  await page.getByRole("link", { name: sport.title }).click();
  await page.waitForURL(`**${paths.article(sport.slug)}`);
  await expect(page.getByRole("heading", { level: 1, name: sport.title })).toBeVisible();
  await expect(page.locator("mark[data-entity-type]").first()).toBeVisible();
  expect(await documentIsMarked(page), "in-app navigation must not reload the page").toBe(true);

  // The back link keeps the filter the reader came from.
  await page.getByRole("link", { name: /Back to filtered list/ }).click();
  await page.waitForURL((url) => url.pathname === "/" && url.search === "?topic=sport");
  await expect(page.getByRole("checkbox", { name: new RegExp(TOPIC_LABELS.sport) })).toBeChecked();

  // The same URL opened cold, in a fresh context, shows the same view.
  const cold = await browser.newContext();
  const coldPage = await cold.newPage();
  await coldPage.goto(paths.home("topic=sport"));
  await waitForHydration(coldPage);
  await expect(coldPage.getByRole("checkbox", { name: new RegExp(TOPIC_LABELS.sport) })).toBeChecked();
  await expect(coldPage.getByRole("article")).toHaveCount(allArticles.filter((a) => a.topics.includes("sport")).length);
  await cold.close();
});

test("back and forward restore the filter; clearing it leaves a clean URL", async ({ page }) => {
  await page.goto(paths.home());
  await waitForHydration(page);
  const checkbox = (topic: keyof typeof TOPIC_LABELS) =>
    page.getByRole("checkbox", { name: new RegExp(TOPIC_LABELS[topic]) });

  await checkbox("health").check();
  await page.waitForURL((url) => url.search === "?topic=health");
  await checkbox("sport").check();
  await page.waitForURL((url) => url.search === "?topic=health&topic=sport");
  await expect(page.getByRole("article")).toHaveCount(2);

  await page.goBack();
  await page.waitForURL((url) => url.search === "?topic=health");
  await expect(checkbox("health")).toBeChecked();
  await expect(checkbox("sport")).not.toBeChecked();
  await expect(page.getByRole("article")).toHaveCount(1);

  await page.goForward();
  await page.waitForURL((url) => url.search === "?topic=health&topic=sport");
  await expect(checkbox("sport")).toBeChecked();

  await page.getByRole("link", { name: "Clear filters" }).click();
  await page.waitForURL((url) => url.pathname === "/" && url.search === "");
  expect(page.url()).not.toContain("?");
  await expect(page.getByRole("article")).toHaveCount(allArticles.length);
});

test("the seed article highlights its key entities by type, and survives a reload", async ({ page }) => {
  await page.goto(paths.article(seed.slug));
  await waitForHydration(page);
  const marks = page.locator("mark[data-entity-id]");
  const expected: [string, string][] = [
    ["Vladimir Putin", "person"],
    ["Kremlin", "organization"],
    ["GRU", "organization"],
    ["Internet Research Agency", "organization"],
    ["Ukraine", "place"],
    ["Russia", "place"],
  ];
  for (const [text, type] of expected) {
    await expect(marks.filter({ hasText: new RegExp(`^${text}$`) }).first()).toHaveAttribute("data-entity-type", type);
  }
  // "Putin" alone is the same person as "Vladimir Putin".
  const fullId = await marks
    .filter({ hasText: /^Vladimir Putin$/ })
    .first()
    .getAttribute("data-entity-id");
  await expect(marks.filter({ hasText: /^Putin$/ }).first()).toHaveAttribute("data-entity-id", fullId ?? "");
  await expect(page.getByRole("heading", { name: "Highlighted entities" })).toBeAttached();

  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.title);
  await expect(marks.filter({ hasText: /^Kremlin$/ }).first()).toBeVisible();
});

test("an article page carries its own title and description for previews", async ({ page }) => {
  await page.goto(paths.article(sport.slug));
  await expect(page).toHaveTitle(`${sport.title} · Lede`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", sport.summary);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", sport.title);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", sport.summary);
});

test("raw HTML in Markdown is shown as nothing, never run", async ({ page }) => {
  const flu = articleTitled("Hospitals Prepare");
  await page.goto(paths.article(flu.slug));
  await waitForHydration(page);
  await expect(page.getByText("urging people to get vaccinated")).toBeVisible();
  expect(await page.evaluate(() => "__injected" in window)).toBe(false);
  await expect(page.getByText("__injected")).toHaveCount(0); // nor shown as text
  await expect(page.locator("main script, main b")).toHaveCount(0);
});

test("a phone-width reader sees the list and an article without sideways scrolling @phone", async ({ page }) => {
  await page.goto(paths.home());
  await expect(page.getByRole("article").first()).toBeVisible();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(await overflow()).toBeLessThanOrEqual(0);
  await page.goto(paths.article(seed.slug));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});

test("an article's topic badges lead to their topic pages", async ({ page }) => {
  await page.goto(paths.article(sport.slug));
  await waitForHydration(page);
  await page.getByRole("link", { name: `Topic: ${TOPIC_LABELS.sport}` }).click();
  await page.waitForURL(`**${paths.topic("sport")}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(TOPIC_LABELS.sport);
  await expect(page.getByRole("link", { name: sport.title })).toBeVisible();
});
