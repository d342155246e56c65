// `npm run bench:lcp -- [--build build] [--slug <article>] [--runs 3]`
//
// How close an article page comes to the physical limit: its Largest Contentful Paint under Lighthouse mobile
// (simulated throttling) against that of a bare HTML file with the same headline and paragraphs and nothing else,
// both served by `npm start`'s server (scripts/server/site-handler.mjs, precompressed twins and all) on this
// machine in the same run. Prints the median of each and the ratio (issue 12's target: at most 1.2), and the
// performance scores, with the article page's Total Blocking Time and longest task (what holds the score down), and
// from the same runs' traces the main thread's work after the first paint by CPU time and by wall time (Lighthouse
// counts the wall time: decision 031). The article is the bundled seed article (the first in the build's index)
// unless named.
import { mkdtemp, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { lighthouseScores } from "./bench/lighthouse.mjs";
import { serveBuild } from "./bench/serve-build.mjs";
import { readEnvVar } from "../pipeline/lib/env.ts";

const { values: args } = parseArgs({
  options: {
    build: { type: "string", default: readEnvVar("LEDE_BUILD_DIR") },
    slug: { type: "string" },
    runs: { type: "string", default: "3" },
  },
});
const runs = Number(args.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number of at least 1, got ${args.runs}`);

const buildDir = path.resolve(args.build);
const client = path.join(buildDir, "client");
const index = JSON.parse(await readFile(path.join(client, "data/index.json"), "utf8").catch(() => "null"));
if (!index)
  throw new Error(`${path.relative(process.cwd(), client)}/data/index.json: not found; run \`npm run build\` first`);
const slug = args.slug ?? index.articles[0]?.slug;
const article = JSON.parse(await readFile(path.join(client, "data/articles", `${slug}.json`), "utf8"));

const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const bare = [
  '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  `<title>${escape(article.title)}</title></head><body>`,
  `<h1>${escape(article.title)}</h1>`,
  ...article.blocks.map((block) => `<p>${escape(block.text)}</p>`),
  "</body></html>",
].join("\n");
const bareDir = await mkdtemp(path.join(tmpdir(), "lede-bare-"));
await mkdir(path.join(bareDir, "client"), { recursive: true });
await writeFile(path.join(bareDir, "client", "index.html"), bare);
await writeFile(path.join(bareDir, "client", "index.html.br"), brotliCompressSync(bare));
await writeFile(path.join(bareDir, "client", "index.html.gz"), gzipSync(bare));

const site = await serveBuild(buildDir);
const plain = await serveBuild(bareDir);
const articleUrl = `http://localhost:${site.address().port}/articles/${slug}`;
const bareUrl = `http://localhost:${plain.address().port}/`;

const median = (values) => {
  const sorted = values.filter((v) => v !== null).sort((a, b) => a - b);
  return sorted.length === 0 ? null : sorted[Math.floor((sorted.length - 1) / 2)];
};

try {
  const results = { article: [], bare: [] };
  for (let run = 0; run < runs; run++) {
    // Alternate, so a busier moment of the machine falls on both alike.
    const scores = await lighthouseScores([articleUrl, bareUrl]);
    results.article.push(scores[articleUrl]);
    results.bare.push(scores[bareUrl]);
  }
  const lcpArticle = median(results.article.map((r) => r.lcp));
  const lcpBare = median(results.bare.map((r) => r.lcp));
  const perf = median(results.article.map((r) => r.performance));
  console.log(`article: /articles/${slug} (${article.blocks.length} blocks), ${runs} Lighthouse mobile run(s) each`);
  console.log(
    `  LCP article page   ${lcpArticle?.toFixed(0)} ms   (runs: ${results.article.map((r) => r.lcp?.toFixed(0)).join(", ")})`,
  );
  console.log(
    `  LCP bare HTML      ${lcpBare?.toFixed(0)} ms   (runs: ${results.bare.map((r) => r.lcp?.toFixed(0)).join(", ")})`,
  );
  console.log(
    `  ratio              ${lcpArticle && lcpBare ? (lcpArticle / lcpBare).toFixed(2) : "n/a"}   (target ≤ 1.20)`,
  );
  const runsOf = (key) => results.article.map((r) => r[key]?.toFixed(0)).join(", ");
  console.log(
    `  TBT article page   ${median(results.article.map((r) => r.tbt))?.toFixed(0)} ms   (runs: ${runsOf("tbt")})`,
  );
  console.log(
    `  longest task       ${median(results.article.map((r) => r.longestTask))?.toFixed(0)} ms   (runs: ${runsOf("longestTask")})`,
  );
  console.log(
    `  performance score  ${perf}   (target ≥ 0.95); bare HTML ${median(results.bare.map((r) => r.performance))}`,
  );
  // The same runs' traces: what the main thread computed after the first paint, against what Lantern counts.
  const traced = (key) => median(results.article.map((r) => r.mainThread?.[key] ?? null))?.toFixed(0);
  console.log(
    `  main thread after the first paint, traced: CPU × 4 ${traced("cpuTotal")} ms, TBT by CPU × 4 ${traced("cpuTbt")} ms, by wall × 4 ${traced("wallTbt")} ms`,
  );
} finally {
  site.close();
  plain.close();
  await rm(bareDir, { recursive: true, force: true });
}
