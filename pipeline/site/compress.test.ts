import { mkdtemp, mkdir, readFile, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, beforeEach, expect, it } from "vitest";
import { compressTree } from "./compress";

let dir: string;
const page = "<!DOCTYPE html>" + "<p>Every text file gets a brotli and a gzip twin.</p>".repeat(100);

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "lede-compress-"));
  await mkdir(path.join(dir, "articles/a"), { recursive: true });
  await mkdir(path.join(dir, "assets"), { recursive: true });
  await writeFile(path.join(dir, "articles/a/index.html"), page);
  await writeFile(path.join(dir, "assets/app-1.js"), `export const text = ${JSON.stringify(page)};`);
  await writeFile(path.join(dir, "og.png"), Buffer.alloc(4096, 7));
  await writeFile(path.join(dir, "tiny.json"), "{}");
});

afterEach(() => rm(dir, { recursive: true, force: true }));

it("writes brotli and gzip twins of text files that decompress to the file, and leaves images and tiny files", async () => {
  const report = await compressTree(dir, Date.now());
  expect(report.written).toBe(2);
  expect(brotliDecompressSync(await readFile(path.join(dir, "articles/a/index.html.br"))).toString()).toBe(page);
  expect(gunzipSync(await readFile(path.join(dir, "articles/a/index.html.gz"))).toString()).toBe(page);
  expect((await stat(path.join(dir, "articles/a/index.html.br"))).size).toBeLessThan(page.length / 10);
  for (const file of ["og.png.br", "og.png.gz", "tiny.json.br", "tiny.json.gz"]) {
    await expect(stat(path.join(dir, file)), file).rejects.toThrow();
  }
});

it("keeps the twins of files older than the run, rewrites those of files written since, and deletes orphans", async () => {
  await compressTree(dir, Date.now());
  // The next build starts later: nothing was written since, so every twin stays.
  const nextBuild = Date.now() + 1000;
  const again = await compressTree(dir, nextBuild);
  expect(again).toMatchObject({ written: 0, kept: 2, removed: 0 });

  // A build that changed one page and removed an asset.
  const changed = page.replace("Every", "Each");
  const future = new Date(nextBuild + 5000);
  await writeFile(path.join(dir, "articles/a/index.html"), changed);
  await utimes(path.join(dir, "articles/a/index.html"), future, future);
  await rm(path.join(dir, "assets/app-1.js"));
  const third = await compressTree(dir, nextBuild);
  expect(third).toMatchObject({ written: 1, removed: 2 });
  expect(brotliDecompressSync(await readFile(path.join(dir, "articles/a/index.html.br"))).toString()).toBe(changed);
  await expect(stat(path.join(dir, "assets/app-1.js.br"))).rejects.toThrow();

  // A file with one twin missing gets both again, whatever its age.
  await rm(path.join(dir, "articles/a/index.html.gz"));
  expect(await compressTree(dir, 0)).toMatchObject({ written: 1 });
  expect(gunzipSync(await readFile(path.join(dir, "articles/a/index.html.gz"))).toString()).toBe(changed);
});
