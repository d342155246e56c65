import type { Article, ArticleIndex, ArticleSummary } from "../../src/schema/article";
import type { ArticleEntity, BundleEntity, EntityTable } from "../../src/schema/entity";
import type { ParsedArticle } from "../parse/parsed-article";
import type { DocumentEntities } from "../entities/document-entities";
import { resolveCollection, type CollectionKnowledge } from "../entities/resolve-collection";
import { assignSlugs, slugRequest } from "./assign-slugs";
import type { AssignedTopics } from "../topics/classify";
import { articleEntities, buildArticle, salientEntities } from "./build-article";
import { buildEntityDetails } from "./entity-details";
import type { EntityDetail } from "../../src/schema/entity-detail";
import { buildListFiles, type ListFiles } from "./list-files";
import { searchDocuments, serialiseSearchIndex } from "./search-index";
import type { SearchDocument } from "../../src/schema/search-index";

export interface SourceArticle {
  sourcePath: string;
  parsed: ParsedArticle;
  entities: DocumentEntities;
  classify: () => AssignedTopics;
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
  /** What decides identities and types across the collection besides the articles (the knowledge bases). */
  entities?: CollectionKnowledge;
  /**
   * Every article's slug by sourcePath, from `assignSlugs` (the ingest passes last run's slugs to it, so URLs stay
   * put). Without it, slugs are assigned here as for a first run, and a slug collision throws.
   */
  slugs?: ReadonlyMap<string, string>;
}

/** Every article of the collection to the published bundle: unique slugs, shared entity ids, index, entity table. */
export function buildBundle(
  sources: readonly SourceArticle[],
  knowledge: EntityKnowledge = new Map(),
  options: BundleOptions = {},
): Bundle {
  const ordered = [...sources].sort((a, b) => a.sourcePath.localeCompare(b.sourcePath));
  const reconciled = resolveEntities(ordered, options.entities);
  const slugs = options.slugs ?? firstRunSlugs(ordered);

  const articles = ordered
    .map((source, i) => {
      const slug = slugs.get(source.sourcePath);
      if (slug === undefined) throw new Error(`${source.sourcePath}: no slug assigned`);
      return buildArticle({ ...source, slug, entities: reconciled[i] ?? source.entities });
    })
    .sort(newestFirst);

  const entities = bundleEntities(
    articles.map((a) => a.entities),
    knowledge,
    options.entities,
  );
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

function firstRunSlugs(sources: readonly SourceArticle[]): ReadonlyMap<string, string> {
  const assigned = assignSlugs(
    sources.map(({ sourcePath, parsed }) => slugRequest(sourcePath, parsed)),
    new Map(),
  );
  if (!assigned.ok) throw new Error(assigned.problems.join("\n"));
  return assigned.slugs;
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

/**
 * The collection's entity table alone, without building articles, search index or list files: what
 * `npm run entities:report` reads. The same entities, in the same order, as `buildBundle` publishes.
 */
export function collectionEntityTable(
  sources: readonly Pick<SourceArticle, "sourcePath" | "parsed" | "entities">[],
  knowledge: EntityKnowledge = new Map(),
  options: Pick<BundleOptions, "entities"> = {},
): BundleEntity[] {
  const ordered = [...sources].sort((a, b) => a.sourcePath.localeCompare(b.sourcePath));
  const reconciled = resolveEntities(ordered, options.entities);
  return bundleEntities(
    ordered.map((source, i) => {
      const found = reconciled[i] ?? source.entities;
      const blocks = source.parsed.blocks.map((block, index) => ({
        text: block.text,
        mentions: found.mentions.filter((m) => m.block === index),
      }));
      return articleEntities(source.parsed.title, blocks, found);
    }),
    knowledge,
    options.entities,
  );
}

function resolveEntities(
  ordered: readonly Pick<SourceArticle, "parsed" | "entities">[],
  knowledge: CollectionKnowledge | undefined,
) {
  return resolveCollection(
    ordered.map((s) => ({ blocks: s.parsed.blocks.map((b) => b.text), entities: s.entities })),
    knowledge,
  );
}

function bundleEntities(
  perArticle: readonly ArticleEntity[][],
  knowledge: EntityKnowledge,
  collection: CollectionKnowledge | undefined,
): BundleEntity[] {
  const table = new Map<string, BundleEntity>();
  const countries = new Map<string, string>();
  for (const found of perArticle) {
    for (const e of found) {
      if (table.has(e.id)) {
        const row = table.get(e.id)!;
        row.mentionCount += e.mentionCount;
        row.articleCount += 1;
        continue;
      }
      const described = collection?.describe?.(e);
      if (described?.country) countries.set(e.id, described.country);
      const curated = knowledge.get(e.id);
      table.set(e.id, {
        id: e.id,
        name: e.name,
        type: e.type,
        mentionCount: e.mentionCount,
        articleCount: 1,
        description: curated?.description ?? described?.description ?? null,
        wikidata: curated?.wikidata ?? null,
      });
    }
  }
  // A country is linked only when the collection has it, so the link always leads to a page.
  for (const [id, countryId] of countries) {
    const country = table.get(countryId);
    if (country && countryId !== id)
      table.get(id)!.country = { id: country.id, name: country.name, type: country.type };
  }
  return [...table.values()].sort(
    (a, b) => b.articleCount - a.articleCount || b.mentionCount - a.mentionCount || a.id.localeCompare(b.id),
  );
}
