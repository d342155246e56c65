import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isBreadcrumb, parsePlainText } from "./plain-text";
import { ParseError } from "./parse-error";

describe("parsePlainText", () => {
  it("reads the seed article: headline, breadcrumb dropped, body re-flowed into readable paragraphs", () => {
    const text = readFileSync("content/000_a3715745aa298113.txt", "utf8");
    const article = parsePlainText(text);
    expect(article.title).toBe('Putin Invited the US "Exchanging Non-Interference Guarantees"');
    const body = article.blocks.map((b) => b.text).join(" ");
    expect(body).not.toContain("Home / News");
    expect(body.startsWith("Vladimir Putin suggested the United States")).toBe(true);
    expect(body.endsWith("the midterm elections in the United States.")).toBe(true);
    expect(article.blocks.length).toBeGreaterThan(3);
    expect(article.blocks.every((b) => b.type === "paragraph")).toBe(true);
    // Re-flowing only moves paragraph breaks: the words are the file's, in order.
    const original = text.split("\n").slice(3).join(" ").replace(/\s+/g, " ").trim();
    expect(body).toBe(original);
  });

  it("splits on blank lines when the body has them, joining wrapped lines", () => {
    const article = parsePlainText("Title\n\nFirst line\ncontinues here.\n\nSecond paragraph.\n");
    expect(article.blocks.map((b) => b.text)).toEqual(["First line continues here.", "Second paragraph."]);
  });

  it("takes one paragraph per line when the body has no blank line", () => {
    const article = parsePlainText("Title\nOne.\nTwo.\nThree.");
    expect(article.blocks.map((b) => b.text)).toEqual(["One.", "Two.", "Three."]);
  });

  it("keeps a body line that only looks a little like a breadcrumb", () => {
    const article = parsePlainText("Budget passes\nRevenue / spending rose.\nMore.");
    expect(article.blocks[0]?.text).toBe("Revenue / spending rose.");
  });

  it("reports a missing title and an empty body with their lines", () => {
    expect(() => parsePlainText("\n\n  \n")).toThrow(ParseError);
    expect(() => parsePlainText("\n\n")).toThrow(/no title/);
    try {
      parsePlainText("\nHeadline\nHome / News / Headline\n\n");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ParseError);
      expect((error as ParseError).message).toMatch(/empty body/);
      expect((error as ParseError).line).toBe(2);
    }
  });

  it("strips a byte-order mark and handles CRLF input decoded upstream", () => {
    expect(parsePlainText("\uFEFFTitle\nBody.").title).toBe("Title");
  });
});

describe("isBreadcrumb", () => {
  it.each([
    ["Home / News / Some headline", "Some headline", true],
    ["Home › World › Europe", "Unrelated", true],
    ["Politics / Some headline", "Some headline", true],
    ["Sales rose / fell", "Headline", false],
    ["Just a sentence.", "Headline", false],
  ])("%s -> %s", (line, title, expected) => {
    expect(isBreadcrumb(line, title)).toBe(expected);
  });
});
