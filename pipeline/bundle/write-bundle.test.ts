import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EMPTY_META } from "../parse/parsed-article";
import { buildBundle, type Bundle, type SourceArticle } from "./build-bundle";
import { bundleFiles, writeBundle } from "./write-bundle";

function source(name: string, text: string): SourceArticle {
  const at = text.indexOf("Berlin");
  return {
    sourcePath: `${name}.md`,
    parsed: { title: `About ${name}`, blocks: [{ type: "paragraph", text }], meta: EMPTY_META },
    entities:
      at === -1
        ? { entities: [], mentions: [] }
        : {
            entities: [{ id: "place:berlin", name: "Berlin", type: "place" }],
            mentions: [{ block: 0, start: at, end: at + 6, entityId: "place:berlin" }],
          },
    classify: () => ({ topics: ["politics"], scores: [0.9] }),
  };
}

const bundleOf = (...sources: SourceArticle[]): Bundle => buildBundle(sources);

let work: string;
let dataDir: string;
let manifestFile: string;
const write = (bundle: Bundle, options = {}) => writeBundle(bundle, dataDir, { manifestFile, ...options });
const inode = async (relative: string) => (await stat(path.join(dataDir, relative))).ino;
const listing = async () => (await readdir(dataDir, { recursive: true })).sort();

beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "lede-write-"));
  dataDir = path.join(work, "public/data");
  manifestFile = path.join(work, "cache/manifest.json");
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe("writeBundle", () => {
  const a = source("alpha", "The parliament in Berlin voted.");
  const b = source("beta", "Markets were calm.");

  it("writes every file that bundleFiles lists, each one validated", async () => {
    const bundle = bundleOf(a, b);
    const result = await write(bundle);
    const expected = bundleFiles(bundle).map((f) => f.path);
    expect(result).toMatchObject({ files: expected.length, written: expected.length });
    expect(await listing()).toEqual(expect.arrayContaining(expected));
    const index = JSON.parse(await readFile(path.join(dataDir, "index.json"), "utf8")) as { articles: unknown[] };
    expect(index.articles).toHaveLength(2);
    expect(await readdir(path.join(work, "public"))).toEqual(["data"]);
  });

  it("links unchanged files from the previous output, rewrites changed ones, removes deleted ones", async () => {
    await write(bundleOf(a, b));
    const alphaBefore = await inode("articles/about-alpha.json");

    const result = await write(bundleOf(source("alpha", "The parliament in Berlin voted again.")));
    expect(await inode("articles/about-alpha.json")).not.toBe(alphaBefore);
    expect(await listing()).not.toContain("articles/about-beta.json");
    expect(result.written).toBeLessThan(result.files);

    const again = await write(bundleOf(source("alpha", "The parliament in Berlin voted again."), b));
    // The index, beta, and the list files that list it (head, catalog, summaries, search index); alpha, Berlin
    // and the entity table are linked.
    expect(again.written).toBe(6);
    const alphaNow = await inode("articles/about-alpha.json");
    await write(bundleOf(source("alpha", "The parliament in Berlin voted again."), b));
    expect(await inode("articles/about-alpha.json")).toBe(alphaNow);
  });

  it("writes everything again when the data folder was replaced behind its back", async () => {
    const bundle = bundleOf(a, b);
    await write(bundle);
    await rm(dataDir, { recursive: true });
    const result = await write(bundle);
    expect(result.written).toBe(result.files);
  });

  it("ignores a corrupt manifest", async () => {
    const bundle = bundleOf(a, b);
    await write(bundle);
    await writeFile(manifestFile, "{ not json");
    const result = await write(bundle);
    expect(result.written).toBe(result.files);
    expect(JSON.parse(await readFile(path.join(dataDir, "index.json"), "utf8"))).toEqual(bundle.index);
  });

  it("leaves the previous output whole when a file fails validation or the write fails", async () => {
    await write(bundleOf(a, b));
    const before = new Map(
      await Promise.all(
        (await listing()).map(async (f) => [f, await readFile(path.join(dataDir, f), "utf8").catch(() => "")] as const),
      ),
    );

    const invalid = bundleOf(source("alpha", "The parliament in Berlin voted again."), b);
    invalid.articles[0]!.summary = 42 as unknown as string;
    await expect(write(invalid)).rejects.toThrow();
    const failing = bundleOf(source("alpha", "Changed."));
    await expect(write(failing, { beforeSwap: () => Promise.reject(new Error("disk full")) })).rejects.toThrow(
      "disk full",
    );

    expect(await listing()).toEqual([...before.keys()]);
    for (const [f, content] of before)
      expect(await readFile(path.join(dataDir, f), "utf8").catch(() => "")).toBe(content);
    expect(await readdir(path.join(work, "public"))).toEqual(["data"]);
    // The manifest still describes the folder: the next write links what it can.
    expect((await write(bundleOf(a, b))).written).toBe(0);
  });

  it("refuses a bundle that would write one file twice, leaving the previous output whole", async () => {
    await write(bundleOf(a, b));
    const before = await listing();
    const twice = bundleOf(a, b);
    twice.articles[1]!.slug = twice.articles[0]!.slug; // what the old suffixing did to "Hello World 2"
    await expect(write(twice)).rejects.toThrow(`articles/${twice.articles[0]!.slug}.json: written twice`);
    expect(await listing()).toEqual(before);
  });
});
