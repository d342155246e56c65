import { readFileSync } from "node:fs";
import path from "node:path";
import { inlineScriptHashes } from "../pipeline/site/headers";
import { listTree } from "../pipeline/lib/tree";
import { headersFor, parseHeadersFile } from "../scripts/server/headers-file.mjs";
import { paths } from "../src/lib/paths";
import { allArticles, articleTitled, expect, test, waitForHydration } from "./support";

const CLIENT = "build-e2e/client";

/** The Content-Security-Policy the build's `_headers` gives a page, read as the server reads it. */
function builtPolicy(): string {
  const rules = parseHeadersFile(readFileSync(path.join(CLIENT, "_headers"), "utf8"));
  const policy = headersFor(rules, "/")["Content-Security-Policy"];
  if (!policy) throw new Error("build-e2e/client/_headers has no Content-Security-Policy");
  return policy;
}

test("every inline script on every built page is allowed by the policy's hashes", async () => {
  const scriptSrc = builtPolicy()
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith("script-src "));
  const allowed = new Set(scriptSrc?.split(/\s+/).slice(1));
  const pages = (await listTree(CLIENT)).filter((file) => file.endsWith(".html"));
  expect(pages.length).toBeGreaterThan(allArticles.length);
  // The build hashes a sample (one page per route); every page must be covered.
  for (const file of pages) {
    for (const hash of inlineScriptHashes(readFileSync(path.join(CLIENT, file), "utf8"))) {
      expect(allowed.has(hash), `${file}: inline script ${hash}`).toBe(true);
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
        // The URL changes once the entity map's data has loaded, which takes a while on a busy machine.
        await expect(page).toHaveURL(/\/entities$/, { timeout: 15_000 });
        await page.getByRole("link", { name: "Lede", exact: true }).click();
        await expect(page).toHaveURL(/\/$/, { timeout: 15_000 });
        expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual(
          [],
        );
      });
    }
  }
});
