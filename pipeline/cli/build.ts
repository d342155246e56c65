/**
 * `npm run build`: the site in `<LEDE_BUILD_DIR or build>/`, prerendered by `react-router build` and published
 * (preview images, feeds, robots, sitemap), rebuilding only what changed since the last build when it can
 * (docs/decisions/013-incremental-build.md).
 *
 * Everything is built in `<build>.staging/` and swapped in at the end, so a failure leaves the previous build whole.
 * LEDE_FULL_BUILD=1 forces a full build.
 */
import { spawn } from "node:child_process";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { articleIndexSchema } from "../../src/schema/article";
import { DATA_FILES } from "../../src/schema/data-files";
import { entityTableSchema } from "../../src/schema/entity";
import type { PreviewImages } from "../../src/schema/preview-images";
import { articleOgInputs, ogCacheKey } from "../publish/og-inputs";
import { loadOgFonts } from "../publish/og-render";
import { choosePreviewImages, parseOgLimit } from "../publish/preview-plan";
import { publishSite } from "../publish/publish-site";
import { parseSiteUrl } from "../publish/site-url";
import {
  buildManifestSchema,
  diffData,
  pageKey,
  partialPrerenderPaths,
  planBuild,
  prerenderedFiles,
  shardPaths,
  type BuildManifest,
  type BuildPlan,
} from "../site/build-manifest";
import { parseMinEntityArticles, sitePages, type SitePage } from "../site/site-pages";
import { DATA_DIR, OG_CACHE_DIR } from "../config";
import { exists, hashFiles, linkTree, listTree, moveOver, removeFile, replaceWithCopy } from "../site/tree";

/** Kept in the build directory, beside (not in) the served `client/`. */
const MANIFEST_FILE = "lede-build.json";

/**
 * Everything that shapes the app bundle or the way pages are chosen and rendered. A change to any of them means a
 * full build. Test files are left out: they never reach the bundle.
 */
const APP_INPUTS = [
  "src",
  "public",
  "react-router.config.ts",
  "vite.config.ts",
  "package.json",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.app.json",
  "tsconfig.node.json",
  "pipeline/site",
  "pipeline/publish/site-url.ts",
  "pipeline/cli/build.ts",
];

/**
 * Each extra side-by-side build costs a Vite build (~10 s of CPU) before it renders anything; it pays off only
 * with a few hundred pages to share.
 */
const MIN_PAGES_PER_JOB = 400;

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`build: ${message}`);

async function appHash(siteUrl: string | null): Promise<string> {
  const entries: string[] = [`SITE_URL=${siteUrl ?? ""}`];
  for (const input of APP_INPUTS) {
    const full = path.resolve(input);
    const files = (await listTree(full)).filter((file) => !/\.test\.tsx?$/.test(file));
    if (files.length === 0) {
      // A file, or nothing at all.
      const single = await hashFiles(path.dirname(full), [path.basename(full)]).catch(() => null);
      entries.push(`${input}:${single ? Object.values(single)[0] : "missing"}`);
      continue;
    }
    const relevant = input === "public" ? files.filter((file) => !file.startsWith("data/")) : files;
    const hashes = await hashFiles(full, relevant);
    for (const [file, hash] of Object.entries(hashes)) entries.push(`${input}/${file}:${hash}`);
  }
  const { createHash } = await import("node:crypto");
  return createHash("sha256").update(entries.join("\n")).digest("hex").slice(0, 32);
}

async function readManifest(buildDir: string): Promise<BuildManifest | null> {
  const text = await readFile(path.join(buildDir, MANIFEST_FILE), "utf8").catch(() => null);
  if (text === null) return null;
  const parsed = buildManifestSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

/** `react-router build` with these variables; per-page progress lines are counted rather than printed. */
function reactRouterBuild(env: Record<string, string>, label: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve("node_modules/.bin/react-router"), ["build"], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    let pages = 0;
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (line.includes("Prerender (html):") || line.includes("Prerender (data):")) {
        if (line.includes("Prerender (html):")) pages += 1;
        return;
      }
      // With several builds side by side, only the first one's output is shown.
      if (label === "") console.log(line);
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0) {
        log(`react-router ${label === "" ? "" : `(${label}) `}prerendered ${pages} page(s)`);
        resolve();
      } else reject(new Error(`react-router build exited with ${code}`));
    });
  });
}

async function main(): Promise<number> {
  const started = performance.now();
  const siteUrl = parseSiteUrl(process.env.SITE_URL);
  const ogLimit = parseOgLimit(process.env.LEDE_OG_LIMIT);
  const minEntityArticles = parseMinEntityArticles(process.env.LEDE_ENTITY_MIN_ARTICLES);
  const buildDir = path.resolve(process.env.LEDE_BUILD_DIR || "build");
  const staging = `${buildDir}.staging`;
  const next = path.join(staging, "build");
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });

  // What the pages are made from.
  const indexText = await readFile(path.join(DATA_DIR, DATA_FILES.index), "utf8").catch(() => {
    throw new Error(`public/data/${DATA_FILES.index}: not found. Run \`npm run ingest\` before building.`);
  });
  const index = articleIndexSchema.parse(JSON.parse(indexText));
  const entities = entityTableSchema.parse(
    JSON.parse(await readFile(path.join(DATA_DIR, DATA_FILES.entities), "utf8")),
  );
  const pages = sitePages({ index, entities, minEntityArticles });
  const dataHashes = await hashFiles(DATA_DIR, await listTree(DATA_DIR));
  const app = await appHash(siteUrl);

  // Preview images: the newest, and any an earlier build rendered for the article as it is now.
  const fonts = await loadOgFonts();
  const cached = new Set(
    (await listTree(OG_CACHE_DIR)).filter((f) => f.endsWith(".png")).map((f) => f.slice(0, -".png".length)),
  );
  const previews = choosePreviewImages(index.articles, ogLimit, (article) =>
    cached.has(ogCacheKey(articleOgInputs(article), fonts.digest)),
  );
  const previewFile = path.join(staging, "preview-images.json");
  const previewList: PreviewImages = { version: 1, slugs: [...previews].sort() };
  await writeFile(previewFile, JSON.stringify(previewList));

  const keys = Object.fromEntries(
    pages.map((page) => [
      page.path,
      pageKey(page.data, dataHashes, page.previewOf && previews.has(page.previewOf) ? "own-preview" : ""),
    ]),
  );
  const forced = process.env.LEDE_FULL_BUILD === "1";
  const previous = forced ? null : await readManifest(buildDir);
  let plan = planBuild(previous, { appHash: app, pages: keys });
  if (forced) plan = { kind: "full", reason: "LEDE_FULL_BUILD=1" };
  if (plan.kind === "incremental" && !(await exists(path.join(buildDir, "client", "__spa-fallback.html")))) {
    plan = { kind: "full", reason: "the previous build is incomplete" };
  }
  log(`${pages.length} page(s), ${Object.keys(dataHashes).length} data file(s), hashed in ${seconds(started)}`);

  const jobs = Number(process.env.LEDE_BUILD_JOBS) || availableParallelism();
  const prerenderOptions = { staging, pages, jobs, previewFile };
  if (plan.kind === "incremental") {
    const incremental = await buildIncrementally({ buildDir, next, plan, previous, dataHashes, ...prerenderOptions });
    if (!incremental) plan = { kind: "full", reason: "the rebuilt app differs from the previous build's" };
  }
  if (plan.kind === "full") {
    log(`full build (${plan.reason})`);
    const renderStarted = performance.now();
    await rm(next, { recursive: true, force: true });
    await prerender({ ...prerenderOptions, paths: pages.map((page) => page.path), dir: next, copyPublic: true });
    log(`prerendered in ${seconds(renderStarted)}`);
  }

  const publishStarted = performance.now();
  const report = await publishSite({
    clientDir: path.join(next, "client"),
    siteUrl,
    cacheDir: OG_CACHE_DIR,
    previews,
    fonts,
  });
  const { images, feeds, sitemapPages } = report;
  log(
    `published ${images.rendered + images.reused} preview image(s) (${images.rendered} rendered), ` +
      `${feeds.files} feed(s), robots.txt${sitemapPages === null ? "" : `, sitemap.xml (${sitemapPages} pages)`} in ${seconds(publishStarted)}`,
  );
  if (sitemapPages === null) log("SITE_URL is not set, so links are root-relative and no sitemap.xml was written.");

  const manifest: BuildManifest = { version: 1, appHash: app, data: dataHashes, pages: keys };
  await writeFile(path.join(next, MANIFEST_FILE), JSON.stringify(manifest));

  // The swap: the previous build stays whole until the new one is complete.
  // A name of its own, outside the staging folder, which the next build may already be filling.
  const old = `${staging}.old.${process.pid}`;
  const hadBuild = await exists(buildDir);
  if (hadBuild) await rename(buildDir, old);
  await rename(next, buildDir);
  await rm(staging, { recursive: true, force: true });
  log(`${path.relative(process.cwd(), buildDir)}/ ready in ${seconds(started)}`);
  // Deleting tens of thousands of files takes seconds and nothing needs to wait for it.
  if (hadBuild) spawn("rm", ["-rf", old], { detached: true, stdio: "ignore" }).unref();
  return 0;
}

interface PrerenderOptions {
  staging: string;
  pages: SitePage[];
  /** How many `react-router build`s may run side by side. */
  jobs: number;
  previewFile: string;
}

/**
 * `react-router build` of `paths` into `dir` (a build directory). Large lists are shared between `jobs` builds
 * side by side, each into its own folder, and their pages moved into `dir`: React Router renders on one thread.
 * Only the first build copies `public/` when `copyPublic` is set.
 */
async function prerender({
  staging,
  pages,
  jobs,
  previewFile,
  paths,
  dir,
  copyPublic,
}: PrerenderOptions & { paths: readonly string[]; dir: string; copyPublic: boolean }): Promise<void> {
  const count = Math.max(1, Math.min(jobs, Math.floor(paths.length / MIN_PAGES_PER_JOB)));
  const shards = shardPaths(paths, count);
  const dirs = shards.map((_, i) => (i === 0 ? dir : path.join(staging, `shard-${i}`)));
  await Promise.all(
    shards.map(async (shard, i) => {
      const listFile = path.join(staging, `prerender-${i}.json`);
      await writeFile(listFile, JSON.stringify(partialPrerenderPaths(pages, shard)));
      const env: Record<string, string> = {
        LEDE_BUILD_DIR: dirs[i] as string,
        LEDE_PRERENDER_PATHS: listFile,
        LEDE_PREVIEW_IMAGES: previewFile,
      };
      if (i > 0 || !copyPublic) env.LEDE_COPY_PUBLIC = "0";
      await reactRouterBuild(env, shards.length === 1 ? "" : `${i + 1} of ${shards.length}`);
    }),
  );
  const assets = (await listTree(path.join(dir, "client", "assets"))).join("\n");
  for (const [i, shard] of shards.entries()) {
    if (i === 0) continue;
    const shardDir = dirs[i] as string;
    if ((await listTree(path.join(shardDir, "client", "assets"))).join("\n") !== assets) {
      throw new Error("two builds of the same app produced different assets");
    }
    await movePages(path.join(shardDir, "client"), path.join(dir, "client"), shard);
    await rm(shardDir, { recursive: true, force: true });
  }
}

async function movePages(fromClient: string, toClient: string, pagePaths: readonly string[]): Promise<void> {
  for (const page of pagePaths) {
    for (const file of prerenderedFiles(page)) {
      const from = path.join(fromClient, file);
      if (await exists(from)) await moveOver(from, path.join(toClient, file));
    }
  }
}

/**
 * The previous build, as hard links, with changed data files copied in, changed pages rendered again and removed
 * pages deleted. False when the app React Router builds is not the one the previous build holds (then the caller
 * builds everything).
 */
async function buildIncrementally({
  buildDir,
  next,
  plan,
  previous,
  dataHashes,
  ...options
}: PrerenderOptions & {
  buildDir: string;
  next: string;
  plan: Extract<BuildPlan, { kind: "incremental" }>;
  previous: BuildManifest | null;
  dataHashes: Record<string, string>;
}): Promise<boolean> {
  const started = performance.now();
  const clientDir = path.join(next, "client");
  const partial = path.join(options.staging, "partial");
  if (plan.render.length > 0) {
    await prerender({ ...options, paths: plan.render, dir: partial, copyPublic: false });
    const [before, after] = await Promise.all([
      listTree(path.join(buildDir, "client", "assets")),
      listTree(path.join(partial, "client", "assets")),
    ]);
    if (before.join("\n") !== after.join("\n")) return false;
    log(`react-router build of ${plan.render.length} changed page(s) in ${seconds(started)}`);
  }

  await linkTree(buildDir, next);
  const data = diffData(previous?.data ?? {}, dataHashes);
  for (const file of data.copy) await replaceWithCopy(path.join(DATA_DIR, file), path.join(clientDir, "data", file));
  for (const file of data.remove) await removeFile(path.join(clientDir, "data"), file);
  for (const page of plan.remove) {
    for (const file of prerenderedFiles(page)) await removeFile(clientDir, file);
  }
  if (plan.render.length > 0) {
    await movePages(path.join(partial, "client"), clientDir, plan.render);
    await moveOver(path.join(partial, "client", "__spa-fallback.html"), path.join(clientDir, "__spa-fallback.html"));
  }
  log(
    `incremental: ${plan.render.length} page(s) changed, ${plan.remove.length} removed, ` +
      `${data.copy.length} data file(s) copied, ${data.remove.length} removed, in ${seconds(started)}`,
  );
  return true;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
