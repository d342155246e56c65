import type { EntityRef, EntityType } from "../../schema/entity";
import { GRAPH_ENTITY_TYPES, type GraphEntityType, type GraphSearch } from "./search-params";

/** What the graph needs of an article: its key entities (see graphArticles for the catalog's). */
export interface GraphArticle {
  slug: string;
  entities: readonly EntityRef[];
}

/** One entity of the graph: how many of the given articles have it among their key entities. */
export interface GraphNode extends EntityRef {
  articleCount: number;
}

/** Two entities that are key entities of the same articles; `source` sorts before `target`. */
export interface GraphEdge {
  source: string;
  target: string;
  /** How many articles they share. */
  count: number;
}

export interface EntityGraph {
  /** Most articles first. */
  nodes: GraphNode[];
  /** Most shared articles first. */
  edges: GraphEdge[];
  /** How many entities of the chosen types the articles have in all, before the limit. */
  total: number;
}

export const DEFAULT_NODE_LIMIT = 40;

// Code-unit order rather than localeCompare: the prerender (Node) and the browser must agree exactly.
const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const byArticles = (a: GraphNode, b: GraphNode) =>
  b.articleCount - a.articleCount || compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.id, b.id);

/** Each entity once, with the number of articles featuring it, most featured first. */
export function countEntities(articles: readonly GraphArticle[]): GraphNode[] {
  const counts = new Map<string, GraphNode>();
  for (const article of articles) {
    for (const entity of new Map(article.entities.map((e) => [e.id, e])).values()) {
      const node = counts.get(entity.id) ?? { id: entity.id, name: entity.name, type: entity.type, articleCount: 0 };
      node.articleCount += 1;
      counts.set(entity.id, node);
    }
  }
  return [...counts.values()].sort(byArticles);
}

export interface TypeCount {
  type: GraphEntityType;
  /** Distinct entities of that type. */
  count: number;
}

/** The types present among the articles' key entities, with counts; a selected type is kept even at zero. */
export function countEntityTypes(
  articles: readonly GraphArticle[],
  selected: readonly GraphEntityType[] = [],
): TypeCount[] {
  const counts = new Map<EntityType, number>(selected.map((t) => [t, 0]));
  for (const node of countEntities(articles)) counts.set(node.type, (counts.get(node.type) ?? 0) + 1);
  return GRAPH_ENTITY_TYPES.filter((type) => counts.has(type)).map((type) => ({ type, count: counts.get(type) ?? 0 }));
}

export interface GraphOptions {
  /** Entity types to keep; empty = all. */
  types?: readonly EntityType[];
  /** How many entities at most, the most featured first. */
  limit?: number;
}

/**
 * The co-occurrence graph of the articles' key entities: the `limit` most featured entities of the chosen types,
 * linked when they are key entities of the same article (the edge counts those articles).
 */
export function buildEntityGraph(
  articles: readonly GraphArticle[],
  { types = [], limit = DEFAULT_NODE_LIMIT }: GraphOptions = {},
): EntityGraph {
  const candidates = countEntities(articles).filter((node) => types.length === 0 || types.includes(node.type));
  const nodes = candidates.slice(0, Math.max(0, limit));
  const kept = new Set(nodes.map((node) => node.id));
  const edges = new Map<string, GraphEdge>();
  for (const article of articles) {
    const ids = [...new Set(article.entities.map((e) => e.id))].filter((id) => kept.has(id)).sort(compareText);
    ids.forEach((source, i) => {
      for (const target of ids.slice(i + 1)) {
        const key = `${source} ${target}`;
        const edge = edges.get(key) ?? { source, target, count: 0 };
        edge.count += 1;
        edges.set(key, edge);
      }
    });
  }
  const sortedEdges = [...edges.values()].sort(
    (a, b) => b.count - a.count || compareText(a.source, b.source) || compareText(a.target, b.target),
  );
  return { nodes, edges: sortedEdges, total: candidates.length };
}

export interface Connection {
  node: GraphNode;
  count: number;
}

/** For each node, its neighbours in the graph, most shared articles first (then as the nodes are ordered). */
export function connectionsOf(graph: EntityGraph): Map<string, Connection[]> {
  const byId = new Map(graph.nodes.map((node) => [node.id, node]));
  const rank = new Map(graph.nodes.map((node, i) => [node.id, i]));
  const connections = new Map<string, Connection[]>(graph.nodes.map((node) => [node.id, []]));
  for (const edge of graph.edges) {
    const source = byId.get(edge.source);
    const target = byId.get(edge.target);
    if (!source || !target) continue;
    connections.get(source.id)?.push({ node: target, count: edge.count });
    connections.get(target.id)?.push({ node: source, count: edge.count });
  }
  for (const list of connections.values()) {
    list.sort((a, b) => b.count - a.count || (rank.get(a.node.id) ?? 0) - (rank.get(b.node.id) ?? 0));
  }
  return connections;
}

/** Everything the page draws for one view: small enough to embed in a prerendered page. */
export interface GraphView {
  graph: EntityGraph;
  typeCounts: TypeCount[];
  /** How many articles the graph was drawn from. */
  articleCount: number;
}

/** The graph of the articles for the view's types, with the type filter's counts. */
export function graphView(articles: readonly GraphArticle[], search: GraphSearch): GraphView {
  return {
    graph: buildEntityGraph(articles, { types: search.types }),
    typeCounts: countEntityTypes(articles, search.types),
    articleCount: articles.length,
  };
}
