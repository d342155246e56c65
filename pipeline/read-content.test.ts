import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readEnvVar } from "./lib/env";
import { DEFAULT_MAX_ARTICLE_BYTES, readArticleFiles } from "./read-content";

let work: string;
let content: string;
let outside: string;
let cwd: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "lede-read-"));
  content = path.join(work, "content");
  outside = path.join(work, "outside");
  await mkdir(path.join(content, "sub"), { recursive: true });
  await mkdir(outside);
  await writeFile(path.join(content, "a.txt"), "Title\n\nBody.\n");
  cwd = process.cwd();
  process.chdir(work); // messages name files relative to the working directory
});
afterEach(async () => {
  process.chdir(cwd);
  await rm(work, { recursive: true, force: true });
});

const names = (files: { sourcePath: string }[]) => files.map((f) => f.sourcePath);

describe("readArticleFiles", () => {
  it("refuses a file link that leads outside the content folder, naming it and its target", async () => {
    await writeFile(path.join(outside, "passwd.txt"), "root:x:0:0\n\nsecret\n");
    await symlink(path.join(outside, "passwd.txt"), path.join(content, "passwd.txt"));
    const { files, errors } = await readArticleFiles(content);
    expect(names(files)).toEqual(["a.txt"]);
    expect(errors).toEqual([
      `content/passwd.txt:1: links outside the content folder (to ${path.join(outside, "passwd.txt")})`,
    ]);
  });

  it("refuses a folder link that leads outside, and reads links that stay inside", async () => {
    await writeFile(path.join(outside, "x.txt"), "X\n\nx\n");
    await symlink(outside, path.join(content, "elsewhere"));
    await writeFile(path.join(content, "sub", "b.txt"), "B\n\nb\n");
    await symlink(path.join(content, "sub", "b.txt"), path.join(content, "b-link.txt"));
    await symlink("../a.txt", path.join(content, "sub", "a-link.txt"));
    const { files, errors } = await readArticleFiles(content);
    expect(errors).toEqual([`content/elsewhere:1: links outside the content folder (to ${outside})`]);
    expect(names(files)).toEqual(["a.txt", "b-link.txt", "sub/a-link.txt", "sub/b.txt"]);
  });

  it("survives link loops: a folder linked into itself is read once, a self-referencing link is named", async () => {
    await writeFile(path.join(content, "sub", "b.txt"), "B\n\nb\n");
    await symlink("..", path.join(content, "sub", "up"));
    await symlink("loop.txt", path.join(content, "loop.txt"));
    const { files, errors } = await readArticleFiles(content);
    expect(names(files)).toEqual(["a.txt", "sub/b.txt"]);
    expect(errors).toEqual(["content/loop.txt:1: cannot be read: symbolic link loop (ELOOP)"]);
  });

  it("reports a folder it cannot list as path:1 and goes on collecting", async () => {
    await mkdir(path.join(content, "locked"));
    await writeFile(path.join(content, "locked", "c.txt"), "C\n\nc\n");
    await writeFile(path.join(content, "sub", "b.txt"), "B\n\nb\n");
    // Root reads any folder, whatever its mode: the refusal is made by the injected readdir, as the OS would.
    const { files, errors } = await readArticleFiles(content, {
      readdir: async (dir) => {
        if (dir.endsWith("locked")) throw Object.assign(new Error("permission denied"), { code: "EACCES" });
        return readdir(dir, { withFileTypes: true });
      },
    });
    expect(errors).toEqual(["content/locked:1: cannot read folder (EACCES)"]);
    expect(names(files)).toEqual(["a.txt", "sub/b.txt"]);
  });

  it("refuses a file over the limit from its size alone, with the size and how to change the limit", async () => {
    await writeFile(path.join(content, "big.txt"), Buffer.alloc(Math.round(2.4 * 1024 * 1024), "a"));
    const reads: string[] = [];
    const { files, errors } = await readArticleFiles(content, {
      readFile: (file) => {
        reads.push(path.basename(file));
        return Buffer.from("Title\n\nBody.\n");
      },
    });
    expect(errors).toEqual([
      "content/big.txt:1: too large (2.4 MB; the limit is 2 MB, set LEDE_MAX_ARTICLE_BYTES to change it)",
    ]);
    expect(reads).toEqual(["a.txt"]); // never read
    expect(names(files)).toEqual(["a.txt"]);
    const raised = await readArticleFiles(content, { maxBytes: 3 * 1024 * 1024 });
    expect(raised.errors).toEqual([]);
  });
});

describe("LEDE_MAX_ARTICLE_BYTES", () => {
  it("defaults to 2 MB and takes a whole number of bytes from LEDE_MAX_ARTICLE_BYTES", () => {
    expect(readEnvVar("LEDE_MAX_ARTICLE_BYTES", {})).toBe(DEFAULT_MAX_ARTICLE_BYTES);
    expect(DEFAULT_MAX_ARTICLE_BYTES).toBe(2 * 1024 * 1024);
    expect(readEnvVar("LEDE_MAX_ARTICLE_BYTES", { LEDE_MAX_ARTICLE_BYTES: " 5000000 " })).toBe(5_000_000);
  });

  it("rejects anything else with a message naming the variable", () => {
    for (const bad of ["2MB", "-1", "0", "1.5", "abc", "1e9"]) {
      expect(() => readEnvVar("LEDE_MAX_ARTICLE_BYTES", { LEDE_MAX_ARTICLE_BYTES: bad })).toThrow(
        `LEDE_MAX_ARTICLE_BYTES must be a whole number of bytes of at least 1, not "${bad}"`,
      );
    }
  });
});
