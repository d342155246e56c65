// Screenshots of a running site for the README and docs, at phone and desktop widths, light scheme:
// `npm run screenshots -- name=/path …` (default: home=/). The README's come from the e2e fixture build:
//   PORT=4180 LEDE_BUILD_DIR=build-e2e npm run serve &
//   BASE_URL=http://localhost:4180 npm run screenshots -- list=/ entities=/entities \
//     "article-focused=/articles/putin-invited-the-us-exchanging-non-interference-guarantees?entity=organization:kremlin"
// SETTINGS='{"theme":"dark"}' stores reading settings before the page loads; OPEN=Settings clicks that button
// before the shot (the settings and dark-mode screenshots: see the README).
import { chromium } from "@playwright/test";
import { findChromium } from "./browser.mjs";
import { readEnv } from "../pipeline/lib/env.ts";

const { BASE_URL: base, SCREENSHOT_FULL_PAGE: fullPage } = readEnv(["BASE_URL", "SCREENSHOT_FULL_PAGE"]);
const pages = (process.argv.slice(2).length ? process.argv.slice(2) : ["/"]).map((p) => p.split("=")); // name=path
const browser = await chromium.launch(findChromium() ?? {});
for (const [name, path = name] of pages) {
  for (const [label, viewport] of [
    ["desktop", { width: 1280, height: 900 }],
    ["phone", { width: 375, height: 800 }],
  ]) {
    const page = await browser.newPage({ viewport, deviceScaleFactor: label === "phone" ? 2 : 1 });
    if (process.env.SETTINGS) {
      await page.addInitScript((settings) => localStorage.setItem("lede:settings", settings), process.env.SETTINGS);
    }
    await page.goto(new URL(path, base).href, { waitUntil: "networkidle" });
    if (process.env.OPEN) {
      await page.getByRole("button", { name: process.env.OPEN, exact: true }).click();
      await page.getByRole("dialog").waitFor();
    }
    const file = `docs/screenshots/${name.replace(/[^a-z0-9-]/gi, "") || "home"}-${label}.png`;
    await page.screenshot({ path: file, fullPage });
    console.log(file);
    await page.close();
  }
}
await browser.close();
