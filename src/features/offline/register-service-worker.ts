/**
 * Registers the service worker and watches for new builds. Loaded with a dynamic import once the page is
 * hydrated (components/offline-support.tsx), so Workbox's window library is never part of a first load.
 */
import { Workbox } from "workbox-window";
import { OFFLINE_CACHES, pageCacheKey, runtimeCacheFor, SERVICE_WORKER_URL } from "./offline-caches";
import { OFFLINE_READY_EVENT } from "./available-offline";
import { setUpdateReady } from "./update-store";

/** How often a tab left open looks for a new build, besides each time the reader comes back to it. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export async function registerServiceWorker(): Promise<void> {
  const wb = new Workbox(SERVICE_WORKER_URL);
  let accepted = false;

  // A new build's worker is installed and waiting: it takes over only when the reader says so, and the page then
  // reloads under it, so old and new scripts never mix in one page.
  wb.addEventListener("waiting", () => {
    setUpdateReady({
      reload: () => {
        accepted = true;
        wb.messageSkipWaiting();
      },
    });
  });
  wb.addEventListener("controlling", (event) => {
    if (accepted) window.location.reload();
    // Another tab accepted the update: this page's scripts are the old build's now.
    else if (event.isUpdate || event.isExternal) setUpdateReady({ reload: () => window.location.reload() });
  });

  const firstVisit = !navigator.serviceWorker.controller;
  // Resolves undefined where registration is refused (Playwright's serviceWorkers: "block", some private modes).
  const registration = await wb.register();
  if (!registration) return;
  void wb.controlling.then(() => window.dispatchEvent(new Event(OFFLINE_READY_EVENT)));
  if (firstVisit) void wb.controlling.then(keepFirstVisit).catch(() => {});
  const check = () => void wb.update().catch(() => {});
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") check();
  });
  window.setInterval(check, UPDATE_CHECK_MS);
}

/**
 * On the first visit the page and its first data were fetched before the worker took over, so it cached none of
 * them: the page itself (with its data inside), and the list's catalog or an article's file. Fetched again once
 * it controls the page (revalidated: from the HTTP cache, mostly), so the first page works offline too.
 */
async function keepFirstVisit(): Promise<void> {
  const pages = await caches.open(OFFLINE_CACHES.pages);
  // An address the site has no page for answers with the shell and 404: not kept, and nothing to say.
  await pages.add(pageCacheKey(window.location.href)).catch(() => {});
  const data = new Set<string>();
  for (const entry of performance.getEntriesByType("resource")) {
    const url = new URL(entry.name);
    const kind = url.origin === window.location.origin ? runtimeCacheFor(url.pathname) : null;
    if (kind === "articles" || kind === "data") data.add(url.href);
  }
  // Through the worker, whose routes cache them (and expire them in turn).
  await Promise.all([...data].map((url) => fetch(url).catch(() => {})));
}
