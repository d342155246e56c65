import { chromium } from "@playwright/test"; import { findChromium } from "./browser.mjs"; import http from "node:http"; import fs from "node:fs";
import { createSiteHandler } from "./server/site-handler.mjs";
const server = http.createServer(createSiteHandler({ buildDir: process.env.B || "build" })).listen(4621);
const b = await chromium.launch(findChromium() ?? {}); const ctx = await b.newContext({ viewport: { width: 412, height: 823 } }); const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p); await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await cdp.send("Profiler.enable"); await cdp.send("Profiler.setSamplingInterval", { interval: 200 }); await cdp.send("Profiler.start");
await p.addInitScript(() => { window.__lt = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: "longtask", buffered: true }); });
await p.goto("http://localhost:4621" + process.argv[2], { waitUntil: "networkidle" }); await p.waitForTimeout(1500);
const { profile } = await cdp.send("Profiler.stop");
console.log("longtasks", JSON.stringify(await p.evaluate(() => window.__lt)));
// self time by function
const self = new Map(); const byId = new Map(profile.nodes.map(n => [n.id, n]));
const dt = profile.timeDeltas; const counts = new Map(); profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) || 0) + (dt[i] || 0)));
for (const [id, t] of counts) { const n = byId.get(id); const k = `${n.callFrame.functionName || "(anon)"} ${n.callFrame.url.split("/").pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`; self.set(k, (self.get(k) || 0) + t); }
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, t]) => `${(t / 1000).toFixed(1)}ms ${k}`).join("\n"));
await b.close(); server.close();
