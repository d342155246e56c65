import { createHash } from "node:crypto";
import { linkSync } from "node:fs";
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { articleIndexSchema, articleSchema } from "../../src/schema/article";
import { DATA_FILES } from "../../src/schema/data-files";
import { entityTableSchema } from "../../src/schema/entity";
import { entityDetailSchema } from "../../src/schema/entity-detail";
import { INGEST_CACHE_DIR } from "../config";
import { catalogSchema, listHeadSchema, summaryPageSchema } from "../../src/schema/list";
import type { Bundle } from "./build-bundle";

export interface BundleFile {
  /** Relative to the data folder (src/schema/data-files.ts). */
  path: string;
  /** The content as built, before validation: what decides whether the file changed. */
  raw: unknown;
  /** The file's content, validated with the schema the app parses it with; throws when invalid. */
  value: () => unknown;
  /** The file's text when it comes already serialised (then `raw` and `value` are unused). */
  json?: string;
}

const file = <T>(relative: string, schema: { parse: (data: unknown) => T }, data: unknown): BundleFile => ({
  path: relative,
  raw: data,
  value: () => schema.parse(data),
});

/** Every file of the published bundle. A new output file is one more line here. */
export function bundleFiles(bundle: Bundle): BundleFile[] {
  return [
    file(DATA_FILES.index, articleIndexSchema, bundle.index),
    file(DATA_FILES.entities, entityTableSchema, bundle.entityTable),
    ...bundle.articles.map((a) => file(DATA_FILES.article(a.slug), articleSchema, a)),
    ...bundle.entityDetails.map((d) => file(DATA_FILES.entity(d.entity.id), entityDetailSchema, d)),
    file(DATA_FILES.listHead, listHeadSchema, bundle.list.head),
    file(DATA_FILES.catalog, catalogSchema, bundle.list.catalog),
    ...bundle.list.summaryPages.map((page, i) => file(DATA_FILES.summaryPage(i), summaryPageSchema, page)),
    // MiniSearch's own format (src/schema/search-index.ts), produced by MiniSearch itself.
    { path: DATA_FILES.searchIndex, raw: null, value: () => null, json: bundle.searchIndex },
  ];
}

/**
 * What the last write put in a data folder: each file's content hash, and the folder's inode, so a folder
 * replaced or removed by anything else is noticed and written in full.
 */
const manifestSchema = z.object({
  version: z.literal(1),
  dataDir: z.string(),
  inode: z.number(),
  files: z.record(z.string(), z.string()),
});
type Manifest = z.infer<typeof manifestSchema>;

/** Kept outside the data folder (which is published as is), one per data folder. */
export function defaultManifestFile(dataDir: string): string {
  const id = createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 16);
  return path.join(INGEST_CACHE_DIR, `output-${id}.json`);
}

export interface WriteOptions {
  manifestFile?: string;
  /** Test hook: runs after staging is complete, before the swap. */
  beforeSwap?: () => Promise<void>;
}

export interface WriteResult {
  files: number;
  bytes: number;
  /** Files whose content changed (or was new); the rest were hard-linked from the previous output. */
  written: number;
}

const CONCURRENCY = 64;

/** The sibling folders a run writes beside `dataDir`: `.data-staging-<pid>` (the new output) and `.data-old-<pid>`. */
const SIDE_FOLDERS = ["staging", "old"] as const;
const sidePrefix = (dataDir: string, kind: (typeof SIDE_FOLDERS)[number]) => `.${path.basename(dataDir)}-${kind}-`;
const sideFolder = (dataDir: string, kind: (typeof SIDE_FOLDERS)[number]) =>
  path.join(path.dirname(dataDir), `${sidePrefix(dataDir, kind)}${process.pid}`);

/**
 * Removes the side folders that an ingest killed mid-write left next to `dataDir`. Only safe while holding the
 * ingest lock: then no other run is writing one. Returns their names.
 */
export async function removeStaleStaging(dataDir: string): Promise<string[]> {
  const parent = path.dirname(dataDir);
  const names = await readdir(parent).catch(() => [] as string[]);
  const stale = names.filter((name) =>
    SIDE_FOLDERS.map((kind) => sidePrefix(dataDir, kind)).some(
      (prefix) => name.startsWith(prefix) && /^\d+$/.test(name.slice(prefix.length)),
    ),
  );
  for (const name of stale) await rm(path.join(parent, name), { recursive: true, force: true });
  return stale;
}

/**
 * Stages the bundle in a sibling folder, then swaps it in with renames, so a failure at any point leaves the
 * previous output whole. A file whose content hash matches the previous output is hard-linked from it instead
 * of written, so a rebuild after one change writes a handful of files (decision 012).
 */
export async function writeBundle(bundle: Bundle, dataDir: string, options: WriteOptions = {}): Promise<WriteResult> {
  const manifestFile = options.manifestFile ?? defaultManifestFile(dataDir);
  const staging = sideFolder(dataDir, "staging");
  const retired = sideFolder(dataDir, "old");
  const previous = await readManifest(manifestFile, dataDir);
  const files = bundleFiles(bundle);
  // Two entries for one path would be written at once into the same file (invalid JSON, an article lost).
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f.path)) throw new Error(`${f.path}: written twice (two articles or entities share a name)`);
    seen.add(f.path);
  }
  const hashes: Record<string, string> = {};
  let bytes = 0;
  let written = 0;

  await rm(staging, { recursive: true, force: true });
  try {
    for (const dir of new Set(files.map((f) => path.dirname(path.join(staging, f.path))))) {
      await mkdir(dir, { recursive: true });
    }
    await forEachLimited(files, CONCURRENCY, async (f) => {
      // Unchanged content was validated when it was first written: only what changed is validated again, which
      // at 10,000 articles is most of the time a rebuild after one edit would otherwise spend.
      const raw = f.json ?? JSON.stringify(f.raw);
      const hash = createHash("sha256").update(raw).digest("base64url");
      bytes += Buffer.byteLength(raw);
      hashes[f.path] = hash;
      const target = path.join(staging, f.path);
      if (previous?.files[f.path] === hash && linkOrFalse(path.join(dataDir, f.path), target)) return;
      written += 1;
      await writeFile(target, f.json ?? JSON.stringify(f.value()));
    });
    await options.beforeSwap?.();
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }

  await rm(retired, { recursive: true, force: true });
  const hadPrevious = await rename(dataDir, retired).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === "ENOENT") return false;
      throw error;
    },
  );
  await rename(staging, dataDir);
  // Forget the old manifest before anything else can fail: it no longer describes the folder.
  await rm(manifestFile, { force: true });
  if (hadPrevious) await rm(retired, { recursive: true, force: true });
  await writeManifest(manifestFile, {
    version: 1,
    dataDir: path.resolve(dataDir),
    inode: (await stat(dataDir)).ino,
    files: hashes,
  });
  return { files: files.length, bytes, written };
}

/** Synchronous, like the reads: most files of a rebuild are links, and a thread-pool round trip each cost ~0.5 s. */
function linkOrFalse(existing: string, target: string): boolean {
  try {
    linkSync(existing, target);
    return true;
  } catch {
    return false;
  }
}

async function readManifest(manifestFile: string, dataDir: string): Promise<Manifest | undefined> {
  try {
    const manifest = manifestSchema.parse(JSON.parse(await readFile(manifestFile, "utf8")));
    const { ino } = await stat(dataDir);
    return manifest.dataDir === path.resolve(dataDir) && manifest.inode === ino ? manifest : undefined;
  } catch {
    return undefined; // none yet, unreadable or stale: every file is written
  }
}

async function writeManifest(manifestFile: string, manifest: Manifest): Promise<void> {
  await mkdir(path.dirname(manifestFile), { recursive: true });
  const partial = `${manifestFile}.${process.pid}.tmp`;
  await writeFile(partial, JSON.stringify(manifest));
  await rename(partial, manifestFile);
}

async function forEachLimited<T>(items: readonly T[], limit: number, run: (item: T) => Promise<void>) {
  let next = 0;
  let failed = false;
  const lane = async () => {
    try {
      while (!failed && next < items.length) await run(items[next++]!);
    } catch (error) {
      failed = true; // the other lanes stop too, so nothing writes into a staging folder being removed
      throw error;
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}
