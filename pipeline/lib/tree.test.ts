import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { listTree, removeHiddenEntries } from "./tree";

let client: string;
beforeEach(async () => {
  client = await mkdtemp(path.join(tmpdir(), "lede-client-"));
});
afterEach(() => rm(client, { recursive: true, force: true }));

describe("removeHiddenEntries", () => {
  it("removes every file and folder whose name starts with a dot, at any depth, and keeps the rest", async () => {
    // What a build copied from public/ after an ingest was killed: its staging folder, plus editor litter.
    await mkdir(path.join(client, ".data-staging-4242/articles"), { recursive: true });
    await writeFile(path.join(client, ".data-staging-4242/articles/a.json"), "{}");
    await writeFile(path.join(client, ".DS_Store"), "");
    await mkdir(path.join(client, "data/articles"), { recursive: true });
    await writeFile(path.join(client, "data/articles/a.json"), "{}");
    await writeFile(path.join(client, "data/.a.json.swp"), "");
    await writeFile(path.join(client, "index.html"), "<!doctype html>");
    await writeFile(path.join(client, "a.b.js"), "");

    const removed = await removeHiddenEntries(client);
    expect(removed.sort()).toEqual([".DS_Store", ".data-staging-4242", "data/.a.json.swp"]);
    expect(await listTree(client)).toEqual(["a.b.js", "data/articles/a.json", "index.html"]);
  });
});
