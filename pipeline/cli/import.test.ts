import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { articleIndexSchema, articleSchema } from "../../src/schema/article";
import { startFixtureServer, type FixtureServer } from "../import/fixture-server";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");
const IMPORT = path.resolve("pipeline/cli/import.ts");

let work: string;
let server: FixtureServer;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "lede-import-cli-"));
  await mkdir(path.join(work, "content"));
  server = await startFixtureServer();
});
afterEach(async () => {
  await server.close();
  await rm(work, { recursive: true, force: true });
});

async function importCli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    // The working folder is the temporary one, so ingest writes its public/data and .cache there.
    const { stdout, stderr } = await run(TSX, [IMPORT, ...args], {
      cwd: work,
      env: { ...process.env, CONTENT_DIR: path.join(work, "content") },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

// The real command at the real pace (one request per host per second), then the real ingest.
describe("npm run import", { timeout: 90_000 }, () => {
  it("imports a feed, then ingest gives its articles entities and topics", async () => {
    const first = await importCli([`${server.origin}/feeds/rss.xml`]);
    expect(first.stderr).not.toMatch(/failed|error/i);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^import: 2 added, 0 updated, 0 unchanged, 0 failed; 1 feed\(s\) polled \(1 new in content\/feeds\.yaml\), 2 page\(s\) tried, in \d+\.\d s$/m,
    );
    expect(first.stdout).toMatch(/^ingest: 2 article\(s\) from content\/ -> public\/data\//m);

    const data = path.join(work, "public/data");
    const index = articleIndexSchema.parse(JSON.parse(await readFile(path.join(data, "index.json"), "utf8")));
    expect(index.articles.map((a) => a.title).sort()).toEqual([
      "Council approves budget with library funding",
      "Harbour reopens after storm repairs",
    ]);
    for (const entry of index.articles) {
      expect(entry.topics.length).toBeGreaterThan(0);
      expect(entry.sourcePath).toMatch(/^127\.0\.0\.1\/.*\.md$/);
    }
    const harbour = index.articles.find((a) => a.title.startsWith("Harbour"));
    const article = articleSchema.parse(
      JSON.parse(await readFile(path.join(data, "articles", `${harbour?.slug}.json`), "utf8")),
    );
    expect(article.source).toBe("The Coastal Gazette");
    expect(article.date).toBe("2025-03-10T08:30:00Z");
    expect(article.entities.map((e) => e.name)).toEqual(expect.arrayContaining(["Eleni Kostas", "Porthmoor"]));
    expect(article.blocks.some((b) => b.text.includes("Advertisement"))).toBe(false);
  });
});
