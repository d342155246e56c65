import type { Page } from "@playwright/test";
import { paths } from "../src/lib/paths";
import { allArticles, articleTitled, expect, test, waitForHydration, axeViolations } from "./support";

const seed = articleTitled("Putin Invited the US");
const sanctions = articleTitled("Kremlin Rejects New Sanctions");
const PUTIN = "person:vladimir-putin";
const KREMLIN = "organization:kremlin";

const putinMarks = (page: Page) => page.locator(`mark[data-entity-id="${PUTIN}"][role="button"]`);

test("a mark opens its entity card; Escape closes it; [ and ] step through the entity's mentions", async ({ page }) => {
  await page.goto(paths.article(seed.slug));
  await waitForHydration(page);

  await putinMarks(page).first().hover();
  const card = page.getByRole("dialog", { name: "Vladimir Putin" });
  await expect(card).toBeVisible();
  await expect(card).toContainText("President of Russia");
  await expect(card).toContainText("Mentioned 2 times in this article.");
  await expect(card).toContainText("In 1 other article");
  await expect(card.getByRole("link", { name: sanctions.title })).toBeVisible();

  // Keyboard: focus the first mention, Enter pins the card and moves focus into it, Escape returns to the mark.
  await putinMarks(page).first().focus();
  await page.keyboard.press("Enter");
  await expect(card).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(card).toBeHidden();
  await expect(putinMarks(page).first()).toBeFocused();

  await page.keyboard.press("]");
  await expect(putinMarks(page).nth(1)).toBeFocused();
  await expect(putinMarks(page).nth(1)).toHaveText("Putin");
  await page.keyboard.press("]");
  await expect(putinMarks(page).first()).toBeFocused(); // wraps around
  await page.keyboard.press("[");
  await expect(putinMarks(page).nth(1)).toBeFocused();
});

test("the card leads to the entity page, and from there to the list filtered to the entity", async ({
  page,
  browser,
}) => {
  await page.goto(paths.article(seed.slug));
  await waitForHydration(page);
  await putinMarks(page).first().click();
  await page
    .getByRole("dialog")
    .getByRole("link", { name: /All about Vladimir Putin/ })
    .click();
  await page.waitForURL(`**${paths.entity(PUTIN)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Vladimir Putin" })).toBeVisible();
  const articles = page.getByRole("region", { name: "Articles" }).getByRole("listitem");
  await expect(articles).toHaveCount(2);
  await expect(articles.first()).toContainText(sanctions.title); // newest first
  await expect(page.getByRole("heading", { name: "Mentions over time" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Appears with" })).toContainText("Kremlin");

  await page.getByRole("link", { name: "Show them in the list" }).click();
  await page.waitForURL((url) => url.pathname === "/" && url.search === `?entity=${PUTIN}`);
  await expect(page.getByRole("article")).toHaveCount(2);
  await expect(page.getByRole("checkbox", { name: /Vladimir Putin/ })).toBeChecked();

  // Both views, shared as links, reopen cold in a fresh browser context.
  const cold = await browser.newContext();
  const coldPage = await cold.newPage();
  await coldPage.goto(paths.entity(PUTIN));
  await expect(coldPage.getByRole("heading", { level: 1, name: "Vladimir Putin" })).toBeVisible();
  await coldPage.goto(paths.home(`entity=${PUTIN}`));
  await waitForHydration(coldPage);
  await expect(coldPage.getByRole("article")).toHaveCount(2);
  await expect(coldPage.getByRole("checkbox", { name: /Vladimir Putin/ })).toBeChecked();
  await cold.close();
});

test("the entities panel focuses an entity through the URL, and the focus survives a cold reload", async ({
  page,
  browser,
}) => {
  await page.goto(paths.article(seed.slug));
  await waitForHydration(page);
  await page
    .getByRole("navigation", { name: "In this article" })
    .getByRole("link", { name: /^Kremlin/ })
    .click();
  await page.waitForURL((url) => url.search === `?entity=${KREMLIN}`);
  const focused = page.locator(`mark[data-entity-id="${KREMLIN}"][data-focused]`);
  await expect(focused).toHaveCount(4);
  await expect(page.getByRole("status").filter({ hasText: "Showing the 4 mentions of Kremlin" })).toBeVisible();

  const cold = await browser.newContext();
  const coldPage = await cold.newPage();
  await coldPage.goto(paths.article(seed.slug, `entity=${KREMLIN}`));
  await waitForHydration(coldPage);
  await expect(coldPage.locator(`mark[data-entity-id="${KREMLIN}"][data-focused]`)).toHaveCount(4);
  await expect(coldPage.locator(`mark[data-entity-id="${KREMLIN}"]`).first()).toBeInViewport();
  await cold.close();
});

test("legend toggles hide a type's marks, and the choice persists", async ({ page }) => {
  await page.goto(paths.article(seed.slug));
  await waitForHydration(page);
  const people = page.getByRole("button", { name: /^People \d/ });
  await expect(people).toHaveAttribute("aria-pressed", "true");
  await people.click();
  await expect(people).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator('mark[data-entity-type="person"][role="button"]')).toHaveCount(0);
  await expect(page.locator('mark[data-entity-type="person"][data-hidden]').first()).toBeAttached();

  await page.reload();
  await waitForHydration(page);
  await expect(page.getByRole("button", { name: /^People \d/ })).toHaveAttribute("aria-pressed", "false");
  await expect(page.locator('mark[data-entity-type="person"][role="button"]')).toHaveCount(0);
  await page.getByRole("button", { name: /^People \d/ }).click();
  await expect(putinMarks(page).first()).toBeVisible();
});

test("the list filters by entity, AND-ed with topics, and shows the entity facet", async ({ page }) => {
  await page.goto(paths.home());
  await waitForHydration(page);
  await page.getByText("More filters").click();
  const facet = page.getByRole("group", { name: "Who and what these articles are about" });
  await facet.getByRole("checkbox", { name: /Kremlin/ }).check();
  await page.waitForURL((url) => url.search === `?entity=${KREMLIN}`);
  const withKremlin = allArticles.filter((a) => [seed.slug, sanctions.slug].includes(a.slug));
  await expect(page.getByRole("article")).toHaveCount(withKremlin.length);

  await page.getByRole("checkbox", { name: /Science & technology/ }).check();
  await page.waitForURL((url) => url.search === `?topic=science-technology&entity=${KREMLIN}`);
  await expect(page.getByRole("article")).toHaveCount(1);
  await expect(page.getByRole("heading", { name: seed.title })).toBeVisible();

  await page.goBack();
  await page.waitForURL((url) => url.search === `?entity=${KREMLIN}`);
  await expect(page.getByRole("article")).toHaveCount(2);
});

test.describe("unknown entities", () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  test("an unknown entity filter is ignored; an unknown entity page is a not-found page", async ({ page }) => {
    await page.goto(paths.home(`entity=person:nobody-at-all`));
    await waitForHydration(page);
    await expect(page.getByRole("article")).toHaveCount(allArticles.length);

    const response = await page.goto(paths.entity("person:nobody-at-all"));
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "This page isn’t here" })).toBeVisible();
  });
});

test.describe("entity pages and open cards are accessible @phone", () => {
  // Axe over an article full of interactive marks takes a while on a busy 2-core machine.
  test.describe.configure({ timeout: 60_000 });

  for (const scheme of ["light", "dark"] as const) {
    test(`entity page (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(paths.entity(PUTIN));
      await waitForHydration(page);
      expect(await axeViolations(page)).toEqual([]);
    });

    test(`article with a focused entity and an open card (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(paths.article(seed.slug, `entity=${PUTIN}`));
      await waitForHydration(page);
      await putinMarks(page).first().click();
      await expect(page.getByRole("dialog")).toContainText("President of Russia");
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});
