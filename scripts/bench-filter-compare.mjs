// `npm run bench:filter-compare -- <build>[,<build>…] [rounds]`
//
// Topic filter click→paint latency of several builds of the same collection, measured alternately: each round runs
// `filterLatency` (60 clicks, scripts/bench/interaction-latency.mjs, as bench:scale does) on every build in turn,
// so a machine whose speed drifts over minutes (shared cores, other jobs) affects them alike. Prints each round's
// p50/p95/max and, per build, the pooled p50/p95 over all rounds (default 3). Use it to tell a code change from the
// machine's day-to-day spread: bench:scale's single run of 60 clicks moved by 15 ms between sessions for the same
// code (docs/benchmarks.md, session 8). Build each with `CONTENT_DIR=<collection> LEDE_BUILD_DIR=<dir> npm run
// build` (inside the project: the server bundle imports packages from node_modules).
import { chromium } from "@playwright/test";
import { findChromium } from "./browser.mjs";
import { filterLatency, percentile } from "./bench/interaction-latency.mjs";
import { serveBuild } from "./bench/serve-build.mjs";

const [buildList, roundArg] = process.argv.slice(2);
const rounds = Number(roundArg ?? 3);
if (!buildList || !Number.isInteger(rounds) || rounds < 1) {
  console.error("usage: npm run bench:filter-compare -- <build>[,<build>…] [rounds, a whole number above 0]");
  process.exit(1);
}
const builds = buildList.split(",");

const ms = (value) => (value === null ? "n/a" : `${value.toFixed(1)} ms`);
const summary = (samples) =>
  `p50 ${ms(percentile(samples, 50))}, p95 ${ms(percentile(samples, 95))}, max ${ms(percentile(samples, 100))}`;

const servers = await Promise.all(builds.map(serveBuild));
const launch = findChromium();
if (!launch) throw new Error("no Chromium found (see scripts/browser.mjs)");
const browser = await chromium.launch(launch);
const pooled = builds.map(() => []);
try {
  for (let round = 0; round < rounds; round++) {
    for (const [i, build] of builds.entries()) {
      const { port } = servers[i].address();
      const result = await filterLatency(browser, `http://127.0.0.1:${port}/`);
      if (!result.samples?.length) {
        console.log(`round ${round + 1}, ${build}: no samples (${result.status})`);
        continue;
      }
      pooled[i].push(...result.samples);
      const missed = result.missed ? `, ${result.missed} clicks without results` : "";
      console.log(`round ${round + 1}, ${build}: ${summary(result.samples)}${missed}`);
    }
  }
  console.log("");
  for (const [i, build] of builds.entries())
    console.log(`${build}: ${pooled[i].length} clicks, ${summary(pooled[i])} (pooled over ${rounds} rounds)`);
} finally {
  await browser.close();
  for (const server of servers) {
    server.closeAllConnections();
    server.close();
  }
}
