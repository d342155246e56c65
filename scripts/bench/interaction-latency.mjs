// Latency from an input event to the painted results, measured inside the page so that Playwright's own
// round trips do not count. The UI contract: the results container carries `data-results-for`, equal to
// `new URLSearchParams(location.search).toString()` once the results for the current URL are rendered.
// When the attribute is missing (the app predates the contract), filter clicks fall back to "first DOM change
// after the URL changed", reported as such; search has no fallback.

/** Runs in the page: records one sample per armed input event into window.__latency. */
function installProbe() {
  const state = { samples: [], pending: null, mode: "contract" };
  window.__latency = state;
  const canonical = () => new URLSearchParams(location.search).toString();
  const start = (event) => {
    if (state.armed === false || state.pending) return;
    state.pending = { t0: event.timeStamp, before: canonical() };
  };
  document.addEventListener("keydown", start, true);
  document.addEventListener("pointerdown", start, true);

  const settle = () => {
    const { pending } = state;
    if (!pending || pending.done) return;
    const now = canonical();
    if (now === pending.before) return; // the URL has not moved yet: these are still the old results
    const container = document.querySelector("[data-results-for]");
    if (container ? container.getAttribute("data-results-for") !== now : state.mode === "contract") return;
    pending.done = true;
    // The results are in the DOM; they are on screen after the next frame is produced.
    requestAnimationFrame(() =>
      setTimeout(() => {
        state.samples.push(performance.now() - pending.t0);
        state.pending = null;
      }, 0),
    );
  };
  new MutationObserver(settle).observe(document.documentElement, {
    subtree: true,
    childList: true,
    attributes: true,
    characterData: true,
  });
}

const sampleCount = (page) => page.evaluate(() => window.__latency.samples.length);

/** Waits for the sample of the event just sent; false (and the probe reset) when none arrives in time. */
async function awaitSample(page, before, timeout = 3000) {
  try {
    await page.waitForFunction((n) => window.__latency.samples.length > n, before, { timeout, polling: 10 });
    return true;
  } catch {
    await page.evaluate(() => (window.__latency.pending = null));
    return false;
  }
}

/** Resolves when no request has been in flight for `quietMs`; returns the time of the last response. */
function trackIdle(page) {
  let inFlight = 0;
  let lastDone = performance.now();
  const onStart = () => (inFlight += 1);
  const onEnd = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastDone = performance.now();
  };
  page.on("request", onStart);
  page.on("requestfinished", onEnd);
  page.on("requestfailed", onEnd);
  return async (quietMs = 500, timeout = 30_000) => {
    const deadline = performance.now() + timeout;
    while (performance.now() < deadline) {
      if (inFlight === 0 && performance.now() - lastDone >= quietMs) break;
      await page.waitForTimeout(50);
    }
    page.off("request", onStart);
    page.off("requestfinished", onEnd);
    page.off("requestfailed", onEnd);
    return lastDone;
  };
}

async function openHome(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  await page.evaluate(installProbe);
  return { context, page };
}

/**
 * Types each query character by character, one measured keystroke at a time (a real reader types slower than
 * results arrive, so each keystroke gets its own results).
 */
export async function searchLatency(browser, url, queries) {
  const { context, page } = await openHome(browser, url);
  try {
    const box = page.getByRole("searchbox", { name: "Search articles" });
    if ((await box.count()) === 0) return { status: "n/a: no search box" };
    if ((await page.locator("[data-results-for]").count()) === 0) return { status: "n/a: no [data-results-for]" };

    // The search index loads on first interaction; time that on its own.
    const idle = trackIdle(page);
    const focusedAt = performance.now();
    await box.focus();
    const lastResponse = await idle();
    const firstLoadMs = Math.max(0, lastResponse - focusedAt);

    let missed = 0;
    for (const query of queries) {
      for (const char of query) {
        const before = await sampleCount(page);
        await page.keyboard.press(char);
        if (!(await awaitSample(page, before))) missed += 1;
      }
      // Clearing is not a measured keystroke.
      await page.evaluate(() => (window.__latency.armed = false));
      await box.fill("");
      await page.waitForTimeout(300);
      await page.evaluate(() => (window.__latency.armed = true));
    }
    const samples = await page.evaluate(() => window.__latency.samples);
    return { status: "ok", samples, missed, firstLoadMs };
  } finally {
    await context.close();
  }
}

/** Toggles topic checkboxes on and off by clicking their labels (the input itself may be visually hidden). */
export async function filterLatency(browser, url, clicks = 60) {
  const { context, page } = await openHome(browser, url);
  try {
    const topics = await page.locator('input[name="topic"]').evaluateAll((inputs) => inputs.map((i) => i.value));
    if (topics.length === 0) return { status: "n/a: no topic checkboxes" };
    const contract = (await page.locator("[data-results-for]").count()) > 0;
    if (!contract) await page.evaluate(() => (window.__latency.mode = "url-then-dom"));

    let missed = 0;
    const used = topics.slice(0, 6);
    for (let i = 0; i < clicks; i++) {
      // on, off, on, off… over the first few topics: each pair returns to the unfiltered list.
      const topic = used[Math.floor(i / 2) % used.length];
      const label = page.locator("label", { has: page.locator(`input[name="topic"][value="${topic}"]`) });
      const before = await sampleCount(page);
      await label.click();
      if (!(await awaitSample(page, before))) missed += 1;
      await page.waitForTimeout(50);
    }
    const samples = await page.evaluate(() => window.__latency.samples);
    return { status: contract ? "ok" : "approx", samples, missed };
  } finally {
    await context.close();
  }
}

/** Nearest-rank percentile. */
export function percentile(samples, p) {
  if (!samples?.length) return null;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * j/k in the list (issue 13): from the keydown's timestamp to the next paint after focus has moved into the next
 * row (`[data-article-row]`, whose focus ring is the highlight). The whole list (the catalog) is loaded first, as
 * a reader's first interaction would; then j steps down `presses` rows and k comes back up half as many.
 */
export async function rowKeyLatency(browser, url, presses = 60) {
  const { context, page } = await openHome(browser, url);
  try {
    if ((await page.locator("[data-article-row]").count()) === 0) return { status: "n/a: no [data-article-row]" };
    const idle = trackIdle(page);
    await page.locator("form[action='/']").last().hover();
    await idle();
    await page.evaluate(() => {
      const state = { samples: [], pending: null };
      window.__rowLatency = state;
      document.addEventListener(
        "keydown",
        (event) => {
          if (event.key === "j" || event.key === "k") state.pending = { t0: event.timeStamp };
        },
        true,
      );
      document.addEventListener("focusin", (event) => {
        const { pending } = state;
        if (!pending || !event.target.closest?.("[data-article-row]")) return;
        state.pending = null;
        requestAnimationFrame(() => setTimeout(() => state.samples.push(performance.now() - pending.t0), 0));
      });
    });
    let missed = 0;
    const count = () => page.evaluate(() => window.__rowLatency.samples.length);
    for (let i = 0; i < presses + Math.floor(presses / 2); i++) {
      const before = await count();
      await page.keyboard.press(i < presses ? "j" : "k");
      try {
        await page.waitForFunction((n) => window.__rowLatency.samples.length > n, before, {
          timeout: 3000,
          polling: 10,
        });
      } catch {
        missed += 1;
        await page.evaluate(() => (window.__rowLatency.pending = null));
      }
    }
    const samples = await page.evaluate(() => window.__rowLatency.samples);
    return { status: "ok", samples, missed };
  } finally {
    await context.close();
  }
}
