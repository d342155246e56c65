import { paths } from "../src/lib/paths";
import { articleTitled, expect, test, waitForHydration, axeViolations } from "./support";

test.use({ expectedConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

const routes = {
  list: paths.home(),
  "filtered list": paths.home("topic=sport"),
  article: paths.article(articleTitled("Putin Invited the US").slug),
  "article with headings and a quote": paths.article(articleTitled("Riverside United").slug),
  "not found": paths.article("no-such-article"),
};

for (const [name, url] of Object.entries(routes)) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${name} (${scheme}) has no axe violations @phone`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await waitForHydration(page);
      await expect(page.getByRole("heading", { level: 1 })).toBeAttached();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
