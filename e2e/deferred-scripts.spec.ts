import { paths } from "../src/lib/paths";
import { allArticles, expect, test, waitForHydration } from "./support";

// Decision 016: a prerendered page asks for none of the app's JavaScript before its first paint. The build's
// renderer checks every page it writes (src/app/server/react-router-adapter.ts); this checks what a browser is
// served, and that the page still hydrates once the scripts are added back.
const pages = [paths.home(), paths.article(allArticles[0]?.slug ?? ""), paths.entities()];

for (const url of pages) {
  test(`${url} is served with no module script or modulepreload, and hydrates`, async ({ page, request }) => {
    const html = await (await request.get(url)).text();
    expect(html).not.toContain('rel="modulepreload"');
    expect(html).not.toMatch(/<script\b[^>]*\btype="module"/);
    await page.goto(url);
    await waitForHydration(page);
    // The loader added the module script and the route's preload links back after the first paint.
    await expect(page.locator('head script[type="module"]')).not.toHaveCount(0);
    await expect(page.locator('head link[rel="modulepreload"]')).not.toHaveCount(0);
  });

  // Decision 032: on a slow connection, whatever Chrome fetches beside the stylesheet delays the first paint.
  test(`${url} needs no request for its icon, and links the manifest once live`, async ({ page, request }) => {
    const html = await (await request.get(url)).text();
    expect(html).not.toContain('rel="manifest"');
    expect(html).toMatch(/<link rel="icon" href="data:image\/svg\+xml,[^"]+"/);
    const requested: string[] = [];
    page.on("request", (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(url);
    await waitForHydration(page);
    await expect(page.locator('head link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
    expect(requested.filter((p) => /favicon|\.ico$|\.svg$/.test(p))).toEqual([]);
  });
}
