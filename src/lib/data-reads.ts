/**
 * Which data files a page read while it was prerendered. Every build-time read goes through `fetchJson`
 * (src/lib/fetch-json.ts), which reports it here; the build listens (src/app/server/react-router-adapter.ts),
 * records the files each page read in its manifest, and renders a page again only when one of them changed
 * (decision 013). A loader cannot read data without the build knowing, so there is no list to keep up to date.
 */
type Listener = (path: string) => void;

let listener: Listener | null = null;

/** Set by the build for the length of a prerender; null clears it. */
export function setDataReadListener(next: Listener | null): void {
  listener = next;
}

export function reportDataRead(path: string): void {
  listener?.(path);
}
