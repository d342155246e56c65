import type { Article, ArticleIndex, ArticleSummary } from "../../src/schema/article";
import type { BundleEntity, EntityTable } from "../../src/schema/entity";
import type { ParsedArticle } from "../parse/parsed-article";
import type { DocumentEntities } from "../entities/document-entities";
import { reconcileAcrossDocuments } from "../entities/reconcile";
import { slugOrHash } from "../text/slugify";
import type { TopicId } from "../../src/schema/topics";
import { buildArticle, salientEntities } from "./build-article";
import { buildEntityDetails } from "./entity-details";
import type { EntityDetail } from "../../src/schema/entity-detail";
import { buildListFiles, type ListFiles } from "./list-files";
import { searchDocuments, serialiseSearchIndex } from "./search-index";
import type { SearchDocument } from "../../src/schema/search-index";

export interface SourceArticle {
  sourcePath: string;
  parsed: ParsedArticle;
  entities: DocumentEntities;
  classify: () => TopicId[];
}

export interface Bundle {
  index: ArticleIndex;
  articles: Article[];
  entityTable: EntityTable;
  entityDetails: EntityDetail[];
  list: ListFiles;
  /** The MiniSearch index as the JSON text of its file (see src/schema/search-index.ts). */
  searchIndex: string;
}

/** What the curated knowledge base says about an entity id. */
export type EntityKnowledge = ReadonlyMap<string, { description?: string; wikidata?: string }>;

export interface BundleOptions {
  /**
   * Serialises the search index; the ingest passes one that reuses the previous run's file when the indexed text
   * is unchanged (pipeline/ingest/search-index-cache.ts), since building it is the largest cost of a rebuild.
   */
  searchIndex?: (documents: readonly SearchDocument[]) => string;
}

/** Every article of the collection to the published bundle: unique slugs, shared entity ids, index, entity table. */
export function buildBundle(
  sources: readonly SourceArticle[],
  knowledge: EntityKnowledge = new Map(),
  options: BundleOptions = {},
): Bundle {
  const ordered = [...sources].sort((a, b) => a.sourcePath.localeCompare(b.sourcePath));
  const reconciled = reconcileAcrossDocuments(ordered.map((s) => s.entities));
  const slugs = uniqueSlugs(ordered.map((s) => s.parsed.meta.slug ?? slugOrHash(s.parsed.title)));

  const articles = ordered
    .map((source, i) =>
      buildArticle({ ...source, slug: slugs[i] ?? "article", entities: reconciled[i] ?? source.entities }),
    )
    .sort(newestFirst);

  const entities = bundleEntities(articles, knowledge);
  const summaries = articles.map(toSummary);
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  return {
    index: { version: 1, articles: summaries },
    articles,
    entityTable: { version: 1, entities },
    entityDetails: buildEntityDetails(articles, entities),
    list: buildListFiles(summaries, bySlug, entities),
    searchIndex: (options.searchIndex ?? serialiseSearchIndex)(searchDocuments(summaries, bySlug)),
  };
}

function toSummary(article: Article): ArticleSummary {
  const { version: _version, url: _url, author: _author, blocks: _blocks, entities: _entities, ...meta } = article;
  return { ...meta, entities: salientEntities(article) };
}

function uniqueSlugs(wanted: string[]): string[] {
  const seen = new Map<string, number>();
  return wanted.map((slug) => {
    const n = (seen.get(slug) ?? 0) + 1;
    seen.set(slug, n);
    return n === 1 ? slug : `${slug}-${n}`;
  });
}

/** Newest first; undated articles after dated ones; ties by title so the order is stable. */
export function newestFirst(a: Pick<Article, "date" | "title">, b: Pick<Article, "date" | "title">): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    const diff = Date.parse(b.date) - Date.parse(a.date);
    if (diff !== 0) return diff;
  }
  return a.title.localeCompare(b.title);
}

function bundleEntities(articles: readonly Article[], knowledge: EntityKnowledge): BundleEntity[] {
  const table = new Map<string, BundleEntity>();
  for (const article of articles) {
    for (const e of article.entities) {
      const known = knowledge.get(e.id);
      const row = table.get(e.id) ?? {
        id: e.id,
        name: e.name,
        type: e.type,
        mentionCount: 0,
        articleCount: 0,
        description: known?.description ?? null,
        wikidata: known?.wikidata ?? null,
      };
      row.mentionCount += e.mentionCount;
      row.articleCount += 1;
      table.set(e.id, row);
    }
  }
  return [...table.values()].sort(
    (a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || a.id.localeCompare(b.id),
  );
}
