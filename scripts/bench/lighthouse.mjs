// Lighthouse 12 with its defaults (mobile form factor, simulated throttling), through its Node API.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { SYSTEM_CHROMIUM } from "../browser.mjs";
import { readEnvVar } from "../../pipeline/lib/env.ts";

/**
 * The page's main-thread tasks that end after its first contentful paint, in the run's own trace, counted the two
 * ways: by thread CPU time × 4 and by wall time × 4. Lighthouse's simulation (Lantern) takes the wall time, so a
 * task the thread spent waiting (a synchronous call, the compositor, a busy machine) counts like one spent
 * computing (decision 031).
 * @returns {{ cpuTotal: number, cpuTbt: number, wallTbt: number } | null} ms
 */
function mainThreadAfterFirstPaint(trace) {
  const events = trace?.traceEvents ?? [];
  const fcp = events.filter((e) => e.name === "firstContentfulPaint").at(-1);
  const main =
    fcp && events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && e.pid === fcp.pid);
  if (!main) return null;
  const tasks = events.filter(
    (e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.name === "RunTask" && e.ts + e.dur >= fcp.ts,
  );
  const blocking = (ms) => Math.max(0, ms - 50);
  return {
    cpuTotal: tasks.reduce((sum, t) => sum + (4 * (t.tdur ?? 0)) / 1000, 0),
    cpuTbt: tasks.reduce((sum, t) => sum + blocking((4 * (t.tdur ?? 0)) / 1000), 0),
    wallTbt: tasks.reduce((sum, t) => sum + blocking((4 * t.dur) / 1000), 0),
  };
}

/**
 * @returns {Promise<Record<string, {performance: number|null, accessibility: number|null, lcp: number|null,
 *   tbt: number|null, longestTask: number|null, mainThread: ReturnType<typeof mainThreadAfterFirstPaint>}>>} scores,
 *   Largest Contentful Paint, Total Blocking Time and the longest main-thread task (ms, simulated: the observed
 *   tasks at Lighthouse's 4× CPU slowdown), and the traced main thread after the first paint, by URL
 */
export async function lighthouseScores(urls) {
  const chrome = await chromeLauncher.launch({
    chromePath: readEnvVar("CHROME_PATH") ?? SYSTEM_CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"],
  });
  const scores = {};
  try {
    for (const url of urls) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility"],
      });
      const { categories } = result.lhr;
      scores[url] = {
        performance: categories.performance?.score ?? null,
        accessibility: categories.accessibility?.score ?? null,
        lcp: result.lhr.audits["largest-contentful-paint"]?.numericValue ?? null,
        tbt: result.lhr.audits["total-blocking-time"]?.numericValue ?? null,
        longestTask: Math.max(
          0,
          ...(result.lhr.audits["long-tasks"]?.details?.items ?? []).map((task) => task.duration),
        ),
        mainThread: mainThreadAfterFirstPaint(result.artifacts?.Trace ?? result.artifacts?.traces?.defaultPass),
      };
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}
