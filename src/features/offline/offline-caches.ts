/**
 * The caches the service worker (service-worker.ts) and the page share, by name, and which requests go where. The
 * page writes into `articles` itself (available-offline.ts), so the names are part of a contract between two
 * builds of the app: renaming one orphans what readers have saved for offline.
 */
import { paths } from "../../lib/paths";
import { DATA_FILES } from "../../schema/data-files";

export const OFFLINE_CACHES = {
  /** The HTML of pages opened while online. Emptied when a new build's worker takes over: it names that build's assets. */
  pages: "lede-pages",
  /**
   * Article JSON as fetched, for the article page and for the list's snippets and phrase checks (a search can read
   * dozens): the most recent few hundred.
   */
  articles: "lede-articles",
  /**
   * The JSON of every article the reader opened or saved, copied here by the page (available-offline.ts). Kept
   * across builds and never expired: what "available offline" promises.
   */
  kept: "lede-kept-articles",
  /** The rest of `/data/` (list, catalog, search index, entities): the copy last fetched. */
  data: "lede-data",
  /** Hashed files outside the precache: an older build's, still asked for by a page opened before a deploy. */
  assets: "lede-assets",
} as const;

/** The published service worker (pipeline/site/service-worker.ts writes it), at the root so its scope is the site. */
export const SERVICE_WORKER_URL = "/sw.js";

/** What the worker answers a navigation with when the network fails and the page was never cached: the SPA shell. */
export const SHELL_URL = "/__spa-fallback.html";

/** The file an article page is rendered from in the browser (the one `articleQuery` fetches). */
export const articleDataUrl = (slug: string) => paths.data(DATA_FILES.article(slug));

export type RuntimeCache = "articles" | "data" | "assets";

/** Which runtime cache a same-origin GET (other than a navigation) belongs in; null: the network only. */
export function runtimeCacheFor(pathname: string): RuntimeCache | null {
  if (pathname.startsWith("/data/articles/") && pathname.endsWith(".json")) return "articles";
  if (pathname.startsWith("/data/")) return "data";
  if (pathname.startsWith("/assets/")) return "assets";
  return null;
}

/**
 * The cache key of a page: the query string and fragment never change a prerendered page's HTML (the app applies
 * them after hydration), so `/?q=x` and `/` are one entry.
 */
export function pageCacheKey(url: string): string {
  const key = new URL(url);
  key.search = "";
  key.hash = "";
  return key.href;
}
