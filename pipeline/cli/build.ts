/**
 * `npm run build`: the site in `<LEDE_BUILD_DIR or build>/`, prerendered by `react-router build` and published
 * (preview images, feeds, robots, sitemap), rebuilding only what changed since the last build when it can
 * (docs/decisions/013-incremental-build.md).
 *
 * Everything is built in `<build>.staging/` and swapped in at the end, so a failure leaves the previous build whole.
 * LEDE_FULL_BUILD=1 forces a full build.
 */
import { spawn } from "node:child_process";
import { copyFile, link, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { createInterface } from "node:readline";
import { articleIndexSchema } from "../../src/schema/article";
import { DATA_FILES } from "../../src/schema/data-files";
import { entityTableSchema } from "../../src/schema/entity";
import {
  checkReactRouterVersion,
  isPrerenderProgress,
  prerenderedFiles,
  SPA_FALLBACK_FILE,
} from "../../src/app/server/react-router-adapter";
import { articleOgInputs, ogCacheKey } from "../publish/og-inputs";
import { loadOgFonts } from "../publish/og-render";
import { choosePreviewImages } from "../publish/preview-plan";
import { publishSite } from "../publish/publish-site";
import { readEnv } from "../lib/env";
import {
  buildManifestSchema,
  diffData,
  filesToHash,
  pageKey,
  partialPrerenderPaths,
  planBuild,
  shardPaths,
  statKey,
  type BuildManifest,
  type BuildPlan,
} from "../site/build-manifest";
import { appInputs } from "../site/app-inputs";
import { compressTree } from "../site/compress";
import { contentSecurityPolicy, headersFile, inlineScriptHashes } from "../site/headers";
import { renderPages, SPA_FALLBACK_KEY, type RenderResult } from "../site/render-pages";
import { bundleServiceWorker } from "../site/service-worker-bundle";
import {
  injectPrecache,
  precacheEntries,
  SERVICE_WORKER_FILE,
  SERVICE_WORKER_TEMPLATE_DIR,
  SHELL_FILES,
} from "../site/service-worker";
import { UNRENDERED_PAGES_FILE, unrenderedPages } from "../site/unrendered-pages";
import { sitePages, type SitePage } from "../site/site-pages";
import { DATA_DIR, OG_CACHE_DIR } from "../config";
import {
  exists,
  hashFiles,
  isPublishable,
  linkTree,
  listTree,
  removeFile,
  removeHiddenEntries,
  replaceWithCopy,
  statFiles,
  swapIn,
  writeAtomically,
} from "../lib/tree";

/** Kept in the build directory, beside (not in) the served `client/`. */
const MANIFEST_FILE = "lede-build.json";
/** React Router's server bundle, kept beside `client/` to render pages with (pipeline/site/render-pages.ts). */
const SERVER_DIR = "lede-server";
const SERVER_ENTRY = "index.js";
/** Pages in flight per renderer: rendering is synchronous, a few overlap their file reads and writes. */
const RENDER_CONCURRENCY = 4;

/**
 * Each extra renderer process costs ~1 s of start-up (tsx, the server bundle) before it renders anything; fewer
 * pages than this are rendered in the build's own process.
 */
const MIN_PAGES_PER_JOB = 200;

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`build: ${message}`);

async function appHash(siteUrl: string | null): Promise<string> {
  const root = process.cwd();
  const inputs = await appInputs(root);
  const hashes = await hashFiles(root, inputs);
  const entries = [`SITE_URL=${siteUrl ?? ""}`, ...inputs.map((file) => `${file}:${hashes[file] ?? "missing"}`)];
  const { createHash } = await import("node:crypto");
  return createHash("sha256").update(entries.join("\n")).digest("hex").slice(0, 32);
}

async function readManifest(buildDir: string): Promise<BuildManifest | null> {
  const text = await readFile(path.join(buildDir, MANIFEST_FILE), "utf8").catch(() => null);
  if (text === null) return null;
  const parsed = buildManifestSchema.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : null;
}

/** `react-router build` with these variables; its per-page progress lines are left out. */
function reactRouterBuild(env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve("node_modules/.bin/react-router"), ["build"], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "inherit"],
    });
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (!isPrerenderProgress(line)) console.log(line);
    });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`react-router build exited with ${code}`))));
  });
}

async function main(): Promise<number> {
  const started = performance.now();
  const startedAt = Date.now();
  await checkReactRouterVersion(process.cwd());
  const settings = readEnv([
    "SITE_URL",
    "LEDE_OG_LIMIT",
    "LEDE_ENTITY_MIN_ARTICLES",
    "LEDE_BUILD_DIR",
    "LEDE_FULL_BUILD",
    "LEDE_BUILD_JOBS",
  ]);
  const siteUrl = settings.SITE_URL;
  const ogLimit = settings.LEDE_OG_LIMIT;
  const minEntityArticles = settings.LEDE_ENTITY_MIN_ARTICLES;
  const buildDir = path.resolve(settings.LEDE_BUILD_DIR);
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
  const forced = settings.LEDE_FULL_BUILD;
  const manifest = await readManifest(buildDir);
  const { hashes: dataHashes, stats: dataStats, hashed } = await hashData(manifest);
  const app = await appHash(siteUrl);

  // Preview images: the newest, and any an earlier build rendered for the article as it is now.
  const fonts = await loadOgFonts();
  const cached = new Set(
    (await listTree(OG_CACHE_DIR)).filter((f) => f.endsWith(".png")).map((f) => f.slice(0, -".png".length)),
  );
  const previews = choosePreviewImages(index.articles, ogLimit, (article) =>
    cached.has(ogCacheKey(articleOgInputs(article), fonts.digest)),
  );

  // A page's key: what it read last time (the manifest's record), and whether it shows an image of its own.
  const previewOf = new Map(pages.map((page) => [page.path, page.previewOf]));
  const key = (page: string, reads: readonly string[]) => {
    const of = previewOf.get(page);
    return pageKey(reads, dataHashes, of && previews.has(of) ? "own-preview" : "");
  };
  const targets = [...pages.map((page) => page.path), SPA_FALLBACK_KEY];
  const previous = forced ? null : manifest;
  let plan = planBuild(previous, { appHash: app, pages: targets, key });
  if (forced) plan = { kind: "full", reason: "LEDE_FULL_BUILD=1" };
  if (
    plan.kind === "incremental" &&
    !(
      (await exists(path.join(buildDir, "client", SPA_FALLBACK_FILE))) &&
      (await exists(path.join(buildDir, SERVER_DIR, SERVER_ENTRY))) &&
      (await exists(path.join(buildDir, SERVICE_WORKER_TEMPLATE_DIR, SERVICE_WORKER_FILE)))
    )
  ) {
    plan = { kind: "full", reason: "the previous build is incomplete or has no server bundle" };
  }
  log(
    `${pages.length} page(s), ${Object.keys(dataHashes).length} data file(s) (${hashed} hashed) in ${seconds(started)}`,
  );

  const jobs = settings.LEDE_BUILD_JOBS;
  const renderOptions = { staging, jobs, previews: [...previews].sort() };
  const renderStarted = performance.now();
  let ownAssets: string[] = [];
  let rendered: RenderResult;
  if (plan.kind === "incremental") {
    rendered = await buildIncrementally({ buildDir, next, plan, previous, dataHashes, ...renderOptions });
  } else {
    log(`full build (${plan.reason})`);
    rendered = await buildFully({ next, pages, ...renderOptions });
    await bundleServiceWorker(path.join(next, SERVICE_WORKER_TEMPLATE_DIR));
    ownAssets = (await listTree(path.join(next, "client", "assets"))).map((file) => `assets/${file}`);
    const kept = await keepPreviousAssets(buildDir, path.join(next, "client"), manifest, new Set(ownAssets));
    if (kept > 0) log(`kept ${kept} hashed file(s) of the previous build for pages already open`);
    log(`prerendered ${pages.length} page(s) in ${seconds(renderStarted)}`);
  }
  // What each page read: observed for the pages rendered now, the previous record for the others.
  const recordedPages: BuildManifest["pages"] = {};
  for (const page of targets) {
    const reads = rendered.reads[page];
    if (reads) recordedPages[page] = { key: key(page, reads), reads };
    else if (plan.kind === "incremental" && previous?.pages[page]) recordedPages[page] = previous.pages[page];
    else throw new Error(`${page}: rendered, but the renderer recorded no reads for it`);
  }

  // Vite copies public/ whole, hidden entries included (a staging folder left by a killed ingest, editor files).
  const hidden = await removeHiddenEntries(path.join(next, "client"));
  if (hidden.length > 0)
    log(`left out ${hidden.length} hidden entr${hidden.length === 1 ? "y" : "ies"}: ${hidden.join(", ")}`);

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

  // The app's own hashed files: after a full build, what React Router wrote (kept ones were linked in after it).
  const assets = plan.kind === "incremental" ? (manifest?.assets ?? []) : ownAssets;

  // The service worker, with this build's precache list; byte for byte the same until the app changes.
  const clientDir = path.join(next, "client");
  const shellFiles: string[] = [];
  for (const file of SHELL_FILES) if (await exists(path.join(clientDir, file))) shellFiles.push(file);
  const workerTemplate = await readFile(path.join(next, SERVICE_WORKER_TEMPLATE_DIR, SERVICE_WORKER_FILE), "utf8");
  const precache = precacheEntries({ assets, shellFiles, appHash: app });
  // Written aside and renamed: after an incremental build the old file is a hard link into the served build.
  await writeAtomically(path.join(clientDir, SERVICE_WORKER_FILE), injectPrecache(workerTemplate, precache));
  log(`${SERVICE_WORKER_FILE} precaching ${precache.length} file(s)`);

  const headersStarted = performance.now();
  const policy = contentSecurityPolicy(await scriptHashes(clientDir, pages));
  await writeAtomically(path.join(clientDir, "_headers"), headersFile(policy));
  const prerendered = new Set(pages.map((page) => page.path));
  await writeAtomically(
    path.join(next, UNRENDERED_PAGES_FILE),
    JSON.stringify(unrenderedPages(entities, prerendered, siteUrl)),
  );
  const compressed = await compressTree(clientDir, startedAt);
  log(
    `_headers, ${UNRENDERED_PAGES_FILE}, and brotli and gzip for ${compressed.written} file(s) ` +
      `(${compressed.kept} kept, ${compressed.removed} stale removed) in ${seconds(headersStarted)}`,
  );

  const written: BuildManifest = {
    version: 2,
    appHash: app,
    data: dataHashes,
    pages: recordedPages,
    stats: dataStats,
    assets,
  };
  await writeAtomically(path.join(next, MANIFEST_FILE), JSON.stringify(written));

  // The swap: the previous build stays whole until the new one is complete.
  // A name of its own, outside the staging folder, which the next build may already be filling.
  const old = `${staging}.old.${process.pid}`;
  const replaced = await swapIn(next, buildDir, old);
  await rm(staging, { recursive: true, force: true });
  log(`${path.relative(process.cwd(), buildDir)}/ ready in ${seconds(started)}`);
  // Deleting tens of thousands of files takes seconds and nothing needs to wait for it.
  if (replaced) spawn("rm", ["-rf", replaced], { detached: true, stdio: "ignore" }).unref();
  return 0;
}

/**
 * Links the previous build's own hashed files that the new build lacks into it: a reader who opened a page just
 * before the swap still loads its scripts and styles. Only the previous build's own (its manifest says which), so
 * files never pile up over builds.
 */
async function keepPreviousAssets(
  buildDir: string,
  clientDir: string,
  previous: BuildManifest | null,
  own: ReadonlySet<string>,
): Promise<number> {
  let kept = 0;
  for (const file of previous?.assets ?? []) {
    if (own.has(file) || !/^assets\/[^/]+$/.test(file)) continue;
    const from = path.join(buildDir, "client", file);
    if (!(await exists(from))) continue;
    await link(from, path.join(clientDir, file)).catch(() => copyFile(from, path.join(clientDir, file)));
    kept += 1;
  }
  return kept;
}

/**
 * The hashes of the inline scripts the pages run. They are the same on every page of a route
 * (src/app/server/defer-scripts.ts), so the SPA shell and one page of each route tell them all; the e2e suite checks every
 * page of its build against the policy.
 */
async function scriptHashes(clientDir: string, pages: readonly SitePage[]): Promise<string[]> {
  const samples = new Map<string, string>();
  for (const page of pages) if (!samples.has(page.route)) samples.set(page.route, page.path);
  const files = [SPA_FALLBACK_FILE, ...[...samples.values()].map((page) => prerenderedFiles(page)[0])];
  const hashes: string[] = [];
  for (const file of files) {
    const html = await readFile(path.join(clientDir, file), "utf8").catch(() => null);
    if (html !== null) hashes.push(...inlineScriptHashes(html));
  }
  return hashes;
}

/**
 * Content hashes of every data file, reading only the files whose size, mtime or inode changed since the
 * previous build hashed them (most of them are the ingest's hard links to unchanged output).
 */
async function hashData(previous: BuildManifest | null) {
  const stats = Object.fromEntries(
    Object.entries(await statFiles(DATA_DIR, (await listTree(DATA_DIR)).filter(isPublishable))).map(([file, s]) => [
      file,
      statKey(s),
    ]),
  );
  const changed = filesToHash(stats, previous);
  const fresh = await hashFiles(DATA_DIR, changed);
  const hashes = Object.fromEntries(
    Object.keys(stats)
      .sort()
      .map((file) => [file, fresh[file] ?? (previous?.data[file] as string)]),
  );
  return { hashes, stats, hashed: changed.length };
}

interface RenderOptions {
  staging: string;
  /** How many renderer processes may run side by side. */
  jobs: number;
  /** The articles with a preview image of their own. */
  previews: readonly string[];
}

/**
 * Renders `paths` into `clientDir` with the kept server bundle: in this process when they are few, else shared
 * between `jobs` child processes (rendering is synchronous, one core each). Returns what every page read.
 */
async function render({
  staging,
  jobs,
  previews,
  serverEntry,
  clientDir,
  paths,
  spaFallback,
}: RenderOptions & {
  serverEntry: string;
  clientDir: string;
  paths: readonly string[];
  spaFallback: boolean;
}): Promise<RenderResult> {
  const job = { serverEntry, clientDir, spaFallback, concurrency: RENDER_CONCURRENCY, previews };
  if (paths.length < MIN_PAGES_PER_JOB) return renderPages({ ...job, paths });
  const shards = shardPaths(paths, Math.min(jobs, Math.floor(paths.length / MIN_PAGES_PER_JOB)));
  const results = await Promise.all(
    shards.map(async (shard, i) => {
      const jobFile = path.join(staging, `render-${i}.json`);
      const resultFile = path.join(staging, `render-${i}.result.json`);
      await writeFile(jobFile, JSON.stringify({ ...job, paths: shard, spaFallback: spaFallback && i === 0 }));
      await runRenderer(jobFile, resultFile);
      return JSON.parse(await readFile(resultFile, "utf8")) as RenderResult;
    }),
  );
  return {
    written: results.flatMap((result) => result.written),
    reads: Object.assign({}, ...results.map((result) => result.reads)) as RenderResult["reads"],
  };
}

function runRenderer(jobFile: string, resultFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", path.resolve("pipeline/site/render-worker.ts"), jobFile, resultFile],
      { stdio: ["ignore", "ignore", "inherit"] },
    );
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`rendering pages exited with ${code}`))));
  });
}

/**
 * A whole build: one `react-router build` (the app, `public/`, and the few pages React Router insists on: one per
 * route with a loader, and `/`), which leaves its server bundle in `<next>/lede-server/`; then every page and the
 * SPA fallback rendered from that bundle, on every core, so that each one's reads are recorded (the few React
 * Router wrote are written again, the same but for the build's facts, such as preview images).
 */
async function buildFully({
  next,
  pages,
  ...options
}: RenderOptions & { next: string; pages: SitePage[] }): Promise<RenderResult> {
  await rm(next, { recursive: true, force: true });
  const started = performance.now();
  const listFile = path.join(options.staging, "prerender.json");
  const first = partialPrerenderPaths(pages, []);
  await writeFile(listFile, JSON.stringify(first));
  await reactRouterBuild({
    LEDE_BUILD_DIR: next,
    LEDE_PRERENDER_PATHS: listFile,
    LEDE_KEEP_SERVER_BUILD: path.join(next, SERVER_DIR),
  });
  log(`react-router build (the app and the ${first.length} page(s) it requires) in ${seconds(started)}`);
  return render({
    ...options,
    serverEntry: path.join(next, SERVER_DIR, SERVER_ENTRY),
    clientDir: path.join(next, "client"),
    paths: pages.map((page) => page.path),
    spaFallback: true,
  });
}

/**
 * The previous build, as hard links, with changed data files copied in, the pages whose reads changed rendered
 * again from its server bundle (the SPA fallback too, when what it read changed) and removed pages deleted.
 */
async function buildIncrementally({
  buildDir,
  next,
  plan,
  previous,
  dataHashes,
  ...options
}: RenderOptions & {
  buildDir: string;
  next: string;
  plan: Extract<BuildPlan, { kind: "incremental" }>;
  previous: BuildManifest | null;
  dataHashes: Record<string, string>;
}): Promise<RenderResult> {
  const started = performance.now();
  const clientDir = path.join(next, "client");
  await linkTree(buildDir, next);
  const data = diffData(previous?.data ?? {}, dataHashes);
  for (const file of data.copy) await replaceWithCopy(path.join(DATA_DIR, file), path.join(clientDir, "data", file));
  for (const file of data.remove) await removeFile(path.join(clientDir, "data"), file);
  for (const page of plan.remove) {
    for (const file of prerenderedFiles(page)) await removeFile(clientDir, file);
  }
  log(`linked the previous build and copied ${data.copy.length} data file(s) in ${seconds(started)}`);
  const renderStarted = performance.now();
  const paths = plan.render.filter((page) => page !== SPA_FALLBACK_KEY);
  const spaFallback = plan.render.includes(SPA_FALLBACK_KEY);
  const result =
    paths.length > 0 || spaFallback
      ? await render({
          ...options,
          serverEntry: path.join(next, SERVER_DIR, SERVER_ENTRY),
          clientDir,
          paths,
          spaFallback,
        })
      : { written: [], reads: {} };
  log(
    `incremental: ${paths.length} page(s)${spaFallback ? " and the SPA fallback" : ""} rendered in ${seconds(renderStarted)}, ` +
      `${plan.remove.length} removed, ${data.copy.length} data file(s) copied, ${data.remove.length} removed`,
  );
  return result;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
