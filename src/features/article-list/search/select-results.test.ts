import { describe, expect, it } from "vitest";
import type { Catalog, CatalogRow } from "../../../schema/list";
import { DEFAULT_LIST_SEARCH, type ListSearch } from "../search-params";
import { parseQuery } from "./parse-query";
import { selectResults } from "./select-results";

const row = (
  slug: string,
  date: string | null,
  topics: CatalogRow["topics"],
  source: number | null,
  entities: number[] = [],
) => ({
  slug,
  title: slug,
  date,
  source,
  topics,
  readingMinutes: 3,
  entities,
  key: entities.length,
});

// Newest first, undated last, as the pipeline writes it.
const catalog: Catalog = {
  version: 1,
  summaryPageSize: 100,
  sources: ["Daily Ledger", "The Courier"],
  entities: [
    { id: "person:ada-lovelace", name: "Ada Lovelace", type: "person" },
    { id: "place:paris", name: "Paris", type: "place" },
  ],
  articles: [
    row("a", "2025-03-10", ["sport"], 0, [1]),
    row("b", "2024-11-02", ["politics", "sport"], 1, [0, 1]),
    row("c", "2024-01-15", ["politics"], 0, [0]),
    row("d", "2023-06-30", ["science-technology"], null),
    row("e", null, ["politics"], 1),
  ],
};

const select = (search: Partial<ListSearch>, hits: { ids: number[]; scores: number[] } | null = null) => {
  const full = { ...DEFAULT_LIST_SEARCH, ...search };
  return selectResults({ catalog, search: full, parsed: parseQuery(full.q), hits });
};
const slugs = (ids: number[]) => ids.map((id) => catalog.articles[id]?.slug);

describe("selectResults", () => {
  it("lists everything newest first when nothing is chosen", () => {
    const result = select({});
    expect(slugs(result.ids)).toEqual(["a", "b", "c", "d", "e"]);
    expect(result.sort).toBe("newest");
  });

  it("ORs topics, ANDs them with sources, and counts each facet without its own choice", () => {
    const result = select({ topics: ["sport", "science-technology"], sources: ["Daily Ledger"] });
    expect(slugs(result.ids)).toEqual(["a"]);
    // Topic counts follow the source choice but not the topic choice.
    expect(result.facets.topics).toEqual([
      { id: "politics", count: 1 },
      { id: "science-technology", count: 0 },
      { id: "sport", count: 1 },
    ]);
    // Source counts follow the topic choice but not the source choice.
    expect(result.facets.sources).toEqual([
      { name: "Daily Ledger", count: 1 },
      { name: "The Courier", count: 1 },
    ]);
  });

  it("ranks by relevance when there is a query, and sorts by date on request", () => {
    const hits = { ids: [2, 0, 3], scores: [9, 5, 1] };
    expect(slugs(select({ q: "ada" }, hits).ids)).toEqual(["c", "a", "d"]);
    expect(slugs(select({ q: "ada", sort: "oldest" }, hits).ids)).toEqual(["d", "c", "a"]);
    expect(slugs(select({ q: "ada", sort: "newest" }, hits).ids)).toEqual(["a", "c", "d"]);
    // Relevance without a query means nothing: newest it is.
    expect(select({ sort: "relevance" }).sort).toBe("newest");
  });

  it("puts undated articles last when sorting oldest first", () => {
    expect(slugs(select({ sort: "oldest" }).ids)).toEqual(["d", "c", "b", "a", "e"]);
  });

  it("applies topic:, entity:, source:, after: and before: from the query", () => {
    expect(slugs(select({ q: "topic:pol" }).ids)).toEqual(["b", "c", "e"]);
    expect(slugs(select({ q: "entity:lovelace" }).ids)).toEqual(["b", "c"]);
    expect(slugs(select({ q: 'entity:"Ada Lovelace" source:"the courier"' }).ids)).toEqual(["b"]);
    expect(slugs(select({ q: "after:2024 before:2025" }).ids)).toEqual(["b", "c"]);
    expect(slugs(select({ q: "after:2024-11-02" }).ids)).toEqual(["a", "b"]);
  });

  it("says so when a field value matches nothing, and matches nothing", () => {
    const result = select({ q: "entity:nobody topic:gossip" });
    expect(result.ids).toEqual([]);
    expect(result.problems).toEqual([expect.stringContaining("gossip"), expect.stringContaining("nobody")]);
  });

  it("filters by an inclusive date range and counts years without it", () => {
    const result = select({ from: "2024-01-15", to: "2024-11-02" });
    expect(slugs(result.ids)).toEqual(["b", "c"]);
    expect(result.facets.years).toEqual([
      { year: 2023, count: 1 },
      { year: 2024, count: 2 },
      { year: 2025, count: 1 },
    ]);
  });

  it("counts entities over the results", () => {
    expect(select({ topics: ["politics"] }).facets.entities).toEqual([
      { entity: catalog.entities[0], count: 2 },
      { entity: catalog.entities[1], count: 1 },
    ]);
  });
});

describe("the URL's entity filter", () => {
  it("uses the catalog for the entities it lists, and the detail files for the rest", () => {
    const search = { ...DEFAULT_LIST_SEARCH, entities: ["person:ada-lovelace", "place:nowhere"] };
    // The detail file of Ada Lovelace lists only one of her articles (they are capped); the catalog has both.
    const mentioning = new Map([
      ["person:ada-lovelace", new Set(["c"])],
      ["place:nowhere", new Set(["b", "c"])],
    ]);
    const result = selectResults({ catalog, search, parsed: parseQuery(""), hits: null, mentioning });
    expect(slugs(result.ids)).toEqual(["b", "c"]);
  });
});
