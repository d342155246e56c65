import AxeBuilder from "@axe-core/playwright";
import { paths } from "../src/lib/paths";
import { articleTitled, expect, test, waitForHydration } from "./support";

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
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21aa", "best-practice"])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual(
        [],
      );
    });
  }
}
