// What a cold visit costs: bytes over the wire, Largest Contentful Paint, DOM size and JS heap.
import { gzipSync } from "node:zlib";

// Formats that are compressed already; a server would not gzip them again.
const PRECOMPRESSED = /\.(woff2?|png|jpe?g|webp|avif|gif|gz|br)(\?|$)/;

/**
 * scripts/serve.mjs (sirv) sends files as they are, without Content-Encoding, so the wire size would be the raw
 * size. To report what a gzip-serving host sends, each text response body is gzipped here (level 6, the usual
 * server default); already-compressed formats count as they are.
 */
function trackBytes(page) {
  const pending = [];
  const totals = { raw: 0, gzip: 0, requests: 0 };
  page.on("response", (response) => {
    pending.push(
      response.body().then(
        (body) => {
          totals.requests += 1;
          totals.raw += body.length;
          totals.gzip += PRECOMPRESSED.test(response.url()) ? body.length : gzipSync(body, { level: 6 }).length;
        },
        () => {}, // redirects and aborted requests have no body
      ),
    );
  });
  return async () => {
    await Promise.all(pending);
    return totals;
  };
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
  const bytes = trackBytes(page);
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  const lcp = await readLcp(page);
  const totals = await bytes();
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
