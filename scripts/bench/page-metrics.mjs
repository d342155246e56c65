// What a cold visit costs: bytes over the wire, Largest Contentful Paint, DOM size and JS heap.

/**
 * What the browser itself counted for a cold view: the transfer size (headers and body as they crossed the wire,
 * compressed when the server compressed them) and the decoded body size of the document and every resource it
 * loaded, from Resource Timing (same-origin, so every size is exposed).
 */
function transferred(page) {
  return page.evaluate(() => {
    const entries = [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")];
    return {
      wire: entries.reduce((sum, e) => sum + e.transferSize, 0),
      raw: entries.reduce((sum, e) => sum + e.decodedBodySize, 0),
      requests: entries.length,
    };
  });
}

/** The latest LCP candidate once the page has settled (the observer is buffered, so it sees earlier entries). */
function readLcp(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        let last = null;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) last = entry;
        }).observe({ type: "largest-contentful-paint", buffered: true });
        setTimeout(() => resolve(last ? last.startTime : null), 300);
      }),
  );
}

/** Loads `url` in a fresh context (empty cache) and returns bytes and LCP of that first view. */
export async function firstView(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  // The app's JavaScript is requested only after the first paint (decision 016), which can come after the network
  // has been idle for half a second: count it too, once the page is live.
  await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 30_000 });
  await page.waitForLoadState("networkidle");
  const lcp = await readLcp(page);
  const totals = await transferred(page);
  await context.close();
  return { ...totals, lcp };
}

/** DOM nodes after load and after scrolling the list to its end, and the JS heap after a garbage collection. */
export async function domAndHeap(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  const countNodes = () => page.evaluate(() => document.querySelectorAll("*").length);
  const domAfterLoad = await countNodes();

  const cdp = await context.newCDPSession(page);
  await cdp.send("Performance.enable");
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  const heap = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? null;

  // Scroll until the page stops growing: a virtual or paged list renders more as it nears the end.
  let lastHeight = -1;
  for (let i = 0; i < 400; i++) {
    const height = await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
      return document.documentElement.scrollHeight;
    });
    await page.waitForTimeout(i < 3 ? 300 : 60);
    if (height === lastHeight) break;
    lastHeight = height;
  }
  await page.waitForTimeout(300);
  const domAfterScroll = await countNodes();
  await context.close();
  return { domAfterLoad, domAfterScroll, heap };
}
