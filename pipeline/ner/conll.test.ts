import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentText, parseConll, spansFromIob } from "./conll";

// A fixture written for these tests (not CoNLL data): two documents, four columns like CoNLL-2003.
const fixture = readFileSync(new URL("./fixtures/tiny.conll", import.meta.url), "utf8");

describe("parseConll", () => {
  it("splits documents at -DOCSTART- and sentences at blank lines, keeping the last column", () => {
    const docs = parseConll(fixture);
    expect(docs).toHaveLength(2);
    expect(docs[0]!.sentences.map((s) => s.tokens.length)).toEqual([8, 7]);
    expect(docs[0]!.sentences[0]!.tags.slice(0, 2)).toEqual(["B-PER", "I-PER"]);
  });

  it("reads two-column files and files without document markers", () => {
    expect(parseConll("Oslo B-LOC\nwins O\n")).toEqual([
      { sentences: [{ tokens: ["Oslo", "wins"], tags: ["B-LOC", "O"] }] },
    ]);
  });

  it("rejects unknown tags with the line number", () => {
    expect(() => parseConll("Oslo O\nwins B-XYZ\n")).toThrow(/line 2/);
  });
});

describe("spansFromIob", () => {
  it("reads IOB2 and IOB1 alike", () => {
    expect(spansFromIob(["B-PER", "I-PER", "O", "I-LOC", "I-LOC", "B-LOC"])).toEqual([
      { start: 0, end: 2, type: "PER" },
      { start: 3, end: 5, type: "LOC" },
      { start: 5, end: 6, type: "LOC" },
    ]);
  });

  it("starts a new span when the type changes inside a run", () => {
    expect(spansFromIob(["I-ORG", "I-PER"])).toEqual([
      { start: 0, end: 1, type: "ORG" },
      { start: 1, end: 2, type: "PER" },
    ]);
  });
});

describe("documentText", () => {
  it("joins a document's tokens with single spaces and maps spans across sentences", () => {
    const doc = documentText(parseConll(fixture)[0]!);
    expect(doc.text).toBe(
      "Anna Lindqvist joined Northwind Ferries in Tallinn . Lindqvist said the Baltic route pays .",
    );
    const slice = (s: { start: number; end: number }) =>
      doc.text.slice(doc.starts[s.start], doc.starts[s.end - 1]! + doc.tokens[s.end - 1]!.length);
    expect(doc.spans.map((s) => [slice(s), s.type])).toEqual([
      ["Anna Lindqvist", "PER"],
      ["Northwind Ferries", "ORG"],
      ["Tallinn", "LOC"],
      ["Lindqvist", "PER"],
      ["Baltic", "MISC"],
    ]);
  });
});
