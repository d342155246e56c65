import { paths } from "../src/lib/paths";
import { TOPIC_LABELS } from "../src/schema/topics";
import { allArticles, articleTitled, expect, test } from "./support";

test.use({ javaScriptEnabled: false });

test("the prerendered article shows its text and marks without JavaScript", async ({ page }) => {
  const seed = articleTitled("Putin Invited the US");
  await page.goto(paths.article(seed.slug));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(seed.title);
  await expect(page.getByText("suggested the United States")).toBeVisible();
  await expect(page.locator('mark[data-entity-type="person"]', { hasText: "Vladimir Putin" }).first()).toBeVisible();
  await expect(page.locator('mark[data-entity-type="organization"]', { hasText: "Kremlin" }).first()).toBeVisible();
  await expect(page).toHaveTitle(`${seed.title} · Lede`);
});

// The list's filter form needs JavaScript: a static host serves `/?topic=…` as the unfiltered list. Without it, a
// topic is reached through its own prerendered page, which must list that topic's articles and no others.
test("without JavaScript, an article's topic leads to a page of that topic's articles only", async ({ page }) => {
  const health = articleTitled("Hospitals Prepare");
  await page.goto(paths.article(health.slug));
  await page.getByRole("link", { name: `Topic: ${TOPIC_LABELS.health}` }).click();
  await page.waitForURL(`**${paths.topic("health")}`);
  await expect(page.getByRole("link", { name: health.title })).toBeVisible();
  const others = allArticles.filter((a) => !a.topics.includes("health"));
  expect(others.length).toBeGreaterThan(0);
  for (const other of others) await expect(page.getByRole("link", { name: other.title })).toHaveCount(0);
});

test("the prerendered entity page and entity map read without JavaScript", async ({ page }) => {
  await page.goto(paths.entity("person:vladimir-putin"));
  await expect(page.getByRole("heading", { level: 1, name: "Vladimir Putin" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Articles" }).getByRole("listitem")).toHaveCount(2);
  await page.goto(paths.entities());
  await expect(page.getByRole("heading", { level: 1, name: "Entities" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Vladimir Putin");
});
