import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { serialiseSearchIndex } from "../bundle/search-index";
import { cachedSearchIndex } from "./search-index-cache";

const documents = [
  { id: 0, title: "Berlin votes", text: "The city voted on Sunday." },
  { id: 1, title: "Paris rains", text: "It rained all week." },
];

let file: string;
beforeEach(async () => {
  file = path.join(await mkdtemp(path.join(tmpdir(), "lede-search-cache-")), "search-index.json");
});
afterEach(() => rm(path.dirname(file), { recursive: true, force: true }));

describe("the search index cache", () => {
  it("gives what a fresh build gives, then the stored text while the documents are unchanged", async () => {
    const first = await cachedSearchIndex(file);
    expect(first.serialise(documents)).toBe(serialiseSearchIndex(documents));
    await first.stored();
    const stored = await readFile(file, "utf8");

    const second = await cachedSearchIndex(file);
    expect(second.serialise(documents)).toBe(serialiseSearchIndex(documents));
    await second.stored();
    expect((await readFile(file, "utf8")) === stored).toBe(true); // not rebuilt, not written again
  });

  it("rebuilds when a document changes", async () => {
    const first = await cachedSearchIndex(file);
    first.serialise(documents);
    await first.stored();
    const changed = [documents[0]!, { ...documents[1]!, text: "It rained in Lyon." }];
    const second = await cachedSearchIndex(file);
    expect(second.serialise(changed)).toBe(serialiseSearchIndex(changed));
  });

  it("treats a damaged entry as a miss", async () => {
    const first = await cachedSearchIndex(file);
    first.serialise(documents);
    await first.stored();
    const [header] = (await readFile(file, "utf8")).split("\n");
    await writeFile(file, `${header}\n{"documentCount":2`);
    const second = await cachedSearchIndex(file);
    expect(second.serialise(documents)).toBe(serialiseSearchIndex(documents));
  });
});
