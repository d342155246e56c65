import { describe, expect, it } from "vitest";
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
} from "./build-manifest";

const data = { "index.json": "i1", "list-head.json": "h1", "articles/a.json": "a1", "articles/b.json": "b1" };
const recorded = (reads: string[], hashes: Record<string, string> = data) => ({ key: pageKey(reads, hashes), reads });
const previous: BuildManifest = {
  version: 2,
  appHash: "app-1",
  data,
  pages: {
    "/": recorded(["list-head.json"]),
    "/articles/a": recorded(["articles/a.json"]),
    "/articles/b": recorded(["articles/b.json"]),
  },
};
const keyWith =
  (hashes: Record<string, string>) =>
  (_page: string, reads: readonly string[]): string =>
    pageKey(reads, hashes);

describe("pageKey", () => {
  it("changes when a data file the page reads changes, and only then", () => {
    const key = pageKey(["articles/a.json"], { "articles/a.json": "a1", "index.json": "i1" });
    expect(pageKey(["articles/a.json"], { "articles/a.json": "a1", "index.json": "i2" })).toBe(key);
    expect(pageKey(["articles/a.json"], { "articles/a.json": "a2", "index.json": "i1" })).not.toBe(key);
  });

  it("counts a missing file and any extra fact the page shows", () => {
    const key = pageKey(["articles/a.json"], { "articles/a.json": "a1" });
    expect(pageKey(["articles/a.json"], {})).not.toBe(key);
    expect(pageKey(["articles/a.json"], { "articles/a.json": "a1" }, "own-preview")).not.toBe(key);
  });
});

describe("planBuild", () => {
  const pages = Object.keys(previous.pages);

  it("builds everything without a previous build or when the app changed", () => {
    expect(planBuild(null, { appHash: "app-1", pages, key: keyWith(data) })).toMatchObject({ kind: "full" });
    expect(planBuild(previous, { appHash: "app-2", pages, key: keyWith(data) })).toEqual({
      kind: "full",
      reason: "the app changed",
    });
  });

  it("renders a page again when a file it read last time changed, new pages, and removes the ones that are gone", () => {
    const plan = planBuild(previous, {
      appHash: "app-1",
      pages: ["/", "/articles/a", "/articles/c"],
      // index.json changed, but no page read it; list-head.json changed and / read it.
      key: keyWith({ ...data, "index.json": "i2", "list-head.json": "h2" }),
    });
    expect(plan).toEqual({ kind: "incremental", render: ["/", "/articles/c"], remove: ["/articles/b"] });
  });

  it("renders nothing when nothing a page read changed", () => {
    expect(planBuild(previous, { appHash: "app-1", pages, key: keyWith({ ...data, "index.json": "i9" }) })).toEqual({
      kind: "incremental",
      render: [],
      remove: [],
    });
  });
});

describe("diffData", () => {
  it("copies new and changed files and removes deleted ones", () => {
    const next = { "index.json": "i2", "list-head.json": "h1", "articles/a.json": "a1", "articles/c.json": "c1" };
    expect(diffData(previous.data, next)).toEqual({
      copy: ["articles/c.json", "index.json"],
      remove: ["articles/b.json"],
    });
  });
});

describe("partialPrerenderPaths", () => {
  const pages = [
    { path: "/", route: "home" },
    { path: "/entities", route: "entities" },
    { path: "/articles/a", route: "article" },
    { path: "/articles/b", route: "article" },
    { path: "/entities/person:x", route: "entity" },
  ];

  it("adds / and one page (the last) of every route that has none among the changed", () => {
    expect(partialPrerenderPaths(pages, ["/articles/b"])).toEqual([
      "/articles/b",
      "/",
      "/entities/person:x",
      "/entities",
    ]);
    expect(partialPrerenderPaths(pages, ["/entities"])).toContain("/articles/b");
  });

  it("adds nothing twice", () => {
    const all = pages.map((page) => page.path);
    expect(partialPrerenderPaths(pages, all).sort()).toEqual([...all].sort());
  });
});

describe("buildManifestSchema", () => {
  it("reads back what the build writes, and rejects anything else", () => {
    expect(buildManifestSchema.parse(JSON.parse(JSON.stringify(previous)))).toEqual(previous);
    expect(buildManifestSchema.safeParse({ version: 2 }).success).toBe(false);
    // A manifest of the format before observed reads means a full build.
    expect(buildManifestSchema.safeParse({ ...previous, version: 1, pages: { "/": "k" } }).success).toBe(false);
  });
});

describe("shardPaths", () => {
  it("puts / in the first shard and deals the rest out in turn", () => {
    expect(shardPaths(["/a", "/", "/b", "/c"], 2)).toEqual([["/", "/a", "/c"], ["/b"]]);
    expect(shardPaths(["/a", "/b"], 1)).toEqual([["/a", "/b"]]);
  });

  it("loses and repeats nothing", () => {
    const paths = Array.from({ length: 25 }, (_, i) => `/p${i}`).concat("/");
    expect(shardPaths(paths, 3).flat().sort()).toEqual([...paths].sort());
  });
});

describe("filesToHash", () => {
  const stats = {
    "a.json": statKey({ size: 1, mtimeMs: 2, ino: 3 }),
    "b.json": statKey({ size: 4, mtimeMs: 5, ino: 6 }),
  };

  it("hashes everything without a previous build", () => {
    expect(filesToHash(stats, null)).toEqual(["a.json", "b.json"]);
  });

  it("hashes only files whose size, mtime or inode changed, or that were not hashed before", () => {
    const previous = { data: { "a.json": "h-a" }, stats: { ...stats, "a.json": stats["a.json"] as string } };
    expect(filesToHash(stats, previous)).toEqual(["b.json"]);
    const touched = { ...stats, "a.json": statKey({ size: 1, mtimeMs: 2.5, ino: 3 }) };
    expect(filesToHash(touched, { data: { "a.json": "h-a", "b.json": "h-b" }, stats })).toEqual(["a.json"]);
    expect(filesToHash(stats, { data: { "a.json": "h-a", "b.json": "h-b" } })).toEqual(["a.json", "b.json"]);
  });
});
