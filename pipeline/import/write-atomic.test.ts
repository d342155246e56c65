import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeFileAtomic } from "./write-atomic";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "lede-atomic-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("writeFileAtomic", () => {
  it("creates folders, and replaces a file whole", async () => {
    const file = path.join(dir, "site/a.md");
    await writeFileAtomic(file, "old");
    await writeFileAtomic(file, "new");
    expect(await readFile(file, "utf8")).toBe("new");
    expect(await readdir(path.join(dir, "site"))).toEqual(["a.md"]);
  });

  it("leaves the old file and no temporary file when the write fails", async () => {
    await writeFile(path.join(dir, "a.md"), "old");
    await mkdir(path.join(dir, "b.md")); // renaming a file over a folder fails, even as root
    await expect(writeFileAtomic(path.join(dir, "b.md"), "new")).rejects.toThrow();
    expect((await readdir(dir)).sort()).toEqual(["a.md", "b.md"]);
    expect(await readFile(path.join(dir, "a.md"), "utf8")).toBe("old");
  });
});
