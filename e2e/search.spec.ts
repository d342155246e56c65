import type { Page } from "@playwright/test";
import { paths } from "../src/lib/paths";
import { articleTitled, expect, test, waitForHydration } from "./support";

const cup = articleTitled("Riverside United Win");
const sanctions = articleTitled("Kremlin Rejects");
const rover = articleTitled("Rover Finds Signs");
const flu = articleTitled("Hospitals Prepare");
const seed = articleTitled("Putin Invited the US");

const results = (page: Page) => page.getByRole("list", { name: "Articles" });
const resultTitles = (page: Page) => results(page).getByRole("heading", { level: 2 });
const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Search articles" });

/** The results shown are the current URL's (the list marks which URL state it rendered). */
async function resultsSettled(page: Page) {
  await page.waitForFunction(() => {
    const list = document.querySelector("[data-results-for]");
    return list?.getAttribute("data-results-for") === new URLSearchParams(location.search).toString();
  });
}

async function open(page: Page, search = "") {
  await page.goto(paths.home(search));
  await waitForHydration(page);
  await resultsSettled(page);
}

async function expectTitles(page: Page, titles: string[]) {
  await resultsSettled(page);
  await expect(resultTitles(page)).toHaveText(titles);
}

/** The same articles, in whatever order relevance gives. */
async function expectTitleSet(page: Page, titles: string[]) {
  await resultsSettled(page);
  await expect(resultTitles(page)).toHaveCount(titles.length);
  expect((await resultTitles(page).allTextContents()).sort()).toEqual([...titles].sort());
}

test("typing searches headline and body, puts the query in the URL, and marks matches in snippets", async ({
  page,
}) => {
  await open(page);
  await searchBox(page).fill("penalty");
  await page.waitForURL((url) => url.searchParams.get("q") === "penalty");
  await expectTitles(page, [cup.title]);
  const hit = results(page).locator("mark.search-hit").first();
  await expect(hit).toHaveText(/penalty/i);
  await expect(page.getByRole("status").filter({ hasText: "match" })).toContainText("1 of 6 articles match penalty");

  // The URL alone brings the same view back, box included.
  await page.reload();
  await waitForHydration(page);
  await expect(searchBox(page)).toHaveValue("penalty");
  await expectTitles(page, [cup.title]);
});

test("prefixes and small typos match; Escape clears the search", async ({ page }) => {
  await open(page, "q=penal");
  await expectTitles(page, [cup.title]);
  await open(page, "q=sanctons");
  await expectTitles(page, [sanctions.title]);
  await searchBox(page).press("Escape");
  await page.waitForURL((url) => url.search === "");
  await expect(resultTitles(page)).toHaveCount(6);
});

const operatorCases: [string, string[]][] = [
  ['"ancient lake"', [rover.title]],
  // The seed has both words too, but not in a row.
  ['"putin told"', [sanctions.title]],
  ['"space agency"', [rover.title]],
  ["putin -sanctions", [seed.title]],
  ["topic:sport", [cup.title]],
  ["entity:putin topic:politics", [sanctions.title, seed.title]],
  ['source:"northgate evening post"', [cup.title]],
  ["after:2023 before:2024", [flu.title]],
];

for (const [q, titles] of operatorCases) {
  test(`the query ${q} works and round-trips through the URL`, async ({ page }) => {
    await open(page, new URLSearchParams({ q }).toString());
    await expect(searchBox(page)).toHaveValue(q);
    await expectTitleSet(page, titles);
  });
}

test("a date that is not one is reported", async ({ page }) => {
  await open(page, "q=before:someday");
  await expect(page.getByText("“before:someday” is not a date")).toBeVisible();
});

test("facets filter, their counts follow the query, and each choice is a URL", async ({ page }) => {
  await open(page);
  const politics = page.getByRole("checkbox", { name: /^Politics/ });
  await expect(politics.locator("xpath=..")).toContainText("2");
  await searchBox(page).fill("putin");
  await resultsSettled(page);
  await page.waitForURL((url) => url.searchParams.get("q") === "putin");
  // Both Putin stories are politics; the sport topic has none of them.
  await expect(page.getByRole("checkbox", { name: /^Sport/ }).locator("xpath=..")).toContainText("0");

  await page.getByText("More filters").click();
  await page.getByRole("checkbox", { name: /^Lede Fixture Gazette/ }).check();
  await page.waitForURL((url) => url.searchParams.get("source") === "Lede Fixture Gazette");
  await expectTitles(page, [sanctions.title]);

  await page.goBack();
  await page.waitForURL((url) => !url.searchParams.has("source"));
  await expectTitleSet(page, [sanctions.title, seed.title]);
});

test("the date facet narrows to a year or a range", async ({ page }) => {
  await open(page);
  await page.getByText("More filters").click();
  await page.getByRole("link", { name: "2023: 1 article" }).click();
  await page.waitForURL((url) => url.search === "?from=2023-01-01&to=2023-12-31");
  await expectTitles(page, [flu.title]);

  await open(page, "from=2024-05-01&to=2024-06-30");
  await expect(page.getByLabel("From")).toHaveValue("2024-05-01");
  await expectTitles(page, [sanctions.title, cup.title]);
});

test("sorts newest, oldest, and by relevance only when there is a query", async ({ page }) => {
  await open(page);
  const sort = page.getByRole("combobox", { name: "Sort" });
  await expect(sort.locator("option[value=relevance]")).toBeDisabled();
  await sort.selectOption("oldest");
  await page.waitForURL((url) => url.searchParams.get("sort") === "oldest");
  await expect(resultTitles(page).first()).toHaveText(flu.title);
  // Undated articles come last either way.
  await expect(resultTitles(page).last()).toHaveText(seed.title);

  await open(page, "q=kremlin");
  await expect(page.getByRole("combobox", { name: "Sort" }).locator("option[value=relevance]")).toBeEnabled();
  await expect(page.getByRole("combobox", { name: "Sort" })).toHaveValue("");
  await open(page, "q=kremlin&sort=oldest");
  await expect(page.getByRole("combobox", { name: "Sort" })).toHaveValue("oldest");
  await expectTitles(page, [sanctions.title, seed.title]);
});

test("a result opens its article with the search's words highlighted, apart from entity marks", async ({ page }) => {
  await open(page, "q=penalty+wembley");
  await results(page).getByRole("link", { name: cup.title }).click();
  await page.waitForURL((url) => url.pathname === paths.article(cup.slug));
  expect(new URL(page.url()).searchParams.get("highlight")).toBe("penalty wembley");
  const body = page.locator("main article");
  const hits = body.locator("[data-block-index] mark.search-hit");
  await expect(hits.first()).toBeVisible();
  expect(await hits.allTextContents()).toEqual(expect.arrayContaining(["penalty", "Wembley"]));
  // "Wembley" sits inside the Wembley Stadium entity mark: both marks stay, each with its own style.
  const inside = body.locator("mark[data-entity-type] mark.search-hit", { hasText: "Wembley" });
  await expect(inside).toHaveCount(1);
  await expect(page.getByRole("status").filter({ hasText: "matches for" })).toBeVisible();

  await page.getByRole("link", { name: "Clear highlights" }).click();
  await page.waitForURL((url) => !url.searchParams.has("highlight"));
  await expect(hits).toHaveCount(0);
});

test("a link with a source opens More filters; closed, its choices still ride along with a topic", async ({ page }) => {
  await open(page, "source=Lede+Fixture+Gazette");
  const more = page.getByText("More filters");
  await expect(page.getByRole("checkbox", { name: /^Lede Fixture Gazette/ })).toBeChecked();
  await more.click();
  await expect(page.getByRole("checkbox", { name: /^Lede Fixture Gazette/ })).toHaveCount(0);
  await page.getByRole("checkbox", { name: /^Politics/ }).check();
  await page.waitForURL((url) => url.searchParams.get("topic") === "politics");
  expect(new URL(page.url()).searchParams.get("source")).toBe("Lede Fixture Gazette");
  await expectTitles(
    page,
    [sanctions.title, seed.title].filter((t) => t !== seed.title),
  );
});

test("a topic chosen from the keyboard keeps focus on its chip, and Back unchecks it", async ({ page }) => {
  await open(page);
  const politics = page.getByRole("checkbox", { name: /^Politics/ });
  await politics.focus();
  await page.keyboard.press("Space");
  await page.waitForURL((url) => url.searchParams.get("topic") === "politics");
  await resultsSettled(page);
  await expect(politics).toBeChecked();
  await expect(politics).toBeFocused();
  // Another topic, from the same place: the keyboard reader does not start again from the top.
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  await page.waitForURL((url) => url.searchParams.getAll("topic").length === 2);

  await page.goBack();
  await page.waitForURL((url) => url.searchParams.getAll("topic").join() === "politics");
  await resultsSettled(page);
  await expect(politics).toBeChecked();
  await page.goBack();
  await page.waitForURL((url) => url.search === "");
  await expect(politics).not.toBeChecked();
});

test("typing a word adds one history entry: Back leaves the search", async ({ page }) => {
  await open(page);
  await searchBox(page).pressSequentially("penalty", { delay: 20 });
  await page.waitForURL((url) => url.searchParams.get("q") === "penalty");
  await expectTitles(page, [cup.title]);
  await page.goBack();
  await page.waitForURL((url) => url.search === "");
  await expect(searchBox(page)).toHaveValue("");
  await expect(resultTitles(page)).toHaveCount(6);
});
