import { describe, expect, it } from "vitest";
import type { EntityRef } from "../../schema/entity";
import type { Catalog, CatalogRow } from "../../schema/list";
import { graphArticles } from "./graph-articles";

const putin: EntityRef = { id: "person:vladimir-putin", name: "Vladimir Putin", type: "person" };
const russia: EntityRef = { id: "place:russia", name: "Russia", type: "place" };
const kremlin: EntityRef = { id: "organization:kremlin", name: "Kremlin", type: "organization" };

const row = (slug: string, entities: number[], key: number): CatalogRow => ({
  slug,
  title: slug,
  date: null,
  source: null,
  topics: [],
  readingMinutes: 1,
  entities,
  key,
});

const catalog: Catalog = {
  version: 1,
  summaryPageSize: 50,
  sources: [],
  entities: [putin, russia, kremlin],
  articles: [row("a", [0, 1, 2], 2), row("b", [2, 0], 0), row("c", [1], 1)],
};

describe("graphArticles", () => {
  it("keeps each chosen row's key entities only, in the order asked", () => {
    expect(graphArticles(catalog, [2, 0, 1])).toEqual([
      { slug: "c", entities: [russia] },
      { slug: "a", entities: [putin, russia] },
      { slug: "b", entities: [] },
    ]);
  });

  it("skips positions and entity indexes the catalog does not have", () => {
    const broken: Catalog = { ...catalog, articles: [row("x", [0, 9], 2)] };
    expect(graphArticles(broken, [0, 5])).toEqual([{ slug: "x", entities: [putin] }]);
  });
});
