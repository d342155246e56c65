import { useEffect, useState } from "react";
import { useHydrated } from "../../../lib/use-hydrated";
import { useUpdateReady } from "../update-store";
import { useOnline } from "../use-online";
import { whenReaderPauses } from "../when-reader-pauses";

let registering = false;

/** Three seconds without a click or key, or the page hidden, or thirty seconds after hydration at the latest. */
const REGISTER_WHEN = { quietMs: 3000, maxWaitMs: 30_000 };

/** Registers the service worker once the page is live, off the first load's path: Workbox comes in its own chunk. */
function useServiceWorker() {
  useEffect(() => {
    if (registering || import.meta.env.DEV || !("serviceWorker" in navigator)) return;
    registering = true;
    const start = () =>
      void import("../register-service-worker")
        .then(({ registerServiceWorker }) => registerServiceWorker())
        // No worker (refused, or storage disabled): the site works as it did without one.
        .catch(() => {});
    // After the root's own hydration effect (`lede:hydrated`), and once the reader pauses: installing downloads the
    // app and stores the data already read, on the same two cores that answer the reader's first clicks.
    whenReaderPauses(start, REGISTER_WHEN);
  }, []);
}

const banner =
  "mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-md border px-4 py-3 font-sans text-sm text-stone-900 dark:text-stone-100";

/**
 * The offline indicator and the new-build prompt, each a live region that is always in the page (screen readers
 * announce changes only to regions they already know) and drawn only while it has something to say.
 */
export function OfflineSupport() {
  useServiceWorker();
  // Linked once the page is live, so Chrome fetches the manifest (and the icon it names) after the first paint,
  // not alongside the stylesheet (decision 032). Installing needs a live page anyway.
  const live = useHydrated();
  const online = useOnline();
  const update = useUpdateReady();
  const [dismissed, setDismissed] = useState<typeof update>(null);
  const showUpdate = update !== null && update !== dismissed;
  return (
    <>
      {/* React hoists it into <head>. */}
      {live && <link rel="manifest" href="/manifest.webmanifest" />}
      <div
        role="status"
        className={
          online ? "sr-only" : `${banner} border-amber-300 bg-amber-50 dark:border-amber-700 dark:bg-amber-950`
        }
      >
        {!online && (
          <p>
            <strong>You are offline.</strong> Articles you have opened or saved can still be read.
          </p>
        )}
      </div>
      <div
        role="status"
        className={
          showUpdate ? `${banner} border-stone-300 bg-stone-50 dark:border-stone-600 dark:bg-stone-800` : "sr-only"
        }
      >
        {showUpdate && (
          <>
            <p>A new version of Lede is ready.</p>
            <div className="flex gap-2">
              <button
                type="button"
                onClick={update.reload}
                className="rounded-md bg-red-800 px-3 py-1 font-medium text-white hover:bg-red-900 dark:bg-red-300 dark:text-stone-950 dark:hover:bg-red-200"
              >
                Reload
              </button>
              <button
                type="button"
                onClick={() => setDismissed(update)}
                className="rounded-md border border-stone-300 px-3 py-1 font-medium hover:border-stone-500 dark:border-stone-600"
              >
                Not now
              </button>
            </div>
          </>
        )}
      </div>
    </>
  );
}
