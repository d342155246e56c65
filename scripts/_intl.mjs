import { chromium } from "@playwright/test"; import { findChromium } from "./browser.mjs";
const b = await chromium.launch(findChromium() ?? {}); const ctx = await b.newContext(); const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p); await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
await p.goto("data:text/html,<p>x</p>");
console.log(await p.evaluate(() => { const t0 = performance.now(); const d = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }); const t1 = performance.now(); d.format(new Date()); const t2 = performance.now(); const n = new Intl.NumberFormat("en-GB"); n.format(1234); const t3 = performance.now(); const m = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }); m.format(new Date()); const t4 = performance.now(); return { dtf: t1 - t0, fmt: t2 - t1, nf: t3 - t2, dtf2: t4 - t3 }; }));
await b.close();
