/**
 * Articles kept for reading offline: the JSON each article page is rendered from, in the cache the service worker
 * answers from when the network fails (offline-caches.ts). The worker adds every article fetched while it
 * controls the page; `cacheArticleForOffline` adds one the page names (the one being read, whose data came inside
 * its HTML, or one the reader saves), so it works before the worker is installed, too.
 */
import { useEffect, useState } from "react";
import { articleDataUrl, OFFLINE_CACHES } from "./offline-caches";

/** Fired on `window` when an article is newly kept for offline, so every badge showing it can say so. */
export const OFFLINE_CACHED_EVENT = "lede:offline-cached";

/** Cache Storage is there, and a service worker that could answer from it. */
export const offlineSupported = (): boolean =>
  typeof window !== "undefined" && "caches" in window && "serviceWorker" in navigator;

export async function isArticleAvailableOffline(slug: string): Promise<boolean> {
  if (!offlineSupported()) return false;
  try {
    return (await caches.match(articleDataUrl(slug), { cacheName: OFFLINE_CACHES.articles })) !== undefined;
  } catch {
    // Storage disabled or broken (a private window, a full disk): not available, and nothing to tell.
    return false;
  }
}

/**
 * Keeps an article for reading offline, fetching its data unless it is kept already. Resolves true once it is
 * kept, false if it cannot be (no Cache Storage, offline, storage full); it never rejects. For saved articles:
 * call it when the reader saves one.
 */
export async function cacheArticleForOffline(slug: string): Promise<boolean> {
  if (!offlineSupported()) return false;
  try {
    if (await isArticleAvailableOffline(slug)) return true;
    const cache = await caches.open(OFFLINE_CACHES.articles);
    await cache.add(articleDataUrl(slug));
    window.dispatchEvent(new CustomEvent(OFFLINE_CACHED_EVENT, { detail: { slug } }));
    return true;
  } catch {
    return false;
  }
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
    return () => {
      live = false;
      window.removeEventListener(OFFLINE_CACHED_EVENT, onCached);
    };
  }, [slug]);
  // A stale answer for the previous slug is never shown for the new one.
  return available.slug === slug && available.value;
}
