import { spawn, type ChildProcess } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import { paths } from "../src/lib/paths";
import {
  articleTitled,
  axeViolations,
  documentIsMarked,
  expect,
  markDocument,
  test,
  waitForHydration,
} from "./support";

// Every other spec blocks service workers (playwright.config.ts); these are about them.
test.use({ serviceWorkers: "allow" });
// Each test installs a worker that precaches the app, and loads several pages: slow on a busy machine.
test.slow();

const sport = articleTitled("Riverside United");
const flu = articleTitled("Hospitals Prepare");
const rover = articleTitled("Rover Finds Signs");
const sanctions = articleTitled("Kremlin Rejects");

/** Waits until the service worker controls the page (it claims the first visit's page once installed). */
async function waitForWorker(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

const offlineBanner = (page: Page) => page.getByRole("status").filter({ hasText: "You are offline." });

test.describe("offline", () => {
  test.use({
    // The article never opened fails to load while offline, as it should.
    expectedConsoleErrors: [/Failed to load resource: net::ERR_(FAILED|INTERNET_DISCONNECTED)/],
  });

  test("the list, opened articles and search work offline after a first visit", async ({ page, context }) => {
    await page.goto(paths.home());
    await waitForHydration(page);
    await waitForWorker(page);
    // The precache is the app: hashed assets and the shell, never a page or a data file.
    const precached = await page.evaluate(async () => {
      const name = (await caches.keys()).find((key) => key.startsWith("workbox-precache"));
      const cache = name ? await caches.open(name) : null;
      return cache ? (await cache.keys()).map((request) => new URL(request.url).pathname) : [];
    });
    expect(precached).toContain("/__spa-fallback.html");
    expect(precached.filter((p) => p.startsWith("/assets/")).length).toBeGreaterThan(10);
    expect(precached.filter((p) => !p.startsWith("/assets/")).sort()).toEqual([
      "/__spa-fallback.html",
      "/icons/icon-192.png",
      "/icons/icon-512.png",
      "/manifest.webmanifest",
    ]);

    // An article opened from the list (its data fetched through the worker) and one opened from a link (its data
    // came inside the page, and is kept for offline as well).
    await page.getByRole("link", { name: sport.title }).click();
    await expect(page.getByRole("heading", { level: 1, name: sport.title })).toBeVisible();
    await expect(page.getByText("Available offline")).toBeVisible();
    await page.goto(paths.article(flu.slug));
    await waitForHydration(page);
    await expect(page.getByText("Available offline")).toBeVisible();
    // A first search fetches the search index.
    await page.goto(paths.home(`q=${encodeURIComponent('"ancient lake"')}`));
    await waitForHydration(page);
    await expect(page.getByRole("list", { name: "Articles" }).getByRole("heading")).toHaveText([rover.title]);

    await context.setOffline(true);
    await expect(offlineBanner(page)).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: "light" });

    for (const article of [sport, flu]) {
      await page.goto(paths.article(article.slug));
      await waitForHydration(page);
      await expect(page.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
      await expect(page.locator("mark[data-entity-type]").first()).toBeVisible();
      await expect(offlineBanner(page)).toBeVisible();
    }
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(paths.home());
    await waitForHydration(page);
    await expect(page.getByRole("link", { name: sport.title })).toBeVisible();
    await page.getByRole("searchbox", { name: "Search articles" }).fill('"ancient lake"');
    await expect(page.getByRole("list", { name: "Articles" }).getByRole("heading")).toHaveText([rover.title]);

    // An article never opened is not there, and the page says why rather than going blank.
    await page.goto(paths.article(sanctions.slug));
    await expect(page.getByRole("heading", { name: "This page couldn’t be loaded" })).toBeVisible();
    await expect(offlineBanner(page)).toBeVisible();

    await context.setOffline(false);
    await expect(offlineBanner(page)).toHaveCount(0);
  });
});

/**
 * A server of its own over a copy of the e2e build, so that deploying a new build there leaves the other specs'
 * server alone.
 */
async function serveCopy(): Promise<{ url: string; dir: string; server: ChildProcess }> {
  const dir = await mkdtemp(path.join(tmpdir(), "lede-deploy-"));
  await cp("build-e2e", dir, { recursive: true });
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: { ...process.env, PORT: "0", LEDE_BUILD_DIR: dir },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout?.on("data", (chunk: Buffer) => {
      const match = /http:\/\/localhost:\d+/.exec(chunk.toString());
      if (match) resolve(match[0]);
    });
    server.on("exit", (code) => reject(new Error(`serve exited with ${code}`)));
  });
  return { url, dir, server };
}

/** What a deploy of a new app build changes for the worker: its precache revisions (and so its bytes). */
async function deployNewBuild(dir: string) {
  const file = path.join(dir, "client", "sw.js");
  const worker = await readFile(file, "utf8");
  const next = worker.replace(/"revision":"[0-9a-f]+"/g, '"revision":"next-build"');
  expect(next).not.toBe(worker);
  await writeFile(file, next);
  for (const twin of [".br", ".gz"]) await rm(file + twin, { force: true });
}

test("a new build is offered with a prompt, and taken only when the reader reloads", async ({ page }) => {
  const { url, dir, server } = await serveCopy();
  try {
    await page.goto(`${url}${paths.article(sport.slug)}`);
    await waitForHydration(page);
    await waitForWorker(page);
    await markDocument(page);
    const prompt = page.getByRole("status").filter({ hasText: "A new version of Lede is ready." });
    await expect(prompt).toHaveCount(0);

    await deployNewBuild(dir);
    // What the browser does on its own after a navigation, or Lede when the tab is shown again.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    await expect(prompt).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // Nothing switched under the reader: the same document, still run by the old worker, the new one waiting.
    expect(await documentIsMarked(page)).toBe(true);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting !== null)).toBe(
      true,
    );

    await prompt.getByRole("button", { name: "Reload" }).click();
    await page.waitForFunction(() => !(window as unknown as { __ledeMarker?: boolean }).__ledeMarker);
    await waitForHydration(page);
    await expect(page.getByRole("heading", { level: 1, name: sport.title })).toBeVisible();
    await expect(prompt).toHaveCount(0);
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBe(
      null,
    );
  } finally {
    server.kill();
    await rm(dir, { recursive: true, force: true });
  }
});
