import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { createEntityExtractor } from "./extract";
import { loadKnowledgeBase } from "./knowledge-base";
import { marked, type MarkedSpan } from "./test-helpers";

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));
// Line 1 is the title, line 3 the breadcrumb; the body is one long paragraph after them.
const body = readFileSync(root("content/000_a3715745aa298113.txt"), "utf8").split("\n").slice(3).join("\n").trim();

describe("seed article with the starter knowledge base", () => {
  let spans: MarkedSpan[];
  beforeAll(async () => {
    const extractor = createEntityExtractor({
      knowledgeBase: await loadKnowledgeBase(root("content/entities.yaml")),
    });
    spans = marked([body], extractor.extract([body]));
  });

  const expected: Array<[string, string]> = [
    ["Vladimir Putin", "person"],
    ["Putin", "person"],
    ["Donald Trump", "person"],
    ["Yevgeny Prigozhin", "person"],
    ["Kremlin", "organization"],
    ["Democratic Party", "organization"],
    ["Main Directorate of the General Staff", "organization"],
    ["GRU", "organization"],
    ["Internet Research Agency", "organization"],
    ["The Washington Post", "organization"],
    ["Washington Post", "organization"],
    ["United States", "place"],
    ["US", "place"],
    ["Russia", "place"],
    ["Moscow", "place"],
    ["Washington", "place"],
    ["Ukraine", "place"],
    ["Georgia", "place"],
    ["Russian", "group"],
    ["American", "group"],
    ["Friday", "date"],
    ["2016", "date"],
    ["2018", "date"],
    ["2019", "date"],
    ["this year", "date"],
  ];

  it.each(expected)("marks %s as %s", (text, type) => {
    expect(spans.filter((s) => s.text === text).map((s) => s.type)).toContain(type);
  });

  it("marks every occurrence of a tagged name", () => {
    const count = (text: string) => spans.filter((s) => s.text === text).length;
    expect(count("Kremlin")).toBe(body.match(/\bKremlin\b/g)!.length);
    expect(count("United States")).toBe(body.match(/\bUnited States\b/g)!.length);
  });

  it("gives Putin and Vladimir Putin one id, and GRU its expansion's id", () => {
    const idsOf = (text: string) => new Set(spans.filter((s) => s.text === text).map((s) => s.id));
    expect(idsOf("Putin")).toEqual(idsOf("Vladimir Putin"));
    expect(idsOf("GRU")).toEqual(idsOf("Main Directorate of the General Staff"));
    expect(idsOf("US")).toEqual(idsOf("United States"));
  });

  it("marks nothing else: every mark is one of the expected surface forms with its type", () => {
    const allowed = new Set(expected.map(([text, type]) => `${text}|${type}`));
    expect(spans.map((s) => `${s.text}|${s.type}`).filter((key) => !allowed.has(key))).toEqual([]);
  });

  it("does not mark junk", () => {
    const texts = spans.map((s) => s.text);
    expect(texts).not.toContain("American media");
    expect(texts).not.toContain("day");
    expect(texts.filter((t) => /^the\b/i.test(t) && t !== "The Washington Post")).toEqual([]);
  });
});
