import { z } from "zod/mini";
import { articleSummarySchema } from "./article";
import { entityRefSchema } from "./entity";
import { topicIdSchema } from "./topics";

/*
 * The list's data, split so the first paint of `/` needs only what it shows (docs/decisions/014-split-list-data.md):
 * - the head: the newest few summaries and the collection-wide facet counts, embedded in the prerendered page;
 * - the catalog: one compact row per article (no summary, no body), loaded on the first interaction, enough to
 *   filter, sort, count facets and render a result row;
 * - summary pages: each article's summary, by its position in the catalog, loaded for the rows on screen;
 * - the search index, loaded on the first search interaction (features/search).
 */

const count = () => z.number().check(z.int(), z.nonnegative());

export const facetCountsSchema = z.object({
  topics: z.array(z.object({ id: topicIdSchema, count: count() })),
  sources: z.array(z.object({ name: z.string(), count: count() })),
  entities: z.array(z.object({ entity: entityRefSchema, count: count() })),
  /** Articles per year, oldest first; undated articles are not counted. */
  years: z.array(z.object({ year: z.number().check(z.int()), count: count() })),
});
export type FacetCounts = z.infer<typeof facetCountsSchema>;

export const listHeadSchema = z.object({
  version: z.literal(1),
  total: count(),
  /** The newest articles, as many as a first screen shows. */
  articles: z.array(articleSummarySchema),
  facets: facetCountsSchema,
});
export type ListHead = z.infer<typeof listHeadSchema>;

export const catalogRowSchema = z.object({
  slug: z.string(),
  title: z.string(),
  date: z.nullable(z.string()),
  /** Index into the catalog's `sources`. */
  source: z.nullable(count()),
  topics: z.array(topicIdSchema),
  readingMinutes: count(),
  /**
   * Indexes into the catalog's `entities`: the article's key entities first (`key` of them), then every other
   * entity it mentions that appears in at least two articles (enough to count and filter by).
   */
  entities: z.array(count()),
  key: count(),
});
export type CatalogRow = z.infer<typeof catalogRowSchema>;

export const catalogSchema = z.object({
  version: z.literal(1),
  /** How many summaries each summary page holds: row i's summary is in page floor(i / pageSize). */
  summaryPageSize: z.number().check(z.int(), z.positive()),
  sources: z.array(z.string()),
  entities: z.array(entityRefSchema),
  /** Newest first, the same order as the index; a row's position is its id in the search index. */
  articles: z.array(catalogRowSchema),
});
export type Catalog = z.infer<typeof catalogSchema>;

export const summaryPageSchema = z.object({
  version: z.literal(1),
  summaries: z.array(z.string()),
});
export type SummaryPage = z.infer<typeof summaryPageSchema>;
