import { describe, expect, it } from "vitest";
import { ExtractionCrash, extractAll, workerCount } from "./extract-pool";

const files = ["Berlin talks\n\nAngela Merkel met Emmanuel Macron in Berlin on Monday.\n", "Empty\n"].map(
  (text, i) => ({ file: `/content/${i}.txt`, bytes: Buffer.from(text) }),
);

// Starting workers loads tsx and the tagger model in each; slow on a busy machine.
describe("extractAll", { timeout: 60_000 }, () => {
  it("gives the same results on worker threads as in this thread, in task order", async () => {
    const inline = await extractAll(files, { threads: 1 });
    expect(inline[0]).toMatchObject({ ok: true });
    expect(inline[1]).toEqual({ ok: false, line: 1, reason: expect.stringMatching(/empty body/) });
    const done: string[] = [];
    const pooled = await extractAll(files, { threads: 2, onResult: (task) => done.push(task.file) });
    expect(pooled).toEqual(inline);
    expect(done.sort()).toEqual(files.map((f) => f.file));
  });

  it("names the file a worker crashed on", async () => {
    const tasks = [...files, { file: "/content/crash.txt", bytes: Buffer.from("x") }];
    const error = await extractAll(tasks, {
      threads: 2,
      workerFile: new URL("./fixtures/crashing-worker.mjs", import.meta.url),
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionCrash);
    expect(error).toMatchObject({ file: "/content/crash.txt", message: "out of memory" });
  });
});

describe("workerCount", () => {
  it("uses one thread for a few files and at most four", () => {
    expect(workerCount(10, 2)).toBe(1);
    expect(workerCount(120, 2)).toBe(2);
    expect(workerCount(10_000, 16)).toBe(4);
    expect(workerCount(10_000, 1)).toBe(1);
  });
});
