/**
 * Registers the service worker and watches for new builds. Loaded with a dynamic import once the page is
 * hydrated (components/offline-support.tsx), so Workbox's window library is never part of a first load.
 */
import { Workbox } from "workbox-window";
import { SERVICE_WORKER_URL } from "./offline-caches";
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

  // Resolves undefined where registration is refused (Playwright's serviceWorkers: "block", some private modes).
  const registration = await wb.register();
  if (!registration) return;
  const check = () => void wb.update().catch(() => {});
  document.addEventListener("visibilitychange", () => {
    if (document.visibilityState === "visible") check();
  });
  window.setInterval(check, UPDATE_CHECK_MS);
}
