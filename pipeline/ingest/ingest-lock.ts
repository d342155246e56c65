import { readFileSync } from "node:fs";
import { link, mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { hostname } from "node:os";
import path from "node:path";
import { z } from "zod";

/**
 * One ingest at a time (issue 12: two at once mixed their outputs, `index.json` from one collection and the catalog
 * from the other). Hand-written rather than `proper-lockfile`: what is needed is small (a file created atomically,
 * with the holder's pid, and a liveness check), and the dependency would bring its own retry and mtime-refresh
 * machinery for shared network folders Lede does not run on.
 *
 * The lock file is made whole under a temporary name and `link`ed into place, which fails if it exists: there is
 * never a half-written lock. A lock whose process is gone (kill -9, a crash, a power cut) is stale and cleared.
 */
export interface IngestLock {
  release(): Promise<void>;
}

export interface LockOptions {
  /** How often a waiting run looks again. */
  pollMs?: number;
  /** How long a run waits for another before it stops; 10 minutes by default. */
  timeoutMs?: number;
  /** Told once when the run starts waiting, and when it clears a stale lock. */
  onWait?: (message: string) => void;
}

const holderSchema = z.object({ pid: z.number().int().positive(), host: z.string(), start: z.string().nullable() });
type Holder = z.infer<typeof holderSchema>;

export async function acquireIngestLock(file: string, options: LockOptions = {}): Promise<IngestLock> {
  const { pollMs = 250, timeoutMs = 10 * 60_000, onWait = () => {} } = options;
  await mkdir(path.dirname(file), { recursive: true });
  const me: Holder = { pid: process.pid, host: hostname(), start: processStart(process.pid) };
  const mine = JSON.stringify(me);
  const temp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temp, mine);
  const began = Date.now();
  let told = false;
  try {
    for (;;) {
      try {
        await link(temp, file);
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      }
      const text = await readFile(file, "utf8").catch(() => null);
      if (text === null) continue; // released in between
      const holder = parseHolder(text);
      if (holder === undefined || !isRunning(holder)) {
        if (await breakStale(file, text)) {
          onWait(
            holder
              ? `removed a stale lock left by pid ${holder.pid}, which is no longer running`
              : `removed an unreadable lock file (${file})`,
          );
        }
        continue;
      }
      if (!told) {
        onWait(`another ingest (pid ${holder.pid}) is running; waiting for it to finish…`);
        told = true;
      }
      if (Date.now() - began >= timeoutMs) {
        throw new Error(
          `another ingest (pid ${holder.pid}) is still running after ${timeoutMs / 1000} s; if it is not, remove ${file}`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  } finally {
    await rm(temp, { force: true });
  }
  let released = false;
  return {
    async release() {
      if (released) return;
      released = true;
      // Only our own lock: if it was (wrongly) broken and taken by another run, that one is left alone.
      if ((await readFile(file, "utf8").catch(() => null)) === mine) await rm(file, { force: true });
    },
  };
}

function parseHolder(text: string): Holder | undefined {
  try {
    return holderSchema.parse(JSON.parse(text));
  } catch {
    return undefined;
  }
}

/**
 * Moves the stale lock aside and removes it, if it is still the one judged stale; a lock that another run took in
 * the meantime is put back.
 */
async function breakStale(file: string, judged: string): Promise<boolean> {
  const aside = `${file}.stale.${process.pid}`;
  try {
    await rename(file, aside);
  } catch {
    return false;
  }
  const moved = await readFile(aside, "utf8").catch(() => null);
  if (moved !== judged) await link(aside, file).catch(() => undefined);
  await rm(aside, { force: true });
  return moved === judged;
}

/** A lock from another machine cannot be checked, so it counts as held; a reused pid is told by its start time. */
function isRunning(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const start = processStart(holder.pid);
  return holder.start === null || start === null || start === holder.start;
}

/** The process's start time in clock ticks since boot (Linux `/proc/<pid>/stat`, field 22); null elsewhere. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}
