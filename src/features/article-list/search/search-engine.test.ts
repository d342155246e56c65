import MiniSearch from "minisearch";
import { describe, expect, it } from "vitest";
import { SEARCH_INDEX_OPTIONS, type SearchDocument } from "../../../schema/search-index";
import { parseQuery } from "./parse-query";
import { SearchEngine } from "./search-engine";
import { createTermMatcher, textQueryOf, withinOneEdit } from "./text-query";
import { hasPhrase, searchSnippet } from "./match-ranges";

const docs: SearchDocument[] = [
  { id: 0, title: "Grain deal collapses", text: "The Black Sea grain deal ended as Russia withdrew." },
  { id: 1, title: "Elections in Portugal", text: "Voters chose a new parliament; the deal between parties held." },
  { id: 2, title: "Harvest report", text: "Grain prices rose. A deal was struck on wheat exports from the sea ports." },
];

function engine() {
  const index = new MiniSearch<SearchDocument>(SEARCH_INDEX_OPTIONS);
  index.addAll(docs);
  return SearchEngine.fromJSON(JSON.stringify(index));
}

const search = (q: string) => {
  const query = textQueryOf(parseQuery(q));
  return query ? engine().search(query).ids : null;
};

describe("SearchEngine", () => {
  it("requires every word, ranks headline matches first", () => {
    expect(search("grain deal")).toEqual([0, 2]);
  });
  it("matches prefixes and one typo", () => {
    expect(search("elect")).toEqual([1]);
    expect(search("parliment")).toEqual([1]);
  });
  it("excludes words and phrases", () => {
    expect(search("deal -russia")?.sort()).toEqual([1, 2]);
    expect(search('deal -"black sea"')?.sort()).toEqual([1, 2]);
    expect(search("-grain")).toEqual([1]);
  });
  it("matches a phrase's words exactly (adjacency is checked on the text: hasPhrase)", () => {
    expect(search('"grain deal"')?.sort()).toEqual([0, 2]);
    expect(docs.filter((d) => hasPhrase(`${d.title}\n${d.text}`, ["grain", "deal"])).map((d) => d.id)).toEqual([0]);
  });
  it("has nothing to search for in stop words alone", () => {
    expect(search("the of")).toBeNull();
  });
});

describe("highlighting", () => {
  it("marks the words the query matched, as the index matched them", () => {
    const matcher = createTermMatcher({ words: ["elect", "parliment"], phrases: [] });
    const snippet = searchSnippet(["Nothing here.", "Voters elected a new parliament today."], matcher);
    expect(snippet?.text).toBe("Voters elected a new parliament today.");
    expect(snippet?.ranges.map((r) => snippet.text.slice(r.start, r.end))).toEqual(["elected", "parliament"]);
  });
  it("cuts long paragraphs around the first match, at word boundaries", () => {
    const long = `${"word ".repeat(60)}target ${"tail ".repeat(60)}`.trim();
    const snippet = searchSnippet([long], (t) => t === "target", 40);
    expect(snippet?.text.startsWith("…word")).toBe(true);
    expect(snippet?.text.endsWith("tail…")).toBe(true);
    const [range] = snippet?.ranges ?? [];
    expect(range && snippet?.text.slice(range.start, range.end)).toBe("target");
  });
  it("knows one edit from two", () => {
    expect(withinOneEdit("parliament", "parliment")).toBe(true);
    expect(withinOneEdit("cat", "cut")).toBe(true);
    expect(withinOneEdit("cat", "dog")).toBe(false);
  });
});
