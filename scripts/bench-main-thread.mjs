// `npm run bench:main-thread -- <build>[,<build>…] <path> [runs]`
//
// What a page's JavaScript costs the main thread after the first paint, in a figure a busy machine does not inflate:
// each build's page is loaded unthrottled, in turn, `runs` times (default 5), with a Chrome trace; every main-thread
// task after the first contentful paint counts by its thread CPU time (not wall time) times four, as Lighthouse's
// simulated throttling counts it. Prints per build the medians of Total Blocking Time (the sum of each task's
// excess over 50 ms), of the longest task and of the main thread's total, and each run's tasks over 50 ms with what
// they ran. Lighthouse's own figures (`npm run bench:lcp`) moved by a factor of two between runs of one build on a
// shared machine; these move by about a fifth. Pages must set the `lede:hydrated` mark (root.tsx).
import { chromium } from "@playwright/test";
import { findChromium } from "./browser.mjs";
import { serveBuild } from "./bench/serve-build.mjs";

const [buildList, urlPath, runArg] = process.argv.slice(2);
if (!buildList || !urlPath) {
  console.error("usage: npm run bench:main-thread -- <build>[,<build>…] <path> [runs]");
  process.exit(1);
}
const builds = buildList.split(",");
const runs = Number(runArg ?? 5);
const SLOWDOWN = 4;

/** The main-thread tasks after the first contentful paint, with their CPU time (ms, × SLOWDOWN) and content. */
function tasksAfterFirstPaint(events) {
  const fcp = events.find((e) => e.name === "firstContentfulPaint");
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain" && e.pid === fcp.pid);
  const own = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && e.tdur);
  return own
    .filter((e) => e.name === "RunTask" && e.ts >= fcp.ts)
    .map((task) => {
      const inside = new Map();
      for (const e of own) {
        if (e === task || e.ts < task.ts || e.ts + e.dur > task.ts + task.dur) continue;
        const url = e.args?.data?.url?.split("/").pop();
        const label = url ? `${e.name}(${url})` : e.name;
        inside.set(label, (inside.get(label) ?? 0) + e.tdur);
      }
      const what = [...inside]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3)
        .map(([label, us]) => `${label} ${((SLOWDOWN * us) / 1000).toFixed(0)}`)
        .join(", ");
      return { cpu: (SLOWDOWN * task.tdur) / 1000, at: (task.ts - fcp.ts) / 1000, what };
    });
}

const servers = await Promise.all(builds.map(serveBuild));
const browser = await chromium.launch(findChromium() ?? {});
const results = builds.map(() => []);
try {
  for (let run = 0; run < runs; run++) {
    // Alternate, so a busier moment of the machine falls on every build alike.
    for (const [i, server] of servers.entries()) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
      const page = await context.newPage();
      await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
      await page.goto(`http://localhost:${server.address().port}${urlPath}`);
      // A promise evaluated in the page, not `page.waitForFunction`: that compiles Playwright's injected script in
      // the page's renderer first (15-20 ms of CPU, counted here as a task of 56-95 ms × 4 that decision 030 could not
      // place: no page has that script).
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const done = () => performance.getEntriesByName("lede:hydrated").length > 0;
            if (done()) return resolve(undefined);
            new PerformanceObserver((_list, observer) => {
              if (!done()) return;
              observer.disconnect();
              resolve(undefined);
            }).observe({ type: "mark", buffered: true });
          }),
      );
      await page.waitForTimeout(1000);
      const tasks = tasksAfterFirstPaint(JSON.parse((await browser.stopTracing()).toString()).traceEvents);
      await context.close();
      results[i].push({
        tbt: tasks.reduce((sum, t) => sum + Math.max(0, t.cpu - 50), 0),
        longest: Math.max(0, ...tasks.map((t) => t.cpu)),
        total: tasks.reduce((sum, t) => sum + t.cpu, 0),
        long: tasks.filter((t) => t.cpu > 50),
      });
    }
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
console.log(`${urlPath}: ${runs} unthrottled load(s) per build; main-thread CPU time × ${SLOWDOWN}, after FCP`);
for (const [i, build] of builds.entries()) {
  const r = results[i];
  const ms = (key) => `${median(r.map((x) => x[key])).toFixed(0)} ms`;
  console.log(`${build}: TBT ${ms("tbt")}   longest task ${ms("longest")}   total ${ms("total")}`);
  console.log(`  TBT by run: ${r.map((x) => x.tbt.toFixed(0)).join(", ")}`);
  for (const x of r) {
    console.log(`  run: ${x.long.map((t) => `${t.cpu.toFixed(0)} ms @${t.at.toFixed(0)} [${t.what}]`).join("; ")}`);
  }
}
