/// <reference lib="webworker" />
/**
 * Lede's service worker (decision 027). Bundled by `npm run build` (pipeline/site/service-worker-bundle.ts), which
 * then writes it as `client/sw.js` with the precache list in place of `self.__WB_MANIFEST`: this build's hashed
 * assets, and the SPA shell, manifest and icons under the app's hash (pipeline/site/service-worker.ts). So the
 * worker changes exactly when the app does, and a data-only rebuild publishes the same bytes: no update prompt.
 *
 * - Navigations: the network first; a page opened online before, offline; else the shell, which renders any route
 *   in the browser from the cached data. Pages are cached only when opened (never the 10,000 of a collection).
 * - `/data/`: the network first, so a rebuild shows at once; the last copy offline. Article files fetched for the
 *   list's snippets are recent copies only; those the reader opened or saved are kept by the page in a cache that
 *   nothing expires (available-offline.ts), which this worker falls back to.
 * - A new worker waits until the reader accepts the reload (the page sends SKIP_WAITING), so a page never runs
 *   one build's scripts against another's.
 *
 * Typed against the WebWorker library (tsconfig.sw.json), not the DOM one the app uses.
 */
import { ExpirationPlugin } from "workbox-expiration";
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from "workbox-precaching";
import { NavigationRoute, registerRoute } from "workbox-routing";
import { CacheFirst, NetworkFirst } from "workbox-strategies";
import { OFFLINE_CACHES, pageCacheKey, runtimeCacheFor, SHELL_URL } from "./offline-caches";

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | PrecacheEntry)[] };

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

const pageExpiration = new ExpirationPlugin({ maxEntries: 50 });
const pages = new NetworkFirst({
  cacheName: OFFLINE_CACHES.pages,
  plugins: [{ cacheKeyWillBeUsed: async ({ request }) => pageCacheKey(request.url) }, pageExpiration],
});

registerRoute(
  new NavigationRoute(async (options) => {
    try {
      return await pages.handle(options);
    } catch {
      // Offline, and this page was never opened online: the shell renders it from whatever data is cached.
      return (await matchPrecache(SHELL_URL)) ?? Response.error();
    }
  }),
);

registerRoute(
  ({ url, sameOrigin }) => sameOrigin && runtimeCacheFor(url.pathname) === "articles",
  new NetworkFirst({
    cacheName: OFFLINE_CACHES.articles,
    plugins: [
      new ExpirationPlugin({ maxEntries: 300 }),
      // Offline, and gone from the recent ones: an article the reader opened or saved is always kept.
      { handlerDidError: async ({ request }) => caches.match(request.url, { cacheName: OFFLINE_CACHES.kept }) },
    ],
  }),
);
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && runtimeCacheFor(url.pathname) === "data",
  new NetworkFirst({ cacheName: OFFLINE_CACHES.data, plugins: [new ExpirationPlugin({ maxEntries: 200 })] }),
);
// This build's assets are answered by the precache route, registered first; these are an older build's.
registerRoute(
  ({ url, sameOrigin }) => sameOrigin && runtimeCacheFor(url.pathname) === "assets",
  new CacheFirst({ cacheName: OFFLINE_CACHES.assets, plugins: [new ExpirationPlugin({ maxEntries: 60 })] }),
);

self.addEventListener("message", (event: ExtendableMessageEvent) => {
  const data: unknown = event.data;
  if (typeof data === "object" && data !== null && "type" in data && data.type === "SKIP_WAITING") {
    void self.skipWaiting();
  }
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      // The cached pages load the previous build's scripts, which this worker no longer precaches.
      await pageExpiration.deleteCacheAndMetadata();
      // The first visit's page is controlled at once, so what it fetches next is cached for offline.
      await self.clients.claim();
    })(),
  );
});
