/**
 * Where each generated JSON file lives, relative to the data root (`/data` when served). The pipeline writes
 * these paths and the app fetches them, so they are part of the data format (docs/data-format.md).
 */
export const DATA_FILES = {
  /** Every article's summary: the build's source of truth for routes, feeds and the sitemap; the app reads it only on topic pages and the entity map. */
  index: "index.json",
  entities: "entities.json",
  article: (slug: string) => `articles/${slug}.json`,
  /** Entity ids contain `:` (`person:vladimir-putin`), which is kept: it is valid in URLs and POSIX file names. */
  entity: (id: string) => `entities/${id}.json`,
  /** The list's first screen and facet counts (src/schema/list.ts). */
  listHead: "list/head.json",
  /** One compact row per article, for filtering, sorting and facets. */
  catalog: "list/catalog.json",
  summaryPage: (page: number) => `list/summaries/${page}.json`,
  /** The full-text index (MiniSearch JSON); ids are catalog positions. */
  searchIndex: "search/index.json",
} as const;
