import { paths } from "../src/lib/paths";
import { articleTitled, expect, test, waitForHydration } from "./support";

test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of (404|503)/] });

test("an unknown article slug renders a not-found page with a way home", async ({ page }) => {
  const response = await page.goto(paths.article("no-such-article"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This page isn’t here" })).toBeVisible();
  await page.getByRole("link", { name: "Go to all articles" }).click();
  await page.waitForURL((url) => url.pathname === "/");
  await expect(page.getByRole("article").first()).toBeVisible();
});

test("an unknown path renders the not-found page", async ({ page }) => {
  await page.goto("/no/such/page");
  await expect(page.getByRole("heading", { name: "This page isn’t here" })).toBeVisible();
  await expect(page).toHaveTitle(/not found/i);
});

test("a failed data load shows an error with a retry that recovers", async ({ page }) => {
  const article = articleTitled("Chipmaker");
  await page.goto(paths.home());
  await waitForHydration(page);

  let failing = true;
  await page.route("**/data/articles/**", (route) =>
    failing ? route.fulfill({ status: 503, body: "unavailable" }) : route.fallback(),
  );
  await page.getByRole("link", { name: article.title }).click();
  // Transient failures are retried twice (about 3 s) before the error shows.
  await expect(page.getByRole("alert")).toContainText("couldn’t be loaded", { timeout: 10_000 });

  failing = false;
  await page.getByRole("button", { name: "Retry" }).click();
  await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
});
