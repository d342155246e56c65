import { execFile, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { articleIndexSchema, articleSchema } from "../../src/schema/article";
import { entityTableSchema } from "../../src/schema/entity";
import { acquireIngestLock } from "../ingest/ingest-lock";

const run = promisify(execFile);
const TSX = path.resolve("node_modules/.bin/tsx");
const INGEST = path.resolve("pipeline/cli/ingest.ts");

let work: string;
beforeEach(async () => {
  work = await mkdtemp(path.join(tmpdir(), "lede-ingest-"));
  await mkdir(path.join(work, "content/nested"), { recursive: true });
});
afterEach(() => rm(work, { recursive: true, force: true }));

async function ingest(env: Record<string, string> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [INGEST], {
      cwd: work,
      env: { ...process.env, CONTENT_DIR: path.join(work, "content"), ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const good =
  "---\ntitle: Parliament passes the budget\ndate: 2024-02-01\n---\n\nThe parliament in Berlin voted on Friday.\n";

// Each case spawns the real command (tsx start-up included), so they get more than the default 5 s.
describe("npm run ingest", { timeout: 30_000 }, () => {
  it("writes a valid bundle and says what it did", async () => {
    await writeFile(path.join(work, "content/budget.md"), good);
    await writeFile(path.join(work, "content/nested/seed.txt"), await readFile("content/000_a3715745aa298113.txt"));
    const { code, stdout } = await ingest();
    expect(code).toBe(0);
    expect(stdout).toMatch(/2 article\(s\)/);

    const data = path.join(work, "public/data");
    const index = articleIndexSchema.parse(JSON.parse(await readFile(path.join(data, "index.json"), "utf8")));
    expect(index.articles.map((a) => a.sourcePath)).toEqual(["budget.md", "nested/seed.txt"]);
    expect(index.articles[0]?.date).toBe("2024-02-01"); // dated before undated
    for (const entry of index.articles) {
      const article = articleSchema.parse(
        JSON.parse(await readFile(path.join(data, "articles", `${entry.slug}.json`), "utf8")),
      );
      expect(article.title).toBe(entry.title);
    }
    const table = entityTableSchema.parse(JSON.parse(await readFile(path.join(data, "entities.json"), "utf8")));
    expect(table.entities.find((e) => e.name === "Vladimir Putin")?.type).toBe("person");
    expect((await readdir(path.join(work, "public"))).sort()).toEqual(["data"]); // no staging folders left
  });

  it("reports every bad file as path:line: reason, exits non-zero and leaves the previous output intact", async () => {
    await writeFile(path.join(work, "content/budget.md"), good);
    expect((await ingest()).code).toBe(0);
    const before = await readFile(path.join(work, "public/data/index.json"), "utf8");

    await writeFile(path.join(work, "content/no-title.md"), "---\ndate: 2024-01-01\n---\n\nBody.\n");
    await writeFile(path.join(work, "content/broken.md"), "---\ntitle: T\ntopics: [a, b\n---\n\nBody.\n");
    await writeFile(path.join(work, "content/nested/latin1.txt"), Buffer.from("Caf\xe9 news\nBody\n", "latin1"));
    await writeFile(path.join(work, "content/empty.txt"), "Headline only\nHome / News / Headline only\n");
    await writeFile(path.join(work, "content/budget.md"), good.replace("Berlin", "Paris"));

    const { code, stderr } = await ingest();
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/content\/no-title\.md:2: front matter: title is required$/),
        expect.stringMatching(/content\/broken\.md:\d+: broken front matter/),
        expect.stringMatching(/content\/nested\/latin1\.txt:1: not valid UTF-8 text$/),
        expect.stringMatching(/content\/empty\.txt:1: empty body/),
      ]),
    );
    expect(lines.at(-1)).toMatch(/4 problem\(s\); nothing written/);
    expect(await readFile(path.join(work, "public/data/index.json"), "utf8")).toBe(before);
  });

  it("names a missing content folder", async () => {
    await rm(path.join(work, "content"), { recursive: true });
    const { code, stderr } = await ingest();
    expect(code).toBe(1);
    expect(stderr).toMatch(/content folder not found/);
    expect(existsSync(path.join(work, "public/data"))).toBe(false);
  });

  it("reports hostile files together, each as path:line: reason: alias bomb, outside link, huge file, bad url, unreadable entities.yaml", async () => {
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (const [i, name] of [..."bcdefghi"].entries()) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${"abcdefghi"[i]}`).join(", ")}]`);
    }
    await writeFile(path.join(work, "content/bomb.md"), `---\ntitle: Bomb\n${levels.join("\n")}\n---\n\nBody.\n`);
    await writeFile(path.join(work, "content/no-title.md"), "---\ndate: 2024-01-01\n---\n\nBody.\n");
    await writeFile(path.join(work, "content/link.md"), "---\ntitle: A\nurl: javascript:alert(1)\n---\n\nBody.\n");
    await writeFile(path.join(work, "secret.txt"), "Secret\n\nroot:x:0:0\n");
    await symlink(path.join(work, "secret.txt"), path.join(work, "content/passwd.txt"));
    await writeFile(path.join(work, "content/huge.txt"), Buffer.alloc(3 * 1024 * 1024, "a"));
    await mkdir(path.join(work, "content/entities.yaml")); // fails for real, even as root
    const { code, stderr } = await ingest();
    expect(code).toBe(1);
    const lines = stderr.trim().split("\n");
    expect(lines.slice(0, -1).sort()).toEqual([
      "content/bomb.md:4: broken front matter: too many aliases (more than 20)",
      "content/entities.yaml:1: cannot be read (EISDIR)",
      "content/huge.txt:1: too large (3 MB; the limit is 2 MB, set LEDE_MAX_ARTICLE_BYTES to change it)",
      "content/link.md:3: front matter: url must be an absolute http(s) URL",
      "content/no-title.md:2: front matter: title is required",
      `content/passwd.txt:1: links outside the content folder (to ${path.join(work, "secret.txt")})`,
    ]);
    expect(lines.at(-1)).toMatch(/6 problem\(s\); nothing written/);
  });

  it("reports a bad LEDE_MAX_ARTICLE_BYTES, and takes a good one", async () => {
    await writeFile(path.join(work, "content/budget.md"), good);
    const bad = await ingest({ LEDE_MAX_ARTICLE_BYTES: "2MB" });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/LEDE_MAX_ARTICLE_BYTES must be a whole number of bytes of at least 1, not "2MB"/);
    const small = await ingest({ LEDE_MAX_ARTICLE_BYTES: "10" });
    expect(small.stderr).toMatch(/content\/budget\.md:1: too large \(0 MB; the limit is 0 MB/);
    expect((await ingest({ LEDE_MAX_ARTICLE_BYTES: "100000" })).code).toBe(0);
  });

  it("gives same-titled files distinct slugs that stay put when articles are added or removed", async () => {
    const titled = (title: string) =>
      `---\ntitle: ${title}\ndate: 2024-02-01\n---\n\nThe parliament in Berlin voted.\n`;
    await writeFile(path.join(work, "content/b.md"), titled("Hello World"));
    await writeFile(path.join(work, "content/c.md"), titled("Hello World"));
    await writeFile(path.join(work, "content/d.md"), titled("Hello World 2"));
    expect((await ingest()).code).toBe(0);
    const data = path.join(work, "public/data");
    const slugs = async () => {
      const index = articleIndexSchema.parse(JSON.parse(await readFile(path.join(data, "index.json"), "utf8")));
      for (const a of index.articles) {
        articleSchema.parse(JSON.parse(await readFile(path.join(data, "articles", `${a.slug}.json`), "utf8")));
      }
      return Object.fromEntries(index.articles.map((a) => [a.sourcePath, a.slug]));
    };
    const first = await slugs();
    expect(Object.keys(first).sort()).toEqual(["b.md", "c.md", "d.md"]);
    expect(new Set(Object.values(first)).size).toBe(3);
    expect((await readdir(path.join(data, "articles"))).length).toBe(3);

    await writeFile(path.join(work, "content/a.md"), titled("Hello World")); // sorts first
    expect((await ingest()).code).toBe(0);
    const second = await slugs();
    for (const file of ["b.md", "c.md", "d.md"]) expect(second[file]).toBe(first[file]);
    expect(new Set(Object.values(second)).size).toBe(4);

    await rm(path.join(work, "content/b.md"));
    expect((await ingest()).code).toBe(0);
    const third = await slugs();
    for (const file of ["a.md", "c.md", "d.md"]) expect(third[file]).toBe(second[file]);
  });

  it("reports an explicit slug another file has, naming both, and writes nothing", async () => {
    await writeFile(path.join(work, "content/a.md"), "---\ntitle: A\nslug: same\n---\n\nBody.\n");
    await writeFile(path.join(work, "content/b.md"), "---\ntitle: B\ndate: 2024-01-01\nslug: same\n---\n\nBody.\n");
    const { code, stderr } = await ingest();
    expect(code).toBe(1);
    expect(stderr).toContain('content/b.md:4: slug "same" is also the slug of content/a.md');
    expect(existsSync(path.join(work, "public/data"))).toBe(false);
  });

  it("waits for an ingest that holds the lock, and removes staging folders a killed run left", async () => {
    await writeFile(path.join(work, "content/budget.md"), good);
    // What kill -9 in the middle of a write leaves behind.
    await mkdir(path.join(work, "public/.data-staging-424242/articles"), { recursive: true });
    await writeFile(path.join(work, "public/.data-staging-424242/index.json"), "{");
    await mkdir(path.join(work, "public/.data-old-424242"), { recursive: true });

    const held = await acquireIngestLock(path.join(work, ".cache/ingest.lock"));
    const child = spawn(TSX, [INGEST], { cwd: work, env: { ...process.env, CONTENT_DIR: path.join(work, "content") } });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    while (!stderr.includes("waiting")) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stderr).toMatch(new RegExp(`another ingest \\(pid ${process.pid}\\) is running; waiting for it to finish`));
    expect(existsSync(path.join(work, "public/data"))).toBe(false); // nothing done while waiting
    await held.release();
    expect(await exited).toBe(0);
    expect((await readdir(path.join(work, "public"))).sort()).toEqual(["data"]);
    expect(existsSync(path.join(work, ".cache/ingest.lock"))).toBe(false);
  });
});
