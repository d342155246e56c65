import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EntityRef } from "../../schema/entity";
import { buildEntityGraph, connectionsOf, countEntityTypes, graphView, type GraphArticle } from "./build-graph";
import { GRAPH_ENTITY_TYPES } from "./search-params";

const putin: EntityRef = { id: "person:vladimir-putin", name: "Vladimir Putin", type: "person" };
const russia: EntityRef = { id: "place:russia", name: "Russia", type: "place" };
const kremlin: EntityRef = { id: "organization:kremlin", name: "Kremlin", type: "organization" };
const nato: EntityRef = { id: "organization:nato", name: "NATO", type: "organization" };
const russians: EntityRef = { id: "group:russian", name: "Russian", type: "group" };

const article = (slug: string, entities: EntityRef[]): GraphArticle => ({ slug, entities });

const articles = [
  article("a", [putin, russia, kremlin]),
  article("b", [putin, russia]),
  article("c", [nato, russia]),
  article("d", [russians]),
];

// A small pool, so that articles share entities often.
const entityArb = fc
  .record({
    id: fc.constantFrom("a", "b", "c", "d", "e", "f", "g"),
    type: fc.constantFrom(...GRAPH_ENTITY_TYPES),
  })
  .map(({ id, type }): EntityRef => ({ id: `${type}:${id}`, name: id.toUpperCase(), type }));
const articlesArb = fc
  .array(fc.array(entityArb, { maxLength: 5 }), { maxLength: 12 })
  .map((lists) => lists.map((entities, i) => article(`a${i}`, entities)));

describe("buildEntityGraph", () => {
  it("counts articles per entity and links entities that share articles", () => {
    const graph = buildEntityGraph(articles);
    expect(graph.nodes.map((n) => [n.name, n.articleCount])).toEqual([
      ["Russia", 3],
      ["Vladimir Putin", 2],
      ["Kremlin", 1],
      ["NATO", 1],
      ["Russian", 1],
    ]);
    expect(graph.edges).toEqual([
      { source: "person:vladimir-putin", target: "place:russia", count: 2 },
      { source: "organization:kremlin", target: "person:vladimir-putin", count: 1 },
      { source: "organization:kremlin", target: "place:russia", count: 1 },
      { source: "organization:nato", target: "place:russia", count: 1 },
    ]);
  });

  it("keeps only the chosen types, and only edges between kept entities", () => {
    const graph = buildEntityGraph(articles, { types: ["place", "organization"] });
    expect(graph.nodes.map((n) => n.id)).toEqual(["place:russia", "organization:kremlin", "organization:nato"]);
    expect(graph.edges.map((e) => [e.source, e.target])).toEqual([
      ["organization:kremlin", "place:russia"],
      ["organization:nato", "place:russia"],
    ]);
  });

  it("keeps the most featured entities up to the limit", () => {
    expect(buildEntityGraph(articles, { limit: 2 }).nodes.map((n) => n.name)).toEqual(["Russia", "Vladimir Putin"]);
    expect(buildEntityGraph(articles, { limit: 2 }).total).toBe(5);
    expect(buildEntityGraph(articles, { limit: 0 })).toEqual({ nodes: [], edges: [], total: 5 });
    expect(buildEntityGraph([])).toEqual({ nodes: [], edges: [], total: 0 });
  });

  it("holds for any collection: true counts, the top entities, consistent edges", () => {
    fc.assert(
      fc.property(
        articlesArb,
        fc.subarray([...GRAPH_ENTITY_TYPES]),
        fc.integer({ min: 0, max: 10 }),
        (list, types, limit) => {
          const graph = buildEntityGraph(list, { types, limit });
          const featuring = (id: string) => list.filter((a) => a.entities.some((e) => e.id === id)).length;
          const kept = new Set(graph.nodes.map((n) => n.id));
          expect(graph.nodes.length).toBe(Math.min(limit, graph.total));
          expect(kept.size).toBe(graph.nodes.length);
          for (const node of graph.nodes) {
            expect(node.articleCount).toBe(featuring(node.id));
            if (types.length > 0) expect(types).toContain(node.type);
          }
          // Nothing left out is featured more than anything kept.
          const least = Math.min(...graph.nodes.map((n) => n.articleCount));
          for (const e of list.flatMap((a) => a.entities)) {
            if (!kept.has(e.id) && (types.length === 0 || types.includes(e.type as never))) {
              expect(featuring(e.id)).toBeLessThanOrEqual(least);
            }
          }
          for (const edge of graph.edges) {
            expect(edge.source < edge.target).toBe(true);
            expect(kept.has(edge.source) && kept.has(edge.target)).toBe(true);
            const shared = list.filter(
              (a) => a.entities.some((e) => e.id === edge.source) && a.entities.some((e) => e.id === edge.target),
            ).length;
            expect(edge.count).toBe(shared);
          }
          // Every pair of kept entities sharing an article has an edge.
          const pairs = new Set(graph.edges.map((e) => `${e.source} ${e.target}`));
          for (const a of list) {
            const ids = [...new Set(a.entities.map((e) => e.id))].filter((id) => kept.has(id)).sort();
            for (let i = 0; i < ids.length; i++)
              for (let j = i + 1; j < ids.length; j++) expect(pairs.has(`${ids[i]} ${ids[j]}`)).toBe(true);
          }
        },
      ),
    );
  });

  it("is deterministic whatever the order of the articles", () => {
    fc.assert(
      fc.property(articlesArb, (list) => {
        expect(buildEntityGraph([...list].reverse())).toEqual(buildEntityGraph(list));
      }),
    );
  });
});

describe("connectionsOf", () => {
  it("lists each node's neighbours, most shared articles first", () => {
    const connections = connectionsOf(buildEntityGraph(articles));
    expect(connections.get("place:russia")?.map((c) => [c.node.name, c.count])).toEqual([
      ["Vladimir Putin", 2],
      ["Kremlin", 1],
      ["NATO", 1],
    ]);
    expect(connections.get("group:russian")).toEqual([]);
  });
});

describe("countEntityTypes", () => {
  it("counts distinct entities per type, in a fixed type order, keeping selected types at zero", () => {
    expect(countEntityTypes(articles.slice(0, 2))).toEqual([
      { type: "person", count: 1 },
      { type: "organization", count: 1 },
      { type: "place", count: 1 },
    ]);
    expect(countEntityTypes(articles.slice(0, 2), ["group"])).toContainEqual({ type: "group", count: 0 });
  });
});

describe("graphView", () => {
  it("is the graph for the chosen types, the type counts and the number of articles", () => {
    const view = graphView(articles, { types: ["place"] });
    expect(view.graph).toEqual(buildEntityGraph(articles, { types: ["place"] }));
    expect(view.typeCounts).toEqual(countEntityTypes(articles, ["place"]));
    expect(view.articleCount).toBe(4);
  });

  it("survives a JSON round trip unchanged, as a prerendered page embeds it", () => {
    fc.assert(
      fc.property(articlesArb, (list) => {
        const view = graphView(list, { types: [] });
        expect(JSON.parse(JSON.stringify(view))).toEqual(view);
      }),
    );
  });
});
