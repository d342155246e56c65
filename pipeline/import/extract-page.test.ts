import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractArticle, feedLinks } from "./extract-page";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures/site", name), "utf8");

/**
 * Each fixture page's article, by the opening of every paragraph, heading and list item, and its chrome, by a
 * phrase from each piece: the extracted body must hold all of the first and none of the second.
 */
const PAGES = [
  {
    file: "harbour-reopens.html",
    article: [
      "The fishing fleet returned to Porthmoor",
      "Harbour master Eleni Kostas said",
      "A wall built to last",
      "Engineers raised the wall by a metre and a half",
      '"We have built this for the next hundred years',
      "Local businesses welcomed the reopening.",
      "The council has said it will review flood defences",
    ],
    chrome: [
      "cookies",
      "Accept all",
      "Sport",
      "Search the Gazette",
      "Home",
      "Share on",
      "Email this story",
      "Advertisement",
      "SunnyStays",
      "Related stories",
      "Storm damage bill",
      "All rights reserved",
      "Privacy",
      "By Mara",
    ],
  },
  {
    file: "council-budget.html",
    article: [
      "Northfield council approved its budget",
      "The vote passed by 27 votes to 12",
      "Opposition councillors argued",
      "What the budget means for residents",
      "Council tax will rise by 2.9 per cent",
      "The budget also funds a new youth centre",
    ],
    chrome: [
      "newsletter",
      "inbox",
      "Business",
      "Home",
      "Local politics",
      "Facebook",
      "WhatsApp",
      "Copy link",
      "Read more",
      "Pothole backlog hits record",
      "Most read",
      "Fire at the old mill",
      "cookies",
      "High Street",
    ],
  },
  {
    file: "rail-strike.html",
    article: [
      "Train drivers on the valley line will strike",
      "The union said talks with the operator",
      "Which services are affected",
      "No trains will run between Ashford Junction and Kelby",
      "Replacement buses will leave Kelby station",
      "The operator apologised to passengers",
    ],
    chrome: [
      "Skip to content",
      "Weather",
      "214 partners",
      "Home",
      "By Sam",
      "Share this article",
      "Print",
      "Comments",
      "Not again",
      "All rights reserved",
    ],
  },
  {
    file: "library-opens.html",
    article: [
      "The old town hall reopened on Saturday",
      "More than two thousand people visited",
      "The building's restoration was paid for",
    ],
    chrome: ["Home", "Culture", "Share", "Tweet", "Choir wins national prize"],
  },
];

describe("extractArticle", () => {
  it.each(PAGES)("$file: every paragraph of the article, none of the chrome", ({ file, article, chrome }) => {
    const extracted = extractArticle(fixture(file), "https://site.test/story");
    const body = extracted?.body ?? "";
    const blocks = body.split(/\n+/).map((b) => b.replace(/^(#+|>|-)\s+/, ""));
    for (const opening of article) expect(blocks.filter((b) => b.startsWith(opening))).toHaveLength(1);
    expect(blocks).toHaveLength(article.length);
    for (const phrase of chrome) expect(body).not.toContain(phrase);
  });

  it("reads the page's metadata: canonical URL, date, site name, author, description", () => {
    expect(extractArticle(fixture("rail-strike.html"), "https://mirror.test/x?utm_source=feed#top")).toMatchObject({
      title: "Rail workers announce two-day strike",
      url: "https://valley-times.test/transport/rail-strike",
      date: "2025-04-02T16:05:00Z",
      source: "Valley Times",
      summary: "Services across the valley line will stop on Friday and Saturday.",
    });
    // A relative canonical link resolves against the page; without one the page's own URL is kept (no fragment).
    expect(extractArticle(fixture("harbour-reopens.html"), "https://g.test/a/b?x=1")?.url).toBe(
      "https://g.test/news/harbour-reopens",
    );
    expect(extractArticle(fixture("library-opens.html"), "https://e.test/l#c")).toMatchObject({
      url: "https://e.test/l",
      date: null,
      author: "Lena Park",
      summary: null,
    });
  });

  it("finds no article on a sign-in page or a list of links", () => {
    expect(extractArticle(fixture("login.html"), "https://e.test/login")).toBeNull();
    expect(extractArticle(fixture("index.html"), "https://e.test/")).toBeNull();
  });

  it("keeps a chrome-named wrapper that holds the article", () => {
    const html = fixture("harbour-reopens.html")
      .replace("<body>", '<body class="cookie-consent-given">')
      .replace("<main>", '<main class="share-layout">');
    expect(extractArticle(html, "https://g.test/")?.body).toContain("The fishing fleet returned to Porthmoor");
  });
});

describe("feedLinks", () => {
  it("lists the feeds a page announces, absolute", () => {
    expect(feedLinks(fixture("index.html"), "https://e.test/")).toEqual(["https://e.test/feeds/rss.xml"]);
    expect(feedLinks(fixture("login.html"), "https://e.test/")).toEqual([]);
  });
});
