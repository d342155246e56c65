import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acquireIngestLock } from "./ingest-lock";

let work: string;
let lockFile: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "lede-lock-"));
  lockFile = path.join(work, ".cache", "ingest.lock");
});
afterEach(() => rm(work, { recursive: true, force: true }));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("acquireIngestLock", () => {
  it("holds the lock with this process's pid and removes it on release", async () => {
    const lock = await acquireIngestLock(lockFile);
    expect(JSON.parse(await readFile(lockFile, "utf8"))).toMatchObject({ pid: process.pid });
    await lock.release();
    expect(existsSync(lockFile)).toBe(false);
  });

  it("makes a second run wait, saying for whom, until the first releases", async () => {
    const first = await acquireIngestLock(lockFile);
    const messages: string[] = [];
    let acquired = false;
    const second = acquireIngestLock(lockFile, { pollMs: 20, onWait: (m) => messages.push(m) }).then((lock) => {
      acquired = true;
      return lock;
    });
    await sleep(300);
    expect(acquired).toBe(false);
    expect(messages).toEqual([`another ingest (pid ${process.pid}) is running; waiting for it to finish…`]);
    await first.release();
    const lock = await second;
    expect(acquired).toBe(true);
    await lock.release();
  });

  it("stops with a clear message when the wait runs out", async () => {
    const first = await acquireIngestLock(lockFile);
    await expect(acquireIngestLock(lockFile, { pollMs: 20, timeoutMs: 200 })).rejects.toThrow(
      `another ingest (pid ${process.pid}) is still running after 0.2 s; if it is not, remove ${lockFile}`,
    );
    await first.release();
  });

  it("clears the lock of a run that was killed with kill -9", async () => {
    // A real process takes the lock and is killed while holding it.
    const holder = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        "-e",
        `import("${path.resolve("pipeline/ingest/ingest-lock.ts")}").then(async (m) => {` +
          `await m.acquireIngestLock(${JSON.stringify(lockFile)}); console.log("held"); setInterval(() => {}, 1000); })`,
      ],
      { stdio: ["ignore", "pipe", "inherit"] },
    );
    await new Promise<void>((resolve) =>
      holder.stdout.on("data", (d: Buffer) => d.toString().includes("held") && resolve()),
    );
    expect(JSON.parse(await readFile(lockFile, "utf8"))).toMatchObject({ pid: holder.pid });
    holder.kill("SIGKILL");
    await new Promise((resolve) => holder.on("exit", resolve));

    const messages: string[] = [];
    const lock = await acquireIngestLock(lockFile, { timeoutMs: 2_000, onWait: (m) => messages.push(m) });
    expect(messages).toEqual([`removed a stale lock left by pid ${holder.pid}, which is no longer running`]);
    expect(JSON.parse(await readFile(lockFile, "utf8"))).toMatchObject({ pid: process.pid });
    await lock.release();
  }, 20_000);

  it("treats an unreadable lock file as stale rather than waiting forever", async () => {
    await rm(lockFile, { force: true });
    await (await acquireIngestLock(lockFile)).release();
    await writeFile(lockFile, "garbage");
    const lock = await acquireIngestLock(lockFile, { timeoutMs: 1_000 });
    await lock.release();
  });
});
