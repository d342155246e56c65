import type { TopicId } from "../../src/schema/topics";

/**
 * Where the pages and published files live on the site. The pipeline may import only src/schema, so these mirror
 * src/lib/paths.ts and src/lib/site-meta.ts; the e2e suite follows every kind of link on a built site.
 */
export const sitePaths = {
  home: "/",
  article: (slug: string) => `/articles/${encodeURIComponent(slug)}`,
  topic: (id: TopicId) => `/topics/${id}`,
  feed: (topic?: TopicId) => (topic ? `/topics/${topic}/feed.xml` : "/feed.xml"),
  ogImage: (slug: string) => `/og/${slug}.png`,
  /** Slugs start with a letter or digit, so this name cannot collide with an article's image. */
  defaultOgImage: "/og/_default.png",
  sitemap: "/sitemap.xml",
  robots: "/robots.txt",
} as const;
