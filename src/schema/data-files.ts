/**
 * Where each generated JSON file lives, relative to the data root (`/data` when served). The pipeline writes
 * these paths and the app fetches them, so they are part of the data format (docs/data-format.md).
 */
export const DATA_FILES = {
  index: "index.json",
  entities: "entities.json",
  article: (slug: string) => `articles/${slug}.json`,
  /** Entity ids contain `:` (`person:vladimir-putin`), which is kept: it is valid in URLs and POSIX file names. */
  entity: (id: string) => `entities/${id}.json`,
} as const;
