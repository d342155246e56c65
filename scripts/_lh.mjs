import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import http from "node:http";
import { SYSTEM_CHROMIUM } from "./browser.mjs";
import { createSiteHandler } from "./server/site-handler.mjs";
const server = http.createServer(createSiteHandler({ buildDir: process.env.B || "build" })).listen(4620);
const chrome = await chromeLauncher.launch({ chromePath: SYSTEM_CHROMIUM, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
const r = await lighthouse(process.argv[2], { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance"] });
for (const id of ["first-contentful-paint","largest-contentful-paint","total-blocking-time","cumulative-layout-shift","speed-index","interactive"]) console.log(id, r.lhr.audits[id].numericValue, r.lhr.audits[id].score);
console.log("perf", r.lhr.categories.performance.score);
const net = r.lhr.audits["network-requests"].details.items.map(i=>`${i.url.replace(/http:\/\/[^/]+/,'')} ${i.transferSize} ${i.resourceType} ${Math.round(i.networkRequestTime)}-${Math.round(i.networkEndTime)}`);
console.log(net.join("\n"));
const lcpEl = r.lhr.audits["largest-contentful-paint-element"]?.details?.items?.[0]?.items?.[0]?.node?.snippet; console.log("LCP el", lcpEl);
for (const id of ["long-tasks","bootup-time","mainthread-work-breakdown"]) { const d=r.lhr.audits[id]?.details?.items ?? []; console.log("--", id); for (const it of d.slice(0,8)) console.log(JSON.stringify(it).slice(0,220)); }
await chrome.kill(); server.close();
