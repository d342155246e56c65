import { describe, expect, it } from "vitest";
import type { EntityTable } from "../../src/schema/entity";
import { summary } from "../publish/test-articles";
import { sitePages } from "./site-pages";

const index = {
  version: 1 as const,
  articles: [
    summary({ slug: "match-report", topics: ["sport"] }),
    summary({ slug: "river-rises", topics: ["weather", "sport"] }),
  ],
};

function entity(id: string, articleCount: number): EntityTable["entities"][number] {
  return { id, name: id, type: "person", mentionCount: articleCount, articleCount, description: null, wikidata: null };
}

describe("sitePages", () => {
  it("lists the list, the entity map, every article, each topic and the entities in enough articles", () => {
    const entities: EntityTable = { version: 1, entities: [entity("person:ada", 2), entity("person:bob", 1)] };
    const pages = sitePages({ index, entities });
    expect(pages.map((page) => page.path)).toEqual([
      "/",
      "/entities",
      "/articles/match-report",
      "/articles/river-rises",
      "/entities/person:ada",
      "/topics/sport",
      "/topics/weather",
    ]);
    expect(pages.find((page) => page.path === "/articles/river-rises")).toEqual({
      path: "/articles/river-rises",
      route: "article",
      previewOf: "river-rises",
    });
    expect(sitePages({ index, entities, minEntityArticles: 1 }).map((page) => page.path)).toContain(
      "/entities/person:bob",
    );
  });

  it("keeps one entity page when none reaches the threshold (the route must have a prerendered page)", () => {
    const entities: EntityTable = { version: 1, entities: [entity("person:bob", 1), entity("person:cy", 1)] };
    const paths = sitePages({ index, entities }).map((page) => page.path);
    expect(paths.filter((path) => path.startsWith("/entities/"))).toEqual(["/entities/person:bob"]);
  });
});
