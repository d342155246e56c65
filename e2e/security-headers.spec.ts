import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { paths } from "../src/lib/paths";
import { allArticles, articleTitled, expect, test, waitForHydration } from "./support";

const CLIENT = "build-e2e/client";

/** The Content-Security-Policy the build wrote for every path. */
function builtPolicy(): string {
  const line = readFileSync(path.join(CLIENT, "_headers"), "utf8")
    .split("\n")
    .find((l) => l.trim().startsWith("Content-Security-Policy:"));
  if (!line) throw new Error("build-e2e/client/_headers has no Content-Security-Policy");
  return line.trim().slice("Content-Security-Policy:".length).trim();
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(full);
    return entry.name.endsWith(".html") ? [full] : [];
  });
}

test("every inline script on every built page is allowed by the policy's hashes", () => {
  const scriptSrc = builtPolicy()
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src "));
  const allowed = new Set(scriptSrc?.split(/\s+/).slice(1));
  const pages = htmlFiles(CLIENT);
  expect(pages.length).toBeGreaterThan(allArticles.length);
  for (const file of pages) {
    const html = readFileSync(file, "utf8");
    for (const [, attributes = "", body = ""] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\bsrc=/.test(attributes)) continue;
      const type = /\btype="([^"]*)"/.exec(attributes)?.[1] ?? "";
      // Data blocks never run; Lede's deferred module script does, as an inline module.
      if (!["", "module", "text/x-lede-module"].includes(type)) continue;
      const hash = `'sha256-${createHash("sha256").update(body).digest("base64")}'`;
      expect(allowed.has(hash), `${file}: inline script ${body.slice(0, 60)}…`).toBe(true);
    }
  }
});

test("responses carry the policy, nosniff and a referrer policy; other methods are refused", async ({ request }) => {
  const page = await request.get(paths.article(allArticles[0]?.slug ?? ""));
  expect(page.headers()["content-security-policy"]).toBe(builtPolicy());
  expect(page.headers()["x-content-type-options"]).toBe("nosniff");
  expect(page.headers()["referrer-policy"]).toBeTruthy();
  const data = await request.get(`/articles/${allArticles[0]?.slug}.data`);
  expect(data.headers()["content-type"]).toMatch(/^text\/x-script/);
  const post = await request.post("/", { data: "x" });
  expect(post.status()).toBe(405);
});

const routes = {
  list: paths.home(),
  "filtered list": paths.home("topic=sport"),
  article: paths.article(articleTitled("Putin Invited the US").slug),
  "entity map": paths.entities(),
  topic: paths.topic("sport"),
  "not found": "/no/such/page",
};

test.describe("no page breaks the policy", () => {
  test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  for (const [name, url] of Object.entries(routes)) {
    for (const scheme of ["light", "dark"] as const) {
      test(`${name} (${scheme}) @phone`, async ({ page }) => {
        await page.addInitScript(() => {
          const seen: string[] = [];
          (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
          document.addEventListener("securitypolicyviolation", (event) =>
            seen.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
          );
        });
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(url);
        await waitForHydration(page);
        await expect(page.getByRole("heading", { level: 1 })).toBeAttached();
        // Move within the app too, so that what loads later (the entity map, the list) runs under the policy.
        await page.getByRole("link", { name: "Entities", exact: true }).click();
        await expect(page).toHaveURL(/\/entities$/);
        await page.getByRole("link", { name: "Lede", exact: true }).click();
        await expect(page).toHaveURL(/\/$/);
        expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual(
          [],
        );
      });
    }
  }
});
