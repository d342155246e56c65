import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFile, link, mkdir, readFile, readdir, rename, rm, rmdir, stat, writeFile } from "node:fs/promises";
import path from "node:path";

/** Every file under `dir`, as `/`-separated paths relative to it, sorted; [] when `dir` does not exist. */
export async function listTree(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") return [];
    throw error;
  });
  const nested = await Promise.all(
    entries.map((entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      return entry.isDirectory() ? listTree(path.join(dir, entry.name), relative) : [relative];
    }),
  );
  return nested.flat().sort();
}

/** Runs `task` over `items`, `limit` at a time. */
export async function eachLimit<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++] as T;
      await task(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** Content hashes (sha1, hex) of `files` under `dir`, by relative path. */
export async function hashFiles(dir: string, files: readonly string[]): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  await eachLimit(files, 32, async (file) => {
    hashes[file] = createHash("sha1")
      .update(await readFile(path.join(dir, file)))
      .digest("hex");
  });
  // Insertion order follows completion; sort so the manifest is the same from one build to the next.
  return Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Makes `dest` a copy of `src` whose files are hard links to the originals: fast, and no extra space. Whoever
 * changes a file in the copy must replace it (write elsewhere, then rename, or unlink first), never write into it,
 * or the original changes too. Falls back to copying where links are not possible.
 */
export async function linkTree(src: string, dest: string): Promise<void> {
  // GNU cp links ~35,000 files in a fraction of the time a promise per file takes; elsewhere (BSD cp has no -l
  // for trees), or if it fails, each file is linked here.
  if (process.platform === "linux" && (await run("cp", ["-al", src, dest]))) return;
  await rm(dest, { recursive: true, force: true });
  const files = await listTree(src);
  const dirs = new Set(files.map((file) => path.dirname(file)));
  for (const dir of [...dirs].sort()) await mkdir(path.join(dest, dir), { recursive: true });
  await eachLimit(files, 64, async (file) => {
    const from = path.join(src, file);
    const to = path.join(dest, file);
    await link(from, to).catch(() => copyFile(from, to));
  });
}

let temporaries = 0;

/**
 * Writes `file` whole or not at all: aside, then renamed over it. A reader (another build, the browser of a served
 * folder) never sees half a file, and the file it replaces is never written into (it may be a hard link).
 */
export async function writeAtomically(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}-${temporaries++}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Replaces `to` with a fresh copy of `from`, never writing into the file `to` was (it may be a hard link). */
export async function replaceWithCopy(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  const temporary = `${to}.${process.pid}.tmp`;
  await copyFile(from, temporary);
  await rename(temporary, to);
}

/** Moves `from` over `to` (same file system), replacing it. */
export async function moveOver(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true });
  await rename(from, to);
}

/** Deletes a file, then each parent folder up to (not including) `root` that is left empty. */
export async function removeFile(root: string, file: string): Promise<void> {
  await rm(path.join(root, file), { force: true });
  let dir = path.dirname(file);
  while (dir !== "." && dir !== "") {
    const removed = await rmdir(path.join(root, dir)).then(
      () => true,
      () => false,
    );
    if (!removed) return;
    dir = path.dirname(dir);
  }
}

export async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/** Runs a command; true when it exits with 0. */
function run(command: string, args: readonly string[]): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: "ignore" });
    child.on("error", () => resolve(false));
    child.on("exit", (code) => resolve(code === 0));
  });
}

/** Size, mtime and inode of each of `files` under `dir` (pipeline/site/build-manifest.ts `statKey`). */
export async function statFiles(
  dir: string,
  files: readonly string[],
): Promise<Record<string, { size: number; mtimeMs: number; ino: number }>> {
  const stats: Record<string, { size: number; mtimeMs: number; ino: number }> = {};
  await eachLimit(files, 64, async (file) => {
    const { size, mtimeMs, ino } = await stat(path.join(dir, file));
    stats[file] = { size, mtimeMs, ino };
  });
  return stats;
}

/**
 * Puts the finished build `next` in place of `target`, keeping the previous one whole until the new one is there.
 * Two renames: for the moment between them `target` does not exist, which the server waits out
 * (scripts/server/site-handler.mjs). The previous build is moved to `old` and returned for the caller to delete,
 * or null when there was none.
 */
export async function swapIn(next: string, target: string, old: string): Promise<string | null> {
  const hadBuild = await exists(target);
  if (hadBuild) await rename(target, old);
  await rename(next, target);
  return hadBuild ? old : null;
}

/**
 * Removes every entry under `dir` whose name starts with a dot, at any depth, and returns their paths (relative,
 * `/`-separated). Vite copies `public/` whole, so whatever sat there hidden (an ingest's staging folder left by
 * kill -9, editor swap files, `.DS_Store`) would otherwise be published: nothing hidden is ever part of the site.
 */
/** Nothing whose name, or a folder's on its path, starts with a dot is part of the site (see removeHiddenEntries). */
export function isPublishable(file: string): boolean {
  return !file.split("/").some((part) => part.startsWith("."));
}

export async function removeHiddenEntries(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const removed: string[] = [];
  for (const entry of entries) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.name.startsWith(".")) {
      await rm(path.join(dir, entry.name), { recursive: true, force: true });
      removed.push(relative);
    } else if (entry.isDirectory()) {
      removed.push(...(await removeHiddenEntries(path.join(dir, entry.name), relative)));
    }
  }
  return removed;
}
