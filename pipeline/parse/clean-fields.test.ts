import fc from "fast-check";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildBundle } from "../bundle/build-bundle";
import { buildFeed } from "../publish/feeds";
import { decodeUtf8 } from "./decode";
import { parseArticleFile } from "./parse-file";
import { ParseError } from "./parse-error";

/** XML 1.0's `Char` production: anything else makes a document that is not well-formed. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["entry", "author"].includes(name) });

const bytes = (text: string) => new TextEncoder().encode(text);

/** The whole path an article's text takes to the Atom feed: parse, bundle, feed. */
function feedOf(file: string, text: string) {
  const parsed = parseArticleFile(file, bytes(text));
  const bundle = buildBundle([
    {
      sourcePath: file,
      parsed: { ...parsed, meta: { ...parsed.meta, date: "2025-01-02" } },
      entities: { entities: [], mentions: [] },
      classify: () => ({ topics: ["politics"], scores: [0.9] }),
    },
  ]);
  const article = bundle.articles[0]!;
  const summary = bundle.index.articles[0]!;
  return {
    article,
    xml: buildFeed({ topic: null, siteUrl: null, articles: [{ ...summary, author: article.author }] }).xml,
  };
}

function expectWellFormed(xml: string) {
  expect(xml).not.toMatch(NOT_XML_CHAR);
  expect(XMLValidator.validate(xml)).toBe(true);
  const feed = parser.parse(xml) as { feed: { entry: unknown[] } };
  expect(feed.feed.entry).toHaveLength(1);
}

// Any UTF-16 unit, lone surrogates and controls included: the strings YAML escapes can produce.
const anyText = fc.string({ unit: "binary", maxLength: 40 });

describe("every field is clean text before anything uses it", () => {
  it("drops the controls of the issue's repro from a title, so the feed stays well-formed", () => {
    const { article, xml } = feedOf("a.txt", "Budget\u0001 vote\u000B passes\u000C\n\nThe vote passed.\n");
    expect(article.title).toBe("Budget vote passes");
    expectWellFormed(xml);
  });

  it("keeps tab and newline and drops bidi overrides and isolates", () => {
    expect(decodeUtf8(bytes("a\tb\r\nc\u0000\u202Ad\u2069\u200F"))).toBe("a\tb\ncd\u200F");
    const parsed = parseArticleFile("a.txt", bytes("Title \u202Eevil\u2066x\u2069\n\nOne two\u200F.\n"));
    expect(parsed.title).toBe("Title evilx");
    expect(parsed.blocks[0]?.text).toBe("One two\u200F.");
  });

  it("cleans front matter strings that YAML escapes decode to controls", () => {
    const text =
      '---\ntitle: "A\\x01B\\u202E"\nauthor: "Ann\\x0bLee"\nsource: "\\x7fThe\\u0085 Courier"\n---\n\nBody.\n';
    const parsed = parseArticleFile("a.md", bytes(text));
    expect(parsed.title).toBe("AB");
    expect(parsed.meta.author).toBe("Ann Lee");
    expect(parsed.meta.source).toBe("The Courier");
  });

  it("property: arbitrary title, body, source and author in Markdown give a feed that parses", () => {
    fc.assert(
      fc.property(anyText, anyText, anyText, anyText, (title, body, source, author) => {
        const text =
          `---\ntitle: ${JSON.stringify(`T${title}`)}\nsource: ${JSON.stringify(source)}\n` +
          `author: ${JSON.stringify(author)}\n---\n\nIntro.\n\n${body}\n`;
        let result;
        try {
          result = feedOf("a.md", text);
        } catch (error) {
          if (error instanceof ParseError) return; // a bad file is reported, never published
          throw error;
        }
        expectWellFormed(result.xml);
        for (const field of [result.article.title, result.article.author ?? "", result.article.source ?? ""]) {
          expect(field).not.toMatch(NOT_XML_CHAR);
          expect(field).not.toMatch(BIDI_CONTROLS);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("property: arbitrary title and body in a text file give a feed that parses", () => {
    fc.assert(
      fc.property(anyText, anyText, (title, body) => {
        let result;
        try {
          result = feedOf("a.txt", `T${title.replace(/[\r\n]/g, " ")}\n\nIntro.\n\n${body}\n`);
        } catch (error) {
          if (error instanceof ParseError) return;
          throw error;
        }
        expectWellFormed(result.xml);
        for (const block of result.article.blocks) expect(block.text).not.toMatch(NOT_XML_CHAR);
      }),
      { numRuns: 150 },
    );
  });
});
