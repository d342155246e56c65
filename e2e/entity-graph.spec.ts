import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { paths } from "../src/lib/paths";
import { DATA_FILES } from "../src/schema/data-files";
import type { EntityRef } from "../src/schema/entity";
import { entityDetailSchema } from "../src/schema/entity-detail";
import {
  allArticles,
  articleTitled,
  documentIsMarked,
  expect,
  markDocument,
  test,
  waitForHydration,
  axeViolations,
} from "./support";

/** Every key entity of the fixture collection (the graph's raw material), once. */
const keyEntities = [
  ...new Map(allArticles.flatMap((a) => a.entities).map((e): [string, EntityRef] => [e.id, e])).values(),
];
const putin = "person:vladimir-putin";
/** The articles that mention Putin, as the e2e build wrote them (the list's entity filter reads the same file). */
const putinDetail = entityDetailSchema.parse(
  JSON.parse(readFileSync(`build-e2e/client/data/${DATA_FILES.entity(putin)}`, "utf8")),
);
const sport = articleTitled("Riverside United");

/** The graph on screen (there is one layout per screen shape; the other is hidden). */
const graph = (page: Page) => page.getByRole("group", { name: /entit(y|ies) in \d+ articles?/ });
const table = (page: Page) => page.getByRole("table", { name: /The graph as a table/ });
const putinNode = (page: Page) => graph(page).getByRole("link", { name: /^Vladimir Putin:/ });

test("the graph and its table show the key entities; a type filter goes to the URL; a node opens its entity", async ({
  page,
}) => {
  await page.goto(paths.entities());
  await waitForHydration(page);
  await expect(page.getByRole("heading", { level: 1, name: "Entities" })).toBeVisible();
  const shown = Math.min(40, keyEntities.length);
  await expect(graph(page).getByRole("link")).toHaveCount(shown);
  await expect(table(page).getByRole("rowheader")).toHaveCount(shown);
  const putinArticles = allArticles.filter((a) => a.entities.some((e) => e.id === putin)).length;
  await expect(
    graph(page).getByRole("link", { name: new RegExp(`^Vladimir Putin: person, ${putinArticles} articles?,`) }),
  ).toBeVisible();
  await markDocument(page);

  await page.getByRole("checkbox", { name: /^People/ }).check();
  await page.waitForURL((url) => url.pathname === paths.entities() && url.search === "?type=person");
  await expect(graph(page).getByRole("link")).toHaveCount(keyEntities.filter((e) => e.type === "person").length);
  await expect(table(page).getByRole("link", { name: "Vladimir Putin", exact: true })).toBeVisible();
  await expect(table(page).getByRole("link", { name: "Kremlin", exact: true })).toHaveCount(0);

  await putinNode(page).click();
  await page.waitForURL(`**${paths.entity(putin)}`);
  expect(await documentIsMarked(page), "in-app navigation must not reload the page").toBe(true);

  // Back to the filtered graph, then the keyboard: a node is a link that Space (and Enter) open.
  await page.goBack();
  await page.waitForURL((url) => url.search === "?type=person");
  await expect(page.getByRole("checkbox", { name: /^People/ })).toBeChecked();
  await putinNode(page).focus();
  await page.keyboard.press("Space");
  await page.waitForURL(`**${paths.entity(putin)}`);
});

test("the list's filters apply to the graph, opened cold, with a way back to the list", async ({ page }) => {
  await page.goto(paths.entities("topic=sport"));
  await waitForHydration(page);
  await expect(graph(page).getByRole("link")).toHaveCount(sport.entities.length);
  await expect(table(page).getByRole("rowheader")).toHaveCount(sport.entities.length);
  for (const entity of sport.entities) {
    await expect(table(page).getByRole("link", { name: entity.name, exact: true })).toBeVisible();
  }
  await page.getByRole("link", { name: "Back to the list with these filters" }).click();
  await page.waitForURL((url) => url.pathname === paths.home() && url.search === "?topic=sport");

  // An entity filter needs that entity's articles, fetched after hydration.
  await page.goto(paths.entities(`entity=${encodeURIComponent(putin)}&type=place`));
  await waitForHydration(page);
  await expect(page.getByRole("checkbox", { name: /^Places/ })).toBeChecked();
  const mentioningPutin = new Set(putinDetail.articles.map((a) => a.slug));
  const placesWithPutin = new Set(
    allArticles
      .filter((a) => mentioningPutin.has(a.slug))
      .flatMap((a) => a.entities.filter((e) => e.type === "place").map((e) => e.id)),
  );
  await expect(graph(page).getByRole("link")).toHaveCount(placesWithPutin.size);
  await expect(putinNode(page)).toHaveCount(0);
});

test("a filter that leaves no entities says so and offers every entity", async ({ page }) => {
  await page.goto(paths.entities("topic=weather"));
  await waitForHydration(page);
  await expect(page.getByText("No entities match these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Show every entity" }).click();
  await page.waitForURL((url) => url.pathname === paths.entities() && url.search === "");
  await expect(table(page)).toBeVisible();
});

test("the graph fits a phone without sideways scrolling @phone", async ({ page }) => {
  await page.goto(paths.entities());
  await waitForHydration(page);
  await expect(graph(page).getByRole("link").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
});

const routes = {
  "entity graph": paths.entities(),
  "filtered entity graph": paths.entities("topic=sport&type=place"),
};

for (const [name, url] of Object.entries(routes)) {
  for (const scheme of ["light", "dark"] as const) {
    test(`${name} (${scheme}) has no axe violations @phone`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(url);
      await waitForHydration(page);
      await expect(table(page)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
}
