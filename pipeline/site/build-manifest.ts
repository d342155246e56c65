import { createHash } from "node:crypto";
import { z } from "zod/mini";

/**
 * What a finished build was made from, kept in the build directory (outside `client/`, so it is not served). The
 * next build compares against it to prerender only the pages whose inputs changed.
 */
export const buildManifestSchema = z.object({
  version: z.literal(2),
  /** A hash of everything that shapes the app bundle: any change means a full build. */
  appHash: z.string(),
  /** Every data file the build copied into `client/data/`, by content hash. */
  data: z.record(z.string(), z.string()),
  /**
   * Every prerendered page path (and the SPA fallback): the data files it read while it was rendered, as the
   * renderer observed them (src/lib/data-reads.ts), and a hash of their contents then (see pageKey).
   */
  pages: z.record(z.string(), z.object({ key: z.string(), reads: z.array(z.string()) })),
  /**
   * Each data file's size, mtime and inode when it was hashed (statKey): the next build trusts the hash while they
   * are unchanged, instead of reading 137 MB again. The ingest replaces a changed file (new inode) and hard-links
   * an unchanged one (same inode and mtime), so this is exact for its output.
   */
  stats: z.optional(z.record(z.string(), z.string())),
  /**
   * The hashed files (`assets/…`) this build's app is made of. The next full build keeps them beside its own, so
   * a page loaded from this build just before the swap still finds its scripts; the build after that drops them.
   */
  assets: z.optional(z.array(z.string())),
});
export type BuildManifest = z.infer<typeof buildManifestSchema>;

/** What must stay the same for a data file's recorded hash to be reused. */
export function statKey(stats: { size: number; mtimeMs: number; ino: number }): string {
  return `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
}

/**
 * The files whose content hash has to be computed: those whose stat key differs from the previous build's or that
 * it did not hash.
 */
export function filesToHash(
  stats: Readonly<Record<string, string>>,
  previous: Pick<BuildManifest, "data" | "stats"> | null,
): string[] {
  return Object.keys(stats).filter(
    (file) => previous?.stats?.[file] !== stats[file] || previous?.data[file] === undefined,
  );
}

/**
 * A page's inputs, as one hash: the content hashes of the data files it read and any other fact its HTML shows
 * (e.g. whether its article has a preview image of its own). A missing file counts as an input too.
 */
export function pageKey(data: readonly string[], dataHashes: Readonly<Record<string, string>>, extra = ""): string {
  const hash = createHash("sha256");
  for (const file of data) hash.update(`${file}\0${dataHashes[file] ?? "missing"}\0`);
  return hash.update(extra).digest("hex").slice(0, 32);
}

export type BuildPlan =
  | { kind: "full"; reason: string }
  | {
      kind: "incremental";
      /** New pages and pages whose inputs changed. */
      render: string[];
      /** Pages the previous build had and this one does not. */
      remove: string[];
    };

/**
 * Full when there is no previous build or the app changed. Otherwise a page is rendered again when it is new, or
 * when `key` of the files it read last time differs from the key recorded then; pages the previous build had and
 * this one does not are removed. Stable order.
 */
export function planBuild(
  previous: BuildManifest | null,
  next: { appHash: string; pages: readonly string[]; key: (page: string, reads: readonly string[]) => string },
): BuildPlan {
  if (!previous) return { kind: "full", reason: "no previous build" };
  if (previous.appHash !== next.appHash) return { kind: "full", reason: "the app changed" };
  const render = next.pages
    .filter((page) => {
      const before = previous.pages[page];
      return !before || next.key(page, before.reads) !== before.key;
    })
    .sort();
  const wanted = new Set(next.pages);
  const remove = Object.keys(previous.pages)
    .filter((page) => !wanted.has(page))
    .sort();
  return { kind: "incremental", render, remove };
}

/** Data files to copy (new or changed) and to delete, comparing content hashes. */
export function diffData(
  previous: Readonly<Record<string, string>>,
  next: Readonly<Record<string, string>>,
): { copy: string[]; remove: string[] } {
  return {
    copy: Object.keys(next)
      .filter((file) => previous[file] !== next[file])
      .sort(),
    remove: Object.keys(previous)
      .filter((file) => !(file in next))
      .sort(),
  };
}

/**
 * The paths a partial prerender must include besides the changed ones. React Router refuses to build (with
 * `ssr: false`) when a route with a `loader` has no prerendered path, so each route keeps one (the last listed:
 * lists put the largest first); and `/` must be in the list for the SPA fallback to be written as
 * `__spa-fallback.html` rather than `index.html`.
 */
export function partialPrerenderPaths(
  pages: readonly { path: string; route: string }[],
  changed: readonly string[],
): string[] {
  const list = new Set(changed);
  list.add("/");
  const covered = new Set(pages.filter((page) => list.has(page.path)).map((page) => page.route));
  for (const page of [...pages].reverse()) {
    if (covered.has(page.route)) continue;
    covered.add(page.route);
    list.add(page.path);
  }
  return [...list];
}

/**
 * Splits the pages to render between `count` builds that run side by side (one per core): `/` goes to the first,
 * which writes the SPA fallback; the rest are dealt out in turn.
 */
export function shardPaths(paths: readonly string[], count: number): string[][] {
  const shards: string[][] = Array.from({ length: Math.max(1, count) }, () => []);
  const rest = paths.filter((path) => path !== "/");
  if (rest.length !== paths.length) shards[0]?.push("/");
  rest.forEach((path, i) => shards[i % shards.length]?.push(path));
  return shards;
}
