import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readSubscriptions, subscriptionsFile, writeSubscriptions } from "./subscriptions";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "lede-feeds-"));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("feeds.yaml", () => {
  it("is no feeds when missing, and reads back what was written", async () => {
    const file = subscriptionsFile(dir);
    expect(await readSubscriptions(file)).toEqual({ feeds: [] });
    const feeds = { feeds: [{ url: "https://a.test/feed.xml", title: "A: news" }, { url: "https://b.test/rss" }] };
    await writeSubscriptions(file, feeds);
    expect(await readSubscriptions(file)).toEqual(feeds);
    expect(await readFile(file, "utf8")).toMatch(/^# Feeds imported with `npm run import`/);
  });

  it("names the line of a bad entry", async () => {
    const file = subscriptionsFile(dir);
    await writeFile(file, "feeds:\n  - url: https://a.test/feed\n  - url: javascript:alert(1)\n");
    await expect(readSubscriptions(file)).rejects.toThrow(
      new RegExp(`${path.relative(process.cwd(), file)}:3: feeds\\.1\\.url: must be an absolute http\\(s\\) URL$`),
    );
    await writeFile(file, "feeds: [\n");
    await expect(readSubscriptions(file)).rejects.toThrow(/feeds\.yaml:\d+: /);
  });
});
