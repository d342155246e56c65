import { paths } from "../src/lib/paths";
import { TOPIC_LABELS } from "../src/schema/topics";
import { articleTitled, expect, test } from "./support";

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

test("the prerendered list can be filtered by topic without JavaScript", async ({ page }) => {
  await page.goto(paths.home());
  await page.getByRole("checkbox", { name: new RegExp(TOPIC_LABELS.health) }).check();
  await page.getByRole("button", { name: "Apply" }).click();
  // Without JavaScript the form also submits its empty fields (dates, sort); the topic is what matters.
  await page.waitForURL((url) => url.searchParams.getAll("topic").join() === "health");
  await expect(page.getByRole("heading", { name: articleTitled("Hospitals Prepare").title })).toBeVisible();
});

test("the prerendered entity page and entity map read without JavaScript", async ({ page }) => {
  await page.goto(paths.entity("person:vladimir-putin"));
  await expect(page.getByRole("heading", { level: 1, name: "Vladimir Putin" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Articles" }).getByRole("listitem")).toHaveCount(2);
  await page.goto(paths.entities());
  await expect(page.getByRole("heading", { level: 1, name: "Entities" })).toBeVisible();
  await expect(page.getByRole("table")).toContainText("Vladimir Putin");
});
