/**
 * Articles kept for reading offline: the JSON each article page is rendered from, in a cache that nothing expires
 * and the service worker falls back to when the network fails (offline-caches.ts). The page keeps the article
 * being read (every article opened) and, through `cacheArticleForOffline`, any the reader saves. It writes the
 * cache itself, so this works before the worker is installed, too.
 */
import { useEffect, useState } from "react";
import { articleDataUrl, OFFLINE_CACHES } from "./offline-caches";

/** Fired on `window` when an article is newly kept for offline, so every badge showing it can say so. */
export const OFFLINE_CACHED_EVENT = "lede:offline-cached";
/** Fired on `window` when the service worker first controls the page: kept articles can now be read offline. */
export const OFFLINE_READY_EVENT = "lede:offline-ready";

/** Cache Storage is there, and a service worker that could answer from it. */
export const offlineSupported = (): boolean =>
  typeof window !== "undefined" && "caches" in window && "serviceWorker" in navigator;

/** Kept, and a service worker is installed to answer from the cache (none where registering failed or is refused). */
export async function isArticleAvailableOffline(slug: string): Promise<boolean> {
  if (!offlineSupported()) return false;
  try {
    if (!(await navigator.serviceWorker.getRegistration())) return false;
    return (await caches.match(articleDataUrl(slug), { cacheName: OFFLINE_CACHES.kept })) !== undefined;
  } catch {
    // Storage disabled or broken (a private window, a full disk): not available, and nothing to tell.
    return false;
  }
}

/**
 * Keeps an article for reading offline: the copy the worker fetched last if there is one (no request), else the
 * kept copy as it is, else fetched now. Resolves true once it is kept, false if it cannot be (no Cache Storage,
 * offline and never fetched, storage full); it never rejects. For saved articles: call it when the reader saves one.
 */
export async function cacheArticleForOffline(slug: string): Promise<boolean> {
  if (!offlineSupported()) return false;
  const url = articleDataUrl(slug);
  try {
    const kept = await caches.open(OFFLINE_CACHES.kept);
    const recent = await caches.match(url, { cacheName: OFFLINE_CACHES.articles });
    const wasKept = (await kept.match(url)) !== undefined;
    if (recent) await kept.put(url, recent);
    else if (!wasKept) await kept.add(url);
    if (!wasKept) window.dispatchEvent(new CustomEvent(OFFLINE_CACHED_EVENT, { detail: { slug } }));
    return true;
  } catch {
    return false;
  }
}

/**
 * Keeps several articles, one after another (each is a request at most): for a reading state just imported, or
 * saved articles that could not be kept while offline. Resolves how many are kept.
 */
export async function cacheArticlesForOffline(slugs: Iterable<string>): Promise<number> {
  let kept = 0;
  for (const slug of new Set(slugs)) if (await cacheArticleForOffline(slug)) kept += 1;
  return kept;
}

/**
 * Whether the article can be read offline: false while prerendering, during hydration and until the cache has
 * answered; follows `cacheArticleForOffline` calls from anywhere in the page.
 */
export function useAvailableOffline(slug: string): boolean {
  const [available, setAvailable] = useState<{ slug: string; value: boolean }>({ slug, value: false });
  useEffect(() => {
    let live = true;
    const check = () =>
      void isArticleAvailableOffline(slug).then((value) => {
        if (live) setAvailable({ slug, value });
      });
    check();
    const onCached = (event: Event) => {
      if (event instanceof CustomEvent && event.detail?.slug === slug) check();
    };
    window.addEventListener(OFFLINE_CACHED_EVENT, onCached);
    window.addEventListener(OFFLINE_READY_EVENT, check);
    return () => {
      live = false;
      window.removeEventListener(OFFLINE_CACHED_EVENT, onCached);
      window.removeEventListener(OFFLINE_READY_EVENT, check);
    };
  }, [slug]);
  // A stale answer for the previous slug is never shown for the new one.
  return available.slug === slug && available.value;
}
