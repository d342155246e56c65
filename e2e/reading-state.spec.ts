import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { paths } from "../src/lib/paths";
import { allArticles, articleData, articleTitled, axeViolations, expect, test, waitForHydration } from "./support";

// Issue 13: read state, saved, resume, next/previous, keyboard, settings, export/import, storage failures.
// Rows checked by locator must be rendered: the list is virtualised, so these are near the top (newest first).
const seed = articleTitled("Kremlin Rejects");
const sport = articleTitled("Riverside United");
const flu = articleTitled("Hospitals Prepare");

// Each journey loads several pages and the list's catalog; the machines that run the suite are shared.
test.describe.configure({ timeout: 90_000 });

const row = (page: Page, slug: string) => page.locator(`[data-article-row="${slug}"]`);
const openSettings = async (page: Page) => {
  await page.getByRole("button", { name: "Settings" }).click();
  return page.getByRole("dialog", { name: "Reading settings" });
};

/** One entry of the reading-state store, read straight from IndexedDB (undefined when absent). */
function storedEntry(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (key) =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open("lede");
        open.onupgradeneeded = () => open.result.createObjectStore("reading-state");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction("reading-state").objectStore("reading-state").get(key);
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
        };
      }),
    key,
  );
}

test("an opened article is read across a reload; Mark as unread undoes it; ?read=unread hides read ones", async ({
  page,
}) => {
  await page.goto(paths.home());
  await waitForHydration(page);
  await expect(row(page, seed.slug)).toContainText("Unread");

  await page.getByRole("link", { name: seed.title }).click();
  await page.waitForURL(`**${paths.article(seed.slug)}`);
  await expect(page.getByRole("button", { name: "Mark as unread" })).toBeVisible();
  await expect.poll(() => storedEntry(page, `read:${seed.slug}`)).toEqual(expect.any(Number));

  await page.goto(paths.home());
  await waitForHydration(page);
  await expect(row(page, seed.slug)).toContainText("Read");
  await expect(row(page, sport.slug)).toContainText("Unread");
  await expect(page.getByRole("status").filter({ hasText: "unread" })).toContainText("6 articles · 5 unread");

  await page.getByRole("checkbox", { name: "Unread only" }).check();
  await page.waitForURL((url) => url.search === "?read=unread");
  await expect(row(page, sport.slug)).toBeVisible();
  await expect(row(page, seed.slug)).toHaveCount(0);

  // Mark as unread on the article holds across a reload.
  await page.goto(paths.article(seed.slug));
  await waitForHydration(page);
  await page.getByRole("button", { name: "Mark as unread" }).click();
  await expect(page.getByRole("button", { name: "Mark as read" })).toBeVisible();
  await expect.poll(() => storedEntry(page, `read:${seed.slug}`)).toBeUndefined();
  await page.goto(paths.home("read=unread"));
  await waitForHydration(page);
  await expect(row(page, seed.slug)).toContainText("Unread");
});

test("Mark all in this view as read, then Undo", async ({ page }) => {
  await page.goto(paths.home("topic=sport&topic=health"));
  await waitForHydration(page);
  await page.getByRole("button", { name: "Mark all in this view as read" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked" })).toHaveText("Marked 2 articles as read.");
  await expect(row(page, sport.slug)).toContainText("Read");
  await expect(row(page, flu.slug)).toContainText("Read");
  await expect(row(page, seed.slug)).toHaveCount(0);
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(row(page, sport.slug)).toContainText("Unread");
  await expect(row(page, flu.slug)).toContainText("Unread");
  await page.reload();
  await waitForHydration(page);
  await expect(row(page, sport.slug)).toContainText("Unread");
});

test("saved from the list and the article, and ?saved=1 combines with a topic in the URL", async ({ page }) => {
  await page.goto(paths.home());
  await waitForHydration(page);
  await row(page, sport.slug).getByRole("button", { name: /Save/ }).click();
  await expect(row(page, sport.slug).getByRole("button", { name: /Save/ })).toHaveAttribute("aria-pressed", "true");

  await page.goto(paths.article(seed.slug));
  await waitForHydration(page);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => storedEntry(page, `saved:${seed.slug}`)).toEqual(expect.any(Number));

  await page.goto(paths.home());
  await waitForHydration(page);
  await page.getByRole("checkbox", { name: "Saved" }).check();
  await page.waitForURL((url) => url.search === "?saved=1");
  await expect(page.locator("[data-article-row]")).toHaveCount(2);
  await page.getByRole("checkbox", { name: /^Sport/ }).check();
  await page.waitForURL((url) => url.search === "?topic=sport&saved=1");
  await expect(page.locator("[data-article-row]")).toHaveCount(1);
  await expect(row(page, sport.slug)).toBeVisible();

  // The same URL, reloaded, shows the same view.
  await page.reload();
  await waitForHydration(page);
  await expect(page.getByRole("checkbox", { name: "Saved" })).toBeChecked();
  await expect(page.locator("[data-article-row]")).toHaveCount(1);
});

test("a topic page shows read and saved like the list, and answers j/k and s", async ({ page }) => {
  await page.goto(paths.article(sport.slug));
  await waitForHydration(page);
  await expect(page.getByRole("button", { name: "Mark as unread" })).toBeVisible();

  await page.goto(paths.topic("sport"));
  await waitForHydration(page);
  const sportRows = allArticles
    .filter((a) => a.topics.includes("sport"))
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  await expect(page.locator("[data-article-row]")).toHaveCount(sportRows.length);
  await expect(row(page, sport.slug)).toContainText("Read");
  const unreadRow = sportRows.find((a) => a.slug !== sport.slug);
  if (unreadRow) await expect(row(page, unreadRow.slug)).toContainText("Unread");

  await page.keyboard.press("j");
  const focusedRow = () =>
    page.evaluate(() => document.activeElement?.closest<HTMLElement>("[data-article-row]")?.dataset.articleRow);
  await expect.poll(focusedRow).toBe(sportRows[0]?.slug);
  await page.keyboard.press("s");
  await expect(row(page, sportRows[0]?.slug ?? "").getByRole("button", { name: /Save/ })).toHaveAttribute(
    "aria-pressed",
    "true",
  );
});

test("read and saved in one tab show in the reader's other tabs without a reload", async ({ page, context }) => {
  await page.goto(paths.home());
  await waitForHydration(page);
  const other = await context.newPage();
  await other.goto(paths.article(flu.slug));
  await waitForHydration(other);
  await expect(row(page, flu.slug)).toContainText("Read");

  await row(page, sport.slug).getByRole("button", { name: /Save/ }).click();
  await other.goto(paths.home());
  await waitForHydration(other);
  await expect(row(other, sport.slug).getByRole("button", { name: /Save/ })).toHaveAttribute("aria-pressed", "true");
  // And back: unsaved in the other tab, the first one follows.
  await row(other, sport.slug).getByRole("button", { name: /Save/ }).click();
  await expect(row(page, sport.slug).getByRole("button", { name: /Save/ })).toHaveAttribute("aria-pressed", "false");
});

test("resume at the paragraph after a width change", async ({ page }) => {
  const article = articleData(sport.slug);
  const target = article.blocks[2];
  if (!target) throw new Error("the fixture article needs three blocks");
  await page.setViewportSize({ width: 1200, height: 320 });
  await page.goto(paths.article(sport.slug));
  await waitForHydration(page);
  await page.locator(`#p-${target.id}`).evaluate((el) => el.scrollIntoView({ block: "start" }));
  await expect.poll(() => storedEntry(page, `pos:${sport.slug}`)).toMatchObject({ block: target.id });
  await expect(page.getByRole("progressbar", { name: "Reading progress" })).not.toHaveAttribute("aria-valuenow", "0");

  // Back to the list by key: clicking the back link would scroll it into view first, and that is a new position.
  await page.keyboard.press("u");
  await page.waitForURL((url) => url.pathname === "/");
  await page.setViewportSize({ width: 420, height: 700 });
  await page.getByRole("link", { name: sport.title }).click();
  await page.waitForURL(`**${paths.article(sport.slug)}`);
  await expect(page.getByRole("status").filter({ hasText: "Back where you left off" })).toBeVisible();
  const top = await page.locator(`#p-${target.id}`).evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(150);

  // A link to a paragraph wins over resuming.
  const first = article.blocks[0];
  if (!first) throw new Error("no first block");
  await page.goto(paths.home());
  await page.goto(`${paths.article(sport.slug)}#p-${first.id}`);
  await waitForHydration(page);
  await expect(page.getByRole("status").filter({ hasText: "Back where you left off" })).toHaveCount(0);
});

test("j/k and next/previous through a filtered list, and back to the same row", async ({ page }) => {
  const topics = ["economy-business-finance", "health", "sport"];
  const list = paths.home(topics.map((t) => `topic=${t}`).join("&"));
  // The list as filtered and sorted (newest first), from the fixture's own index.
  const order = allArticles
    .filter((a) => a.topics.some((t) => topics.includes(t)))
    .sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  const [first, second, third] = order;
  if (!first || !second || !third) throw new Error("the filtered fixture list needs three articles");
  const n = order.length;
  await page.goto(list);
  await waitForHydration(page);
  await expect(page.locator("[data-article-row]")).toHaveCount(n);
  const focusedRow = () =>
    page.evaluate(() => document.activeElement?.closest<HTMLElement>("[data-article-row]")?.dataset.articleRow);

  await page.keyboard.press("j");
  await expect.poll(focusedRow).toBe(first.slug);
  await expect(page.locator("#lede-announcer")).toContainText(`${first.title}. 1 of ${n}, unread`);
  await page.keyboard.press("j");
  await expect.poll(focusedRow).toBe(second.slug);
  await page.keyboard.press("k");
  await expect.poll(focusedRow).toBe(first.slug);
  await page.keyboard.press("j");
  await page.keyboard.press("o");
  await page.waitForURL(`**${paths.article(second.slug)}`);

  const nav = page.getByRole("navigation", { name: "Articles in your list" });
  await expect(nav).toContainText(`2 of ${n}`);
  await page.keyboard.press("j");
  await page.waitForURL(`**${paths.article(third.slug)}`);
  await page.keyboard.press("k");
  await page.waitForURL(`**${paths.article(second.slug)}`);
  await nav.getByRole("link", { name: /Previous/ }).click();
  await page.waitForURL(`**${paths.article(first.slug)}`);
  await expect(nav).toContainText(`1 of ${n}`);
  await expect(nav.getByRole("link", { name: /Previous/ })).toHaveCount(0);

  // u goes back to the list it came from, with the row of the article just read focused.
  await page.keyboard.press("u");
  await page.waitForURL((url) => `${url.pathname}${url.search}` === list);
  await expect.poll(focusedRow).toBe(first.slug);
  await expect(row(page, first.slug)).toContainText("Read");
});

test("single-key shortcuts are silent while typing, and a setting turns them off", async ({ page }) => {
  await page.goto(paths.home());
  await waitForHydration(page);
  const box = page.getByRole("searchbox", { name: "Search articles" });
  await box.click();
  await page.keyboard.type("jks");
  await expect(box).toHaveValue("jks");
  await expect(page.locator('[aria-pressed="true"]')).toHaveCount(0);
  await box.fill("");
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await page.keyboard.press("j"); // inside a dialog: not a shortcut
  await help.getByRole("button", { name: "Close" }).click();

  const settings = await openSettings(page);
  await settings.getByRole("checkbox", { name: /Single-key shortcuts/ }).uncheck();
  await settings.getByRole("button", { name: "Close" }).click();
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press("j");
  await page.keyboard.press("?");
  await expect(help).toHaveCount(0);
  expect(await page.evaluate(() => document.activeElement?.closest("[data-article-row]") ?? null)).toBeNull();
});

test("settings persist across a reload and apply before the first paint, within the CSP", async ({ page }) => {
  await page.goto(paths.article(seed.slug));
  await waitForHydration(page);
  const settings = await openSettings(page);
  await settings.getByRole("radio", { name: "Dark" }).check();
  await settings.getByRole("radio", { name: "Large", exact: true }).check();
  await settings.getByRole("radio", { name: "Sans serif" }).check();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await settings.getByRole("button", { name: "Close" }).click();

  // Before any of the app's scripts runs (the body is parsed after the head's scripts), the theme is set.
  await page.addInitScript(() => {
    const seen: Record<string, string | null> = {};
    const violations: string[] = [];
    document.addEventListener("securitypolicyviolation", (e) => violations.push(e.violatedDirective));
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      seen.theme = document.documentElement.getAttribute("data-theme");
      seen.font = document.documentElement.getAttribute("data-font");
      seen.size = document.documentElement.getAttribute("data-text-size");
    }).observe(document, { childList: true, subtree: true });
    Object.assign(window, { __firstPaintSettings: seen, __violations: violations });
  });
  await page.reload();
  await waitForHydration(page);
  expect(
    await page.evaluate(() => (window as unknown as { __firstPaintSettings: unknown }).__firstPaintSettings),
  ).toEqual({
    theme: "dark",
    font: "sans",
    size: "large",
  });
  expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).not.toBe("rgb(250, 250, 249)"); // stone-50, the light theme
  const fontSize = await page.locator(".reading-text").evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(fontSize).toBeGreaterThan(20);
});

test("export, then import into a fresh browser, restores the same state", async ({ page, browser }) => {
  await page.goto(paths.article(seed.slug));
  await waitForHydration(page);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect.poll(() => storedEntry(page, `saved:${seed.slug}`)).toEqual(expect.any(Number));
  const settings = await openSettings(page);
  await settings.getByRole("radio", { name: "Dark" }).check();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    settings.getByRole("button", { name: "Export to a file" }).click(),
  ]);
  const file = await download.path();
  const exported = JSON.parse(readFileSync(file, "utf8"));
  expect(exported).toMatchObject({ format: "lede-reading-state", version: 1 });

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(paths.home());
  await waitForHydration(other);
  await expect(row(other, seed.slug)).toContainText("Unread");
  const dialog = await openSettings(other);
  await dialog.getByLabel("Reading-state file to import").setInputFiles(file);
  await expect(dialog.getByRole("status")).toHaveText(/Imported/);
  await expect(other.locator("html")).toHaveAttribute("data-theme", "dark");
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(row(other, seed.slug)).toContainText("Read");
  await expect(row(other, seed.slug).getByRole("button", { name: /Save/ })).toHaveAttribute("aria-pressed", "true");
  await other.reload();
  await waitForHydration(other);
  await expect(row(other, seed.slug)).toContainText("Read");

  // A file that is not an export changes nothing.
  const again = await openSettings(other);
  await again.getByLabel("Reading-state file to import").setInputFiles({
    name: "bad.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify({ ...exported, parts: { reading: { read: { x: "soon" } } } })),
  });
  await expect(again.getByRole("status")).toHaveText(/Nothing was changed/);
  await fresh.close();
});

test("corrupt storage falls back to the defaults and says so once", async ({ page }) => {
  await page.goto(paths.home());
  await waitForHydration(page);
  await page.evaluate(
    ([bad, good]) => {
      localStorage.setItem("lede:settings", "{not json");
      return new Promise<void>((resolve, reject) => {
        const open = indexedDB.open("lede");
        open.onupgradeneeded = () => open.result.createObjectStore("reading-state");
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction("reading-state", "readwrite");
          tx.objectStore("reading-state").put("yesterday", `read:${bad}`);
          tx.objectStore("reading-state").put(Date.now(), `read:${good}`);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      });
    },
    [seed.slug, sport.slug],
  );
  await page.reload();
  await waitForHydration(page);
  const notice = page.getByRole("status").filter({ hasText: "could not be read" });
  await expect(notice).toBeVisible();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme");
  await expect(row(page, seed.slug)).toContainText("Unread");
  await expect(row(page, sport.slug)).toContainText("Read");
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(notice).toHaveCount(0);
  await page.getByRole("link", { name: sport.title }).click();
  await page.waitForURL(`**${paths.article(sport.slug)}`);
  await expect(page.getByRole("status").filter({ hasText: "could not be read" })).toHaveCount(0);
});

test("print shows the article alone, with entity marks in black and white", async ({ page }) => {
  await page.goto(paths.article(seed.slug));
  await waitForHydration(page);
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("complementary")).toBeHidden();
  await expect(page.getByRole("button", { name: "Save", exact: true })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const mark = await page
    .locator("mark[data-entity-type]")
    .first()
    .evaluate((el) => {
      const style = getComputedStyle(el);
      return { color: style.color, background: style.backgroundColor, line: style.textDecorationLine };
    });
  expect(mark).toEqual({ color: "rgb(0, 0, 0)", background: "rgba(0, 0, 0, 0)", line: "underline" });
});

for (const scheme of ["light", "dark"] as const) {
  test(`read and unread rows, settings and shortcut help have no axe violations (${scheme}) @phone`, async ({
    page,
  }) => {
    test.setTimeout(150_000); // four axe runs
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(paths.article(seed.slug));
    await waitForHydration(page);
    await expect.poll(() => storedEntry(page, `read:${seed.slug}`)).toEqual(expect.any(Number));
    await page.goto(paths.home());
    await waitForHydration(page);
    await expect(row(page, seed.slug)).toContainText("Read");
    await expect(row(page, sport.slug)).toContainText("Unread");
    expect(await axeViolations(page)).toEqual([]);

    const settings = await openSettings(page);
    await expect(settings).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // The other theme, chosen explicitly, in the dialog and behind it.
    await settings.getByRole("radio", { name: scheme === "light" ? "Dark" : "Light" }).check();
    expect(await axeViolations(page)).toEqual([]);
    await settings.getByRole("button", { name: "Close" }).click();

    await page.getByRole("button", { name: "Keyboard shortcuts" }).click();
    await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}
