import { mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { EMPTY_META } from "../parse/parsed-article";
import { createArticleCache, pipelineVersion } from "./article-cache";
import type { ExtractedArticle } from "./extract-article";

const article: ExtractedArticle = {
  parsed: { title: "T", blocks: [{ type: "paragraph", text: "Berlin voted." }], meta: EMPTY_META },
  entities: {
    entities: [{ id: "place:berlin", name: "Berlin", type: "place" }],
    mentions: [{ block: 0, start: 0, end: 6, entityId: "place:berlin" }],
  },
  classified: { topics: ["politics"], scores: [0.9] },
};
const bytes = Buffer.from("T\n\nBerlin voted.\n");

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "lede-cache-"));
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe("the article cache", () => {
  it("misses, then hits on the same bytes and extension, whatever the file is called", async () => {
    const cache = createArticleCache(work, "v1");
    const key = cache.key("/a/one.txt", bytes);
    expect(await cache.get(key)).toBeUndefined();
    await cache.set(key, article);
    expect(await cache.get(cache.key("/b/renamed.txt", bytes))).toEqual(article);
    expect(cache.key("/a/one.md", bytes)).not.toBe(key); // another parser
    expect(cache.key("/a/one.txt", Buffer.from("T\n\nParis voted.\n"))).not.toBe(key);
  });

  it("misses when the pipeline version changes", async () => {
    const old = createArticleCache(work, "v1");
    await old.set(old.key("one.txt", bytes), article);
    const next = createArticleCache(work, "v2");
    expect(await next.get(next.key("one.txt", bytes))).toBeUndefined();
  });

  it("treats a corrupt or malformed entry as a miss", async () => {
    const cache = createArticleCache(work, "v1");
    const key = cache.key("one.txt", bytes);
    await cache.set(key, article);
    const file = path.join(work, key.slice(0, 2), `${key}.json`);
    await writeFile(file, '{"parsed": {"title": "T"');
    expect(await cache.get(key)).toBeUndefined();
    await writeFile(file, JSON.stringify({ ...article, classified: ["not-a-topic"] }));
    expect(await cache.get(key)).toBeUndefined();
    await rm(file);
    await mkdir(file); // unreadable as a file
    expect(await cache.get(key)).toBeUndefined();
  });

  it("prunes entries not used in this run once they are old", async () => {
    const cache = createArticleCache(work, "v1");
    const keep = cache.key("one.txt", bytes);
    const drop = cache.key("two.txt", Buffer.from("Other\n\nText.\n"));
    await cache.set(keep, article);
    await cache.set(drop, article);
    // Recent entries of another collection stay; old unused ones go.
    expect(await cache.prune(new Set([keep]))).toBe(0);
    expect(await cache.get(drop)).toEqual(article);
    expect(await cache.prune(new Set([keep]), Date.now() + 1000)).toBe(1);
    expect(await cache.get(keep)).toEqual(article);
    expect(await cache.get(drop)).toBeUndefined();
  });
});

describe("pipelineVersion", () => {
  it("changes with the knowledge base and the models, and not otherwise", async () => {
    const model = path.join(work, "model.bin");
    const kb = path.join(work, "entities.yaml");
    await writeFile(model, "weights");
    const missing = await pipelineVersion(kb, [model]);
    await writeFile(kb, "entities: []\n");
    const first = await pipelineVersion(kb, [model]);
    expect(first).not.toBe(missing);
    expect(await pipelineVersion(kb, [model])).toBe(first);
    await writeFile(kb, "suppress: [Monday]\n");
    const second = await pipelineVersion(kb, [model]);
    expect(second).not.toBe(first);
    await writeFile(model, "other weights");
    expect(await pipelineVersion(kb, [model])).not.toBe(second);
    expect(await readdir(work)).toHaveLength(2);
  });
});
