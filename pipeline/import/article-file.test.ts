import { describe, expect, it } from "vitest";
import { parseMarkdown } from "../parse/markdown";
import { articleMarkdown, articlePath, contentHash, urlKey } from "./article-file";

const article = {
  title: "Harbour reopens",
  url: "https://www.gazette.test/news/harbour?id=1",
  date: null,
  source: null,
  author: null,
  summary: null,
  body: "First paragraph.",
};

describe("articlePath", () => {
  it("files an article under its site, named by its title and a hash of its canonical URL", () => {
    expect(articlePath(article)).toBe(`gazette.test/harbour-reopens-${urlKey(article.url)}.md`);
    expect(urlKey(article.url)).toMatch(/^[0-9a-f]{10}$/);
    expect(urlKey(article.url)).not.toBe(urlKey("https://www.gazette.test/news/harbour?id=2"));
  });

  it("makes a safe name from any title, and from the URL when the title has no Latin letters", () => {
    const hostile = articlePath({ title: "../../etc/passwd: «Ça va?» \u202E <b>", url: "https://x.test/a" });
    expect(hostile).toMatch(/^x\.test\/etc-passwd-ca-va-b-[0-9a-f]{10}\.md$/);
    expect(articlePath({ title: "Новости дня", url: "https://x.test/2025/04/novosti" })).toMatch(
      /^x\.test\/2025-04-novosti-[0-9a-f]{10}\.md$/,
    );
    expect(articlePath({ title: "x".repeat(300), url: "https://x.test/" }).length).toBeLessThan(90);
  });
});

describe("articleMarkdown", () => {
  it("writes front matter that ingest reads back to the same values, quoting what YAML would misread", () => {
    const text = articleMarkdown({
      ...article,
      title: "Breaking: #1 story --- \"quoted\" & 'single'",
      date: "2025-03-10T08:30:00Z",
      source: "yes",
      author: "- dash",
      summary: "null",
    });
    const parsed = parseMarkdown(text);
    expect(parsed.title).toBe("Breaking: #1 story --- \"quoted\" & 'single'");
    expect(parsed.meta).toMatchObject({
      date: "2025-03-10T08:30:00Z",
      source: "yes",
      url: article.url,
      author: "- dash",
      summary: "null",
    });
    expect(parsed.blocks).toEqual([{ type: "paragraph", text: "First paragraph." }]);
  });

  it("refuses what ingest would refuse: an empty body", () => {
    expect(() => articleMarkdown({ ...article, body: "  " })).toThrow(/empty body/);
  });
});

describe("contentHash", () => {
  it("is the same for the same words whatever the Markdown around them, and differs for other words", () => {
    expect(contentHash("## Head\n\n> Quote _here_")).toBe(contentHash("Head\nQuote here"));
    expect(contentHash("One story.")).not.toBe(contentHash("Another story."));
  });
});
