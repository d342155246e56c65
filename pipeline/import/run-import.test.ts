import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFixtureServer, type FixtureServer } from "./fixture-server";
import { createHostLimiter } from "./host-limiter";
import { createHttpClient } from "./http-client";
import { runImport, type ImportOptions, type ImportReport } from "./run-import";
import { importStateFile, readSubscriptions, subscriptionsFile } from "./subscriptions";

const INTERVAL_MS = 15;

let server: FixtureServer;
let dir: string;
beforeEach(async () => {
  started.length = 0;
  server = await startFixtureServer({ slowMs: 60_000 });
  dir = await mkdtemp(path.join(tmpdir(), "lede-import-"));
});
afterEach(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** When each request left, by host: what the limiter controls (arrival times at the server jitter). */
const started: Array<{ host: string; at: number }> = [];
const recordingFetch: typeof fetch = (input, init) => {
  started.push({ host: new URL(input instanceof Request ? input.url : input).host, at: performance.now() });
  return fetch(input, init);
};

const client = () =>
  createHttpClient({
    userAgent: "Lede/test (fixture)",
    robotsAgent: "Lede",
    // Long enough for a loaded machine, where extracting one page holds up the others' responses; the slow
    // route never answers in time.
    timeoutMs: 2000,
    maxBytes: 200 * 1024,
    limiter: createHostLimiter(INTERVAL_MS),
    fetch: recordingFetch,
  });

const importing = (sources: string[], options: Partial<ImportOptions> = {}) =>
  runImport({ contentDir: dir, sources, http: client(), ...options });

const feedUrls = () => [
  `${server.origin}/feeds/rss.xml`,
  `${server.origin}/transport/atom.xml`,
  `${server.origin}/feeds/feed.json`,
];

const failures = (report: ImportReport) =>
  report.failed.map((f) => `${f.url.replace(server.origin, "")}: ${f.reason}`).sort();

async function files(): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .sort();
}

const read = (file: string) => readFile(path.join(dir, file), "utf8");

const HARBOUR = (origin: string) => `---
title: Harbour reopens after storm repairs
date: 2025-03-10T08:30:00Z
source: The Coastal Gazette
url: ${origin}/news/harbour-reopens
author: Mara Jensen
summary: The fishing fleet returned to Porthmoor on Monday after three months of repairs.
---

The fishing fleet returned to Porthmoor on Monday after three months of repairs to the harbour wall, which was breached during the January storms.

Harbour master Eleni Kostas said the work, funded by the county council, had cost £4.2 million and came in two weeks ahead of schedule.

## A wall built to last

Engineers raised the wall by a metre and a half and reinforced its base with granite blocks quarried in Cornwall, so that it can withstand a surge of the size seen in January.

> "We have built this for the next hundred years, not the next ten," said the project's lead engineer, Tom Ashby.

Local businesses welcomed the reopening. The fish market, closed since the storm, will open again on Thursday with its first auction of the season.

The council has said it will review flood defences along the rest of the coast by the end of the year.
`;

// Each case imports over real sockets, with a 1 s timeout to wait out: more than the default 5 s when loaded.
describe("runImport: the fixture feeds", { timeout: 30_000 }, () => {
  it("writes each article once, with front matter from the page and the feed, politely, and names every failure", async () => {
    const report = await importing(feedUrls());
    expect(report.added.map((w) => w.file).sort()).toEqual([
      expect.stringMatching(/^127\.0\.0\.1\/council-approves-budget-with-library-funding-[0-9a-f]{10}\.md$/),
      expect.stringMatching(/^127\.0\.0\.1\/harbour-reopens-after-storm-repairs-[0-9a-f]{10}\.md$/),
      expect.stringMatching(/^127\.0\.0\.1\/library-museum-open-in-the-old-town-hall-[0-9a-f]{10}\.md$/),
      // The page's canonical link names another host: the article is filed under it.
      expect.stringMatching(/^valley-times\.test\/rail-workers-announce-two-day-strike-[0-9a-f]{10}\.md$/),
    ]);
    expect(report.updated).toEqual([]);
    // The wire copy of the harbour story has another URL but the same body.
    expect(report.unchanged).toBe(1);
    expect(failures(report)).toEqual([
      "/huge/story: too large (over 200 KB, the limit)",
      "/news/broken: HTTP 500 Internal Server Error",
      "/news/gone: HTTP 404 Not Found",
      "/private/memo: robots.txt disallows",
      "/slow/story: timeout (no complete response in 2 s)",
    ]);
    expect(report).toMatchObject({ feeds: 3, subscribed: 3 });
    // Duplicate items within a feed and the harbour story in two feeds are fetched once.
    expect(server.log.filter((r) => r.path === "/news/harbour-reopens")).toHaveLength(1);
    expect(server.log.filter((r) => r.path === "/news/library-opens")).toHaveLength(1);
    expect(server.log.some((r) => r.path === "/private/memo")).toBe(false);

    const harbour = report.added.find((w) => w.file.includes("harbour"))?.file ?? "";
    expect(await read(harbour)).toBe(HARBOUR(server.origin));

    const council = report.added.find((w) => w.file.includes("council"))?.file ?? "";
    // No date on the page or in the feed; the headline's <em> from the feed is text; author from dc:creator.
    expect(await read(council)).toBe(`---
title: Council approves budget with library funding
source: Northfield Echo
url: ${server.origin}/news/council-budget
author: Owen Hale
summary: Three branch libraries stay open for five more years.
---

Northfield council approved its budget for the coming year on Tuesday night, setting aside £1.8 million to keep the town's three branch libraries open for another five years.

The vote passed by 27 votes to 12 after a three-hour debate. Council leader Priya Natarajan said the libraries were "the living rooms of our town" and that closing them would have saved little.

Opposition councillors argued that the money should instead go to road repairs, pointing to a backlog of more than 400 reported potholes across the district.

## What the budget means for residents

Council tax will rise by 2.9 per cent, adding about £48 a year to the bill of a typical band D household. Parking charges in the town centre will stay the same.

The budget also funds a new youth centre on Mill Lane, which is due to open in the autumn.
`);

    const rail = report.added.find((w) => w.file.includes("rail"))?.file ?? "";
    expect(await read(rail)).toBe(`---
title: Rail workers announce two-day strike
date: 2025-04-02T16:05:00Z
source: Valley Times
url: https://valley-times.test/transport/rail-strike
author: Sam Okafor
summary: Services across the valley line will stop on Friday and Saturday.
---

Train drivers on the valley line will strike on Friday and Saturday in a dispute over rest breaks, their union said on Wednesday.

The union said talks with the operator had broken down after the company proposed cutting the break between shifts from twelve hours to ten.

### Which services are affected

-   No trains will run between Ashford Junction and Kelby on either day.
-   Replacement buses will leave Kelby station every thirty minutes.

The operator apologised to passengers and said it remained "open to talks at any time". Season ticket holders will be able to claim a refund for both days.
`);

    const library = report.added.find((w) => w.file.includes("museum"))?.file ?? "";
    // Reached through a 301; the JSON Feed's HTML-escaped title decoded once; no date anywhere.
    expect(await read(library)).toMatch(
      new RegExp(
        `^---\\ntitle: Library & museum open in the old town hall\\nsource: Northfield Echo\\nurl: ${server.origin}/news/library-opens\\nauthor: Lena Park\\n---\\n\\nThe old town hall reopened`,
      ),
    );

    expect((await readSubscriptions(subscriptionsFile(dir))).feeds).toEqual([
      { url: `${server.origin}/feeds/rss.xml`, title: "Northfield Echo" },
      { url: `${server.origin}/transport/atom.xml`, title: "Valley Times & District" },
      { url: `${server.origin}/feeds/feed.json`, title: "Northfield Echo: Culture" },
    ]);
    // Polite: robots.txt once and first, an honest User-Agent, one request per host per interval.
    expect(server.log[0]?.path).toBe("/robots.txt");
    expect(server.log.filter((r) => r.path === "/robots.txt")).toHaveLength(1);
    for (const request of server.log) expect(request.headers["user-agent"]).toBe("Lede/test (fixture)");
    expect(started.length).toBe(server.log.length);
    for (let i = 1; i < started.length; i++) {
      // Node's timers may fire up to a millisecond early.
      expect((started[i]?.at ?? 0) - (started[i - 1]?.at ?? 0)).toBeGreaterThanOrEqual(INTERVAL_MS - 1);
    }
    // Nothing half-written: only the articles, feeds.yaml and the state file, no temporary files.
    expect(await files()).toEqual([".import-state.json", "feeds.yaml", ...report.added.map((w) => w.file)].sort());
  });

  it("on --refresh, asks with the stored validators and writes nothing when nothing changed", async () => {
    await importing(feedUrls());
    const before = await files();
    const mtimes = await Promise.all(before.map(async (f) => (await stat(path.join(dir, f))).mtimeMs));
    server.log.length = 0;

    const report = await importing([], { refresh: true });
    expect(report.added).toEqual([]);
    expect(report.updated).toEqual([]);
    // The RSS and JSON feeds answer 304 (If-None-Match). The Atom feed is read again, because two of its items
    // failed for passing reasons (a timeout, a 500): only those two are fetched again. Its imported items and
    // those that failed for good (404, robots.txt, too large) are skipped.
    expect(
      server.log
        .filter((r) => r.status === 304)
        .map((r) => r.path)
        .sort(),
    ).toEqual(["/feeds/feed.json", "/feeds/rss.xml"]);
    expect(server.log.find((r) => r.path === "/feeds/rss.xml")?.headers["if-modified-since"]).toBe(
      "Mon, 10 Mar 2025 09:00:00 GMT",
    );
    expect(
      server.log
        .map((r) => r.path)
        .filter((p) => !/\.(xml|json|txt)$/.test(p))
        .sort(),
    ).toEqual(["/news/broken", "/slow/story"]);
    expect(report.unchanged).toBe(9);
    expect(failures(report)).toEqual([
      "/news/broken: HTTP 500 Internal Server Error",
      "/slow/story: timeout (no complete response in 2 s)",
    ]);
    const after = await files();
    expect(after).toEqual(before);
    for (const [i, f] of after.entries()) {
      if (f.endsWith(".md")) expect((await stat(path.join(dir, f))).mtimeMs).toBe(mtimes[i]);
    }
  });

  it("fetches an item again when the feed changes it, and rewrites its file in place", async () => {
    const first = await importing([`${server.origin}/feeds/rss.xml`]);
    const harbour = first.added.find((w) => w.file.includes("harbour"))?.file ?? "";
    const rss = server.routes.get("/feeds/rss.xml");
    const page = server.routes.get("/news/harbour-reopens");
    if (!rss || !page) throw new Error("fixture routes missing");
    rss.body = rss.body.replace("<description>The fleet is back.</description>", "<description>Updated.</description>");
    rss.lastModified = "Tue, 11 Mar 2025 09:00:00 GMT";
    page.body = page.body.replace("by the end of the year.", "by the end of the summer.");

    const second = await importing([], { refresh: true });
    expect(second.added).toEqual([]);
    expect(second.updated.map((w) => w.file)).toEqual([harbour]);
    expect(second.unchanged).toBe(1); // the council story
    expect(await read(harbour)).toBe(
      HARBOUR(server.origin).replace("by the end of the year.", "by the end of the summer."),
    );
  });

  it("imports the feeds an OPML list names, from a URL or a local file", async () => {
    const fromUrl = await importing([`${server.origin}/feeds/subscriptions.opml`], { dryRun: true });
    expect(fromUrl.feeds).toBe(3);
    expect(fromUrl.added).toHaveLength(4);
    expect(await files()).toEqual([]); // a dry run writes nothing at all

    const opml = path.join(dir, "..", `${path.basename(dir)}.opml`);
    const body = server.routes.get("/feeds/subscriptions.opml")?.body ?? "";
    // The local list without the Valley Times feed, whose slow item would only cost the test its timeout.
    await writeFile(opml, body.replaceAll("{{origin}}", server.origin).replace(/.*Valley Times.*\n/, ""));
    try {
      const fromFile = await importing([opml]);
      expect(fromFile.added).toHaveLength(3);
      expect(fromFile.failed).toEqual([]);
      expect((await readSubscriptions(subscriptionsFile(dir))).feeds.map((f) => f.url)).toEqual([
        `${server.origin}/feeds/rss.xml`,
        `${server.origin}/feeds/feed.json`,
      ]);
    } finally {
      await rm(opml, { force: true });
    }
  });

  it("imports a page given directly, follows a home page to its feed, and says why other arguments fail", async () => {
    const report = await importing([
      `${server.origin}/news/harbour-reopens`,
      `${server.origin}/`,
      `${server.origin}/login`,
      `${server.origin}/loop`,
      `${server.origin}/off-web`,
      "ftp://example.org/feed.xml",
      path.join(dir, "missing.opml"),
      path.join(import.meta.dirname, "fixtures/site/harbour-reopens.html"),
    ]);
    expect(report.added.map((w) => w.title).sort()).toEqual([
      "Council approves budget with library funding",
      "Harbour reopens after storm repairs",
    ]);
    expect(report.feeds).toBe(1); // the RSS feed the home page announces
    expect(failures(report)).toEqual(
      [
        "/login: not an article",
        "/loop: more than 5 redirects",
        `${path.join(dir, "missing.opml")}: cannot be read (ENOENT)`,
        `${path.join(import.meta.dirname, "fixtures/site/harbour-reopens.html")}: a local file must be an OPML subscription list; give feeds and pages by URL`,
        "ftp://example.org/feed.xml: only http(s) URLs are imported",
        "ftp://fixture/file: not an http(s) URL",
      ].sort(),
    ); // sorted like failures(): the checkout's and the temp folder's paths order differently per machine
  });

  it("keeps what it wrote when the state file is lost: articles are found again by their file names", async () => {
    await importing([`${server.origin}/news/harbour-reopens`]);
    await rm(importStateFile(dir));
    const again = await importing([`${server.origin}/news/harbour-reopens`]);
    expect(again).toMatchObject({ added: [], updated: [], unchanged: 1 });
    expect((await files()).filter((f) => f.endsWith(".md"))).toHaveLength(1);
    expect(existsSync(subscriptionsFile(dir))).toBe(false); // a page is not a subscription
  });
});
