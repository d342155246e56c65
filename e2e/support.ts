import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { articleIndexSchema, articleSchema, type Article, type ArticleSummary } from "../src/schema/article";
import { DATA_FILES } from "../src/schema/data-files";

/** The index the e2e build was made from (build-e2e/, built from e2e/fixtures/content by scripts/build-e2e.mjs). */
const index = articleIndexSchema.parse(JSON.parse(readFileSync(`build-e2e/client/data/${DATA_FILES.index}`, "utf8")));

export function articleTitled(prefix: string): ArticleSummary {
  const article = index.articles.find((a) => a.title.startsWith(prefix));
  if (!article) throw new Error(`no fixture article titled "${prefix}…"`);
  return article;
}

export const allArticles = index.articles;

/** A built article's full data (blocks with their ids and text). */
export function articleData(slug: string): Article {
  return articleSchema.parse(JSON.parse(readFileSync(`build-e2e/client/data/${DATA_FILES.article(slug)}`, "utf8")));
}

/** Fails the test on any console error or uncaught exception: hydration mismatches are reported as errors. */
export const test = base.extend<{ consoleErrors: string[]; expectedConsoleErrors: RegExp[] }>({
  /** Console errors a test provokes on purpose (a 404 or a failing request), matched by pattern. */
  expectedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        const text = message.text();
        if (message.type() === "error" && !expectedConsoleErrors.some((re) => re.test(text))) errors.push(text);
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Marks a page so a test can prove later navigation happened in-app, without a document reload. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as { __ledeMarker: boolean }).__ledeMarker = true;
  });
}

export async function documentIsMarked(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as unknown as { __ledeMarker?: boolean }).__ledeMarker === true);
}

/** Waits until the app has hydrated the page: the root marks `<html data-hydrated>` once its first commit is done. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
}

/** Axe's findings on the page as it is now (WCAG 2.1 A/AA and best practice), one line per rule and its nodes. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "best-practice"]).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
