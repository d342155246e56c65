import type { Page } from "@playwright/test";
import { paths } from "../src/lib/paths";
import { expect, test, waitForHydration } from "./support";

/**
 * Every real-world entity of the fixture collection (e2e/fixtures/content), labelled by hand: its one name and
 * its type. A row of the entity map that is not here is an error a reader would see (a stray word taken for a
 * name, or a second entity for something already listed under another name).
 */
const LABELLED: Record<string, string | string[]> = {
  "United States": "Place",
  Kremlin: "Organization",
  "Vladimir Putin": "Person",
  Moscow: "Place",
  "Washington, D.C.": "Place",
  Russian: "Group",
  Russia: "Place",
  American: "Group",
  "Main Directorate of the General Staff": "Organization",
  "Internet Research Agency": "Organization",
  "Northgate Rovers": "Organization",
  "Riverside United": "Organization",
  "The Washington Post": "Organization",
  "Democratic Party": "Organization",
  "European Space Agency": "Organization",
  "European Union": "Organization",
  "Federal Reserve": "Organization",
  NASA: "Organization",
  "Halvorsen Semiconductor": "Organization",
  "Anna Lindqvist": "Person",
  "Daniel Okafor": "Person",
  "Donald Trump": "Person",
  "Elena Petrova": "Person",
  "Helen Moreau": "Person",
  "Priya Raman": "Person",
  "Samuel Ortiz": "Person",
  "Tom Ellis": "Person",
  "Yevgeny Prigozhin": "Person",
  California: "Place",
  Canada: "Place",
  China: "Place",
  Georgia: "Place",
  India: "Place",
  London: "Place",
  Manchester: "Place",
  "New York": "Place",
  Texas: "Place",
  Ukraine: "Place",
  "Wembley Stadium": "Place",
  // A hospital is both an institution and a building; either reading is right.
  "Toronto General Hospital": ["Organization", "Place"],
};

const table = (page: Page) => page.getByRole("table", { name: /The graph as a table/ });

test("the entity map shows each real-world entity once, with the right type", async ({ page }) => {
  await page.goto(paths.entities());
  await waitForHydration(page);
  const rows = table(page).locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const shown = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      name: tr.querySelector("th a")?.textContent?.trim() ?? "",
      type: tr.querySelectorAll("td")[0]?.textContent?.trim() ?? "",
    })),
  );
  expect(shown.length).toBeGreaterThan(20);
  const names = shown.map((row) => row.name);
  expect(new Set(names).size, "no name twice").toBe(names.length);
  for (const row of shown) {
    expect(Object.keys(LABELLED), `"${row.name}" is not a real-world entity of the collection`).toContain(row.name);
    expect([LABELLED[row.name]].flat(), `type of ${row.name}`).toContain(row.type);
  }
});

test("a nationality's page leads to its country", async ({ page }) => {
  await page.goto(paths.entity("group:american"));
  await waitForHydration(page);
  await expect(page.getByRole("heading", { level: 1, name: "American" })).toBeVisible();
  await page.getByRole("link", { name: "Country: United States" }).click();
  await page.waitForURL(`**${paths.entity("place:united-states")}`);
  await expect(page.getByRole("heading", { level: 1, name: "United States" })).toBeVisible();
});
