import type { Article, ArticleSummary } from "../../src/schema/article";
import type { BundleEntity, EntityRef } from "../../src/schema/entity";
import type { Catalog, CatalogRow, FacetCounts, ListHead, SummaryPage } from "../../src/schema/list";
import { TOPIC_IDS, type TopicId } from "../../src/schema/topics";

/** About three phone screens of cards: what the first paint of `/` can show (each card is also hydration work). */
export const HEAD_SIZE = 12;
export const SUMMARY_PAGE_SIZE = 100;
const FACET_ENTITIES = 12;
const FACET_SOURCES = 12;

export interface ListFiles {
  head: ListHead;
  catalog: Catalog;
  summaryPages: SummaryPage[];
}

/**
 * The list's split data (src/schema/list.ts) from the newest-first index and the articles. An entity enters the
 * catalog only when two or more articles mention it: a facet or filter of one article says little, and the
 * long tail of one-off names would otherwise be most of the file (filters by such an entity use its detail file).
 */
export function buildListFiles(
  summaries: readonly ArticleSummary[],
  articles: ReadonlyMap<string, Article>,
  entities: readonly BundleEntity[],
): ListFiles {
  const shared = entities.filter((e) => e.articleCount >= 2 && e.type !== "date");
  const entityIndex = new Map<string, number>();
  const table: EntityRef[] = [];
  const ref = (e: EntityRef) => {
    let at = entityIndex.get(e.id);
    if (at === undefined) {
      at = table.length;
      entityIndex.set(e.id, at);
      table.push({ id: e.id, name: e.name, type: e.type });
    }
    return at;
  };
  for (const e of shared) ref(e);

  const sourceCounts = new Map<string, number>();
  for (const s of summaries) if (s.source) sourceCounts.set(s.source, (sourceCounts.get(s.source) ?? 0) + 1);
  const sources = [...sourceCounts.keys()].sort((a, b) => a.localeCompare(b));
  const sourceIndex = new Map(sources.map((name, i) => [name, i]));

  const rows: CatalogRow[] = summaries.map((s) => {
    const keyIds = s.entities.map(ref);
    const keySet = new Set(keyIds);
    const others = (articles.get(s.slug)?.entities ?? [])
      .map((e) => entityIndex.get(e.id))
      .filter((i): i is number => i !== undefined && !keySet.has(i));
    return {
      slug: s.slug,
      title: s.title,
      date: s.date,
      source: s.source === null ? null : (sourceIndex.get(s.source) ?? null),
      topics: s.topics,
      readingMinutes: s.readingMinutes,
      entities: [...keyIds, ...others],
      key: keyIds.length,
    };
  });

  const summaryPages: SummaryPage[] = [];
  for (let at = 0; at < summaries.length; at += SUMMARY_PAGE_SIZE) {
    summaryPages.push({ version: 1, summaries: summaries.slice(at, at + SUMMARY_PAGE_SIZE).map((s) => s.summary) });
  }

  return {
    head: {
      version: 1,
      total: summaries.length,
      articles: summaries.slice(0, HEAD_SIZE),
      facets: collectionFacets(rows, table, sources),
    },
    catalog: { version: 1, summaryPageSize: SUMMARY_PAGE_SIZE, sources, entities: table, articles: rows },
    summaryPages,
  };
}

/** The facet counts of the whole collection, as the unfiltered list shows them. */
function collectionFacets(rows: readonly CatalogRow[], entities: readonly EntityRef[], sources: readonly string[]) {
  const topics = new Map<TopicId, number>();
  const sourceCounts = new Map<number, number>();
  const entityCounts = new Map<number, number>();
  const years = new Map<number, number>();
  for (const row of rows) {
    for (const t of row.topics) topics.set(t, (topics.get(t) ?? 0) + 1);
    if (row.source !== null) sourceCounts.set(row.source, (sourceCounts.get(row.source) ?? 0) + 1);
    for (const e of row.entities) entityCounts.set(e, (entityCounts.get(e) ?? 0) + 1);
    if (row.date) {
      const year = Number(row.date.slice(0, 4));
      years.set(year, (years.get(year) ?? 0) + 1);
    }
  }
  // Ties go to the lower index, as the list's own counts do (src/features/articles/search/select-results.ts).
  const byCount = (counts: Map<number, number>) => [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const facets: FacetCounts = {
    topics: TOPIC_IDS.filter((id) => topics.has(id)).map((id) => ({ id, count: topics.get(id) ?? 0 })),
    sources: byCount(sourceCounts)
      .slice(0, FACET_SOURCES)
      .map(([i, count]) => ({ name: sources[i] ?? "", count })),
    entities: byCount(entityCounts)
      .filter(([i]) => entities[i] !== undefined)
      .slice(0, FACET_ENTITIES)
      .map(([i, count]) => ({ entity: entities[i] as EntityRef, count })),
    years: [...years].sort((a, b) => a[0] - b[0]).map(([year, count]) => ({ year, count })),
  };
  return facets;
}
