import type { Browser, Page } from "@playwright/test";
import { paths } from "../src/lib/paths";
import { articleData, articleTitled, expect, test, waitForHydration } from "./support";

const seed = articleTitled("Putin Invited the US");
const blocks = articleData(seed.slug).blocks;

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

async function openCold(browser: Browser, url: string): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await waitForHydration(page);
  return { page, close: () => context.close() };
}

/** Selects `text` inside the article body the way a reader's drag would. */
async function select(page: Page, text: string) {
  await page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.querySelector("main article")!, NodeFilter.SHOW_TEXT);
    let full = "";
    const nodes: { node: Text; start: number }[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n as Text, start: full.length });
      full += n.textContent;
    }
    const at = full.indexOf(wanted);
    const locate = (offset: number) => {
      const hit = nodes.findLast((x) => x.start <= offset)!;
      return [hit.node, offset - hit.start] as const;
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + wanted.length));
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  }, text);
}

test("a paragraph link opens cold scrolled to that paragraph, highlighted", async ({ browser }) => {
  const target = blocks[blocks.length - 1]!;
  const { page, close } = await openCold(browser, `${paths.article(seed.slug)}#p-${target.id}`);
  const paragraph = page.locator(`#p-${target.id}`);
  await expect(paragraph).toBeInViewport();
  expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe(`p-${target.id}`);
  await expect(paragraph).toHaveCSS("outline-style", "solid");
  await close();
});

test("hovering a paragraph reveals its link; taking it moves the URL there and copies the link", async ({ page }) => {
  await page.goto(paths.article(seed.slug));
  await waitForHydration(page);
  const second = blocks[1]!;
  const paragraph = page.locator(`#p-${second.id}`);
  await paragraph.hover();
  const link = paragraph.getByRole("link", { name: "Link to this paragraph" });
  await expect(link).toBeVisible();
  await link.click();
  await page.waitForURL(`**${paths.article(seed.slug)}#p-${second.id}`);
  await expect(page.getByRole("status").filter({ hasText: "Link to paragraph copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test("selecting text offers a quote link that reopens cold on the highlighted passage", async ({ page, browser }) => {
  await page.goto(paths.article(seed.slug));
  await waitForHydration(page);
  const passage = "accused of being involved in cyberattacks";
  await select(page, passage);
  await page.getByRole("button", { name: "Copy link to quote" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link to quote copied" })).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  const url = new URL(link);
  expect(url.pathname).toBe(paths.article(seed.slug));
  expect(url.searchParams.get("quote")).toBe(passage);
  expect(url.searchParams.get("quote-prefix")).toBeTruthy();
  expect(url.hash).toContain(":~:text=");

  const cold = await openCold(browser, link);
  const highlighted = cold.page.locator("mark.quote");
  await expect(highlighted.first()).toBeInViewport();
  expect((await highlighted.allTextContents()).join("")).toBe(passage);
  await expect(cold.page.getByRole("status").filter({ hasText: "quoted passage is highlighted" })).toBeVisible();
  await cold.close();
});

test("a quote across an entity mark and a paragraph break is still highlighted exactly", async ({ browser }) => {
  const end = blocks[0]!.text.slice(-30);
  const start = blocks[1]!.text.slice(0, 25);
  const { page, close } = await openCold(
    browser,
    paths.article(seed.slug, `quote=${encodeURIComponent(`${end} ${start}`)}`),
  );
  expect((await page.locator("mark.quote").allTextContents()).join("")).toBe(`${end}${start}`);
  await close();
});

test("after small edits the closest match is highlighted, and a lost quote is said plainly", async ({ browser }) => {
  const edited = "the Russian special services, in particularly the Main Directorate";
  const { page, close } = await openCold(browser, paths.article(seed.slug, `quote=${encodeURIComponent(edited)}`));
  await expect(page.getByRole("status").filter({ hasText: "closest match" })).toBeVisible();
  await expect(page.locator("mark.quote").first()).toBeInViewport();

  await page.goto(paths.article(seed.slug, "quote=a+sentence+this+article+never+contained+at+all"));
  await waitForHydration(page);
  await expect(page.getByRole("status").filter({ hasText: "could not be found" })).toBeVisible();
  await expect(page.locator("mark.quote")).toHaveCount(0);
  await close();
});

test("the share control copies the exact view and says so", async ({ page }) => {
  await page.goto(paths.home("topic=politics"));
  await waitForHydration(page);
  await page.getByRole("button", { name: "Share" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  expect(new URL(page.url()).search).toBe("?topic=politics");
});
