/**
 * Every href and every published file path is built here; the app, the publish step (feeds, sitemap, preview
 * images) and the e2e tests all use it. It imports nothing, so any layer may.
 */
export const paths = {
  /** The list; `search` is an already-serialised query string without `?` (see features/article-list/search-params). */
  home: (search = "") => (search === "" ? "/" : `/?${search}`),
  article: (slug: string, search = "") => `/articles/${encodeURIComponent(slug)}${search ? `?${search}` : ""}`,
  /** Entity ids (`person:vladimir-putin`) keep their colon: it is valid in a path segment. */
  entity: (id: string) => `/entities/${id}`,
  entities: (search = "") => (search === "" ? "/entities" : `/entities?${search}`),
  /** The bundled JSON, served as static files. */
  data: (file: string) => `/data/${file}`,
  topic: (id: string) => `/topics/${id}`,
  /** Atom feeds, written by the publish step after the build. */
  feed: (topic?: string) => (topic ? `/topics/${topic}/feed.xml` : "/feed.xml"),
  ogImage: (slug: string) => `/og/${slug}.png`,
  /** Slugs start with a letter or digit, so this name cannot collide with an article's image. */
  defaultOgImage: "/og/_default.png",
  sitemap: "/sitemap.xml",
  robots: "/robots.txt",
} as const;
