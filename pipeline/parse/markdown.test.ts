import { describe, expect, it } from "vitest";
import { parseMarkdown } from "./markdown";
import { ParseError } from "./parse-error";

const md = (front: string, body: string) => `---\n${front}\n---\n\n${body}`;

function errorOf(fn: () => unknown): ParseError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ParseError) return error;
    throw error;
  }
  throw new Error("expected a ParseError");
}

describe("parseMarkdown", () => {
  it("reads front matter and turns the body into plain-text headings, paragraphs and quotes", () => {
    const article = parseMarkdown(
      md(
        "title: Budget day\ndate: 2024-03-01\nsource: The Paper\nauthor: A. Writer\nurl: https://example.org/a\ntopics: [politics, Budget]\nsummary: Short.",
        "# Budget day\n\nThe **minister** spoke [at length](https://x.y).\n\n## Reaction\n\n> Unions were *not* pleased.\n\n- One item\n- Two `items`\n",
      ),
    );
    expect(article.title).toBe("Budget day");
    expect(article.meta).toEqual({
      date: "2024-03-01",
      source: "The Paper",
      author: "A. Writer",
      url: "https://example.org/a",
      topics: ["politics", "Budget"],
      summary: "Short.",
      slug: null,
    });
    expect(article.blocks).toEqual([
      { type: "paragraph", text: "The minister spoke at length." },
      { type: "heading", level: 2, text: "Reaction" },
      { type: "quote", text: "Unions were not pleased." },
      { type: "paragraph", text: "One item" },
      { type: "paragraph", text: "Two items" },
    ]);
  });

  it("never passes raw HTML through", () => {
    const article = parseMarkdown(
      md("title: T", "Hello <b>bold</b> world.\n\n<script>alert(1)</script>\n\n<div>block</div>"),
    );
    expect(article.blocks).toEqual([{ type: "paragraph", text: "Hello bold world." }]);
  });

  it("drops the content of inline script and style elements, not just their tags", () => {
    const article = parseMarkdown(
      md("title: T", "Before. <script>window.x = 1</script> After <style>p { color: red }</style>end."),
    );
    expect(article.blocks).toEqual([{ type: "paragraph", text: "Before. After end." }]);
  });

  it("accepts a comma-separated topics string and a timestamp date", () => {
    const article = parseMarkdown(md("title: T\ntopics: sport, health\ndate: 2024-03-01T10:00:00Z", "Body."));
    expect(article.meta.topics).toEqual(["sport", "health"]);
    expect(article.meta.date).toBe("2024-03-01T10:00:00Z");
  });

  it("reports a missing title on the front matter's line", () => {
    const error = errorOf(() => parseMarkdown(md("date: 2024-01-01", "Body.")));
    expect(error.message).toMatch(/title is required/);
    expect(error.line).toBe(2);
  });

  it("reports a bad field on the line that holds it", () => {
    const error = errorOf(() => parseMarkdown(md("title: T\nsource: S\ndate: next tuesday", "Body.")));
    expect(error.message).toMatch(/date/);
    expect(error.line).toBe(4);
  });

  it("reports broken YAML with its line", () => {
    const error = errorOf(() => parseMarkdown(md("title: T\ntopics: [a, b", "Body.")));
    expect(error.message).toMatch(/broken front matter/);
    expect(error.line).toBeGreaterThanOrEqual(3);
  });

  it("reports a file without front matter, and an empty body", () => {
    expect(errorOf(() => parseMarkdown("# Just a heading\n\nText.")).message).toMatch(/no front matter/);
    const empty = errorOf(() => parseMarkdown(md("title: T", "<!-- nothing -->")));
    expect(empty.message).toMatch(/empty body/);
    expect(empty.line).toBe(4);
  });

  it("accepts only absolute http(s) URLs in url:, naming the line", () => {
    for (const url of [
      "javascript:alert(1)",
      "data:text/html,<b>x</b>",
      "file:///etc/passwd",
      "vbscript:msgbox",
      "/relative",
      "ftp://example.org/a",
    ]) {
      const error = errorOf(() =>
        parseMarkdown(md(`title: A\ndate: 2024-03-01\nurl: ${JSON.stringify(url)}`, "Body.")),
      );
      expect(error.message).toBe("front matter: url must be an absolute http(s) URL");
      expect(error.line).toBe(4);
    }
    expect(parseMarkdown(md("title: A\nurl: HTTP://Example.org/a?b=1", "Body.")).meta.url).toBe(
      "HTTP://Example.org/a?b=1",
    );
    expect(parseMarkdown(md("title: A\nurl: http://example.org", "Body.")).meta.url).toBe("http://example.org");
  });

  it("reports a YAML alias bomb as broken front matter at its line, without expanding it", () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++)
      levels.push(
        `${"abcdefghi"[i]}: &${"abcdefghi"[i]} [${Array(9)
          .fill(`*${"abcdefghi"[i - 1]}`)
          .join(", ")}]`,
      );
    const error = errorOf(() => parseMarkdown(md(`title: Bomb\n${levels.join("\n")}`, "Body.")));
    expect(error.message).toMatch(/^broken front matter: too many aliases/);
    expect(error.line).toBe(4); // the first alias: "b: &b [*a, …]"
  });
});
