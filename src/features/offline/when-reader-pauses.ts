/** Input that means the reader is busy with the page: background work waits until it stops. */
const BUSY_EVENTS = ["pointerdown", "keydown", "wheel", "touchstart", "input"] as const;

export interface PauseOptions {
  /** How long the reader must leave the page alone, in ms. */
  quietMs: number;
  /** Run anyway this long after the call, in ms, however busy the reader stays. */
  maxWaitMs: number;
}

/**
 * Calls `run` once, when the reader has left the page alone for `quietMs` (no pointer, key, wheel, touch or input
 * event), or when the page is hidden, or after `maxWaitMs` at the latest; then when the browser is idle. For work
 * that can wait and would compete with the reader's clicks and keys for the main thread and the CPU, such as
 * installing the service worker, which downloads and stores the app and the data already read (decision 027).
 * Returns a function that cancels it.
 */
export function whenReaderPauses(run: () => void, { quietMs, maxWaitMs }: PauseOptions): () => void {
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let done = false;
  const fire = () => {
    if (done) return;
    cancel();
    done = true;
    if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(() => run(), { timeout: 1000 });
    else run();
  };
  const busy = () => {
    clearTimeout(quiet);
    quiet = setTimeout(fire, quietMs);
  };
  const hidden = () => {
    if (document.visibilityState === "hidden") fire();
  };
  const latest = setTimeout(fire, maxWaitMs);
  for (const type of BUSY_EVENTS) window.addEventListener(type, busy, { capture: true, passive: true });
  document.addEventListener("visibilitychange", hidden);
  busy();

  function cancel() {
    clearTimeout(quiet);
    clearTimeout(latest);
    for (const type of BUSY_EVENTS) window.removeEventListener(type, busy, { capture: true });
    document.removeEventListener("visibilitychange", hidden);
  }
  return () => {
    done = true;
    cancel();
  };
}
