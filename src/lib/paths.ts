/** Every in-app href is built here; links and e2e tests both use it. */
export const paths = {
  /** The list; `search` is an already-serialised query string without `?` (see features/articles/search-params). */
  home: (search = "") => (search === "" ? "/" : `/?${search}`),
  article: (slug: string, search = "") => `/articles/${encodeURIComponent(slug)}${search ? `?${search}` : ""}`,
  /** Entity ids (`person:vladimir-putin`) keep their colon: it is valid in a path segment. */
  entity: (id: string) => `/entities/${id}`,
  entities: (search = "") => (search === "" ? "/entities" : `/entities?${search}`),
  /** The bundled JSON, served as static files. */
  data: (file: string) => `/data/${file}`,
  topic: (id: string) => `/topics/${id}`,
} as const;
