import { paths } from "../../src/lib/paths";
import type { ArticleIndex } from "../../src/schema/article";
import type { EntityTable } from "../../src/schema/entity";

/**
 * A page the build prerenders. Which data files it is made from is not listed here: the renderer records what each
 * page reads (src/lib/data-reads.ts) and the build manifest keeps it.
 */
export interface SitePage {
  path: string;
  /** Which route renders it (`article`, `entity`, …). */
  route: PageKind["kind"];
  /** The article whose preview image the page shows when that article has one of its own. */
  previewOf?: string;
}

export type PageKind =
  | { kind: "home" }
  | { kind: "entities" }
  | { kind: "topic"; id: string }
  | { kind: "article"; slug: string }
  | { kind: "entity"; id: string };

function pathOf(page: PageKind): string {
  switch (page.kind) {
    case "home":
      return paths.home();
    case "entities":
      return paths.entities();
    case "topic":
      return paths.topic(page.id);
    case "article":
      return paths.article(page.slug);
    case "entity":
      return paths.entity(page.id);
  }
}

/**
 * Entities named in fewer articles get no page of their own at build time: a large collection has tens of
 * thousands of them, mostly mentioned once. Their pages still work, rendered in the browser from the SPA fallback.
 */
export const DEFAULT_MIN_ENTITY_ARTICLES = 2;

export interface SitePagesInput {
  index: ArticleIndex;
  entities: EntityTable;
  minEntityArticles?: number;
}

/** Every page to prerender, from the full index and entity table. */
export function sitePages({
  index,
  entities,
  minEntityArticles = DEFAULT_MIN_ENTITY_ARTICLES,
}: SitePagesInput): SitePage[] {
  const topics = [...new Set(index.articles.flatMap((article) => article.topics))];
  const kinds: PageKind[] = [
    { kind: "home" },
    { kind: "entities" },
    ...index.articles.map((article): PageKind => ({ kind: "article", slug: article.slug })),
    ...entityPageIds(entities, minEntityArticles).map((id): PageKind => ({ kind: "entity", id })),
    // A page per IPTC topic the collection has (the publish step writes each one's feed beside it).
    ...topics.map((id): PageKind => ({ kind: "topic", id })),
  ];
  return kinds.map((page) => ({
    path: pathOf(page),
    route: page.kind,
    ...(page.kind === "article" ? { previewOf: page.slug } : {}),
  }));
}

/**
 * The entities with a prerendered page. At least one when there are any: React Router will not build a route with
 * a `loader` that has no prerendered page.
 */
function entityPageIds({ entities }: EntityTable, minArticles: number): string[] {
  const ids = entities.filter((entity) => entity.articleCount >= minArticles).map((entity) => entity.id);
  const [first] = entities;
  return ids.length === 0 && first ? [first.id] : ids;
}
