// Lighthouse 12 with its defaults (mobile form factor, simulated throttling), through its Node API.
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { SYSTEM_CHROMIUM } from "../browser.mjs";
import { readEnvVar } from "../../pipeline/lib/env.ts";

/**
 * @returns {Promise<Record<string, {performance: number|null, accessibility: number|null, lcp: number|null}>>}
 *   scores and Largest Contentful Paint (ms, simulated) by URL
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
      };
    }
  } finally {
    await chrome.kill();
  }
  return scores;
}
