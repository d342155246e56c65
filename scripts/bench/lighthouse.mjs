// Lighthouse 12 with its defaults (mobile form factor, simulated throttling), through its Node API.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { SYSTEM_CHROMIUM } from "../browser.mjs";
import { readEnvVar } from "../../pipeline/lib/env.ts";

/**
 * @returns {Promise<Record<string, {performance: number|null, accessibility: number|null, lcp: number|null,
 *   tbt: number|null, longestTask: number|null}>>} scores, Largest Contentful Paint, Total Blocking Time and the
 *   longest main-thread task (ms, simulated: the observed tasks at Lighthouse's 4× CPU slowdown) by URL
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
      };
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}
