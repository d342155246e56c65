const ID = "lede-announcer";

/**
 * A polite live region, always in the page (screen readers only announce changes to a region they already know).
 * `announce` writes its text directly: a key press should not wait for a render to be heard.
 */
export function Announcer() {
  return <div id={ID} role="status" aria-live="polite" className="sr-only" />;
}

export function announce(text: string): void {
  const region = document.getElementById(ID);
  if (!region) return;
  // The same words twice in a row (k, then j back) are still news.
  region.textContent = region.textContent === text ? `${text}\u00a0` : text;
}
