/**
 * The build's two contracts that no unit test can hold (issue 14), checked on the e2e fixture collection in a
 * sandbox copy of the project (testing/sandbox.ts):
 *
 * - Lede renders pages itself from React Router's server bundle (src/app/server/react-router-adapter.ts). Built
 *   both ways, with React Router's own prerender and with Lede's, every file React Router writes must come out the
 *   same, byte for byte (every process runs on one fixed clock, testing/fixed-clock.mjs, so react-query's
 *   timestamps agree too).
 * - An incremental build renders only the pages whose recorded reads changed (src/lib/data-reads.ts). After random
 *   edits to the collection it must be byte-equal to a full build.
 *
 * `npm run test:build` (part of `npm test`); a few minutes, as it runs real ingests and builds.
 */
import fc from "fast-check";
import { appendFile, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTree } from "../lib/tree";
import { compareTrees, createSandbox, type Sandbox } from "./testing/sandbox";

const FIXTURES = path.resolve("e2e/fixtures/content");
/** No article gets a preview image of its own: React Router's own prerender cannot know which would. */
const BUILD_ENV = { LEDE_OG_LIMIT: "0", LEDE_ENTITY_MIN_ARTICLES: "1" };
const isPage = (file: string) => file.endsWith(".html") || file.endsWith(".data");

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await createSandbox("build-test", FIXTURES);
  sandbox.ingest();
  sandbox.build("lede", BUILD_ENV);
}, 300_000);

afterAll(async () => {
  await sandbox?.remove();
});

describe("Lede's prerender against React Router's own", () => {
  it("writes every file React Router writes, byte for byte, and no other page", async () => {
    sandbox.run(path.join("node_modules", ".bin", "react-router"), ["build"], {
      LEDE_BUILD_DIR: "rr",
      LEDE_ENTITY_MIN_ARTICLES: "1",
    });
    const rr = path.join(sandbox.root, "rr", "client");
    const lede = path.join(sandbox.root, "lede", "client");
    const { differ, onlyLeft, compared } = await compareTrees(rr, lede);
    expect(onlyLeft).toEqual([]);
    expect(differ).toEqual([]);
    // Every page of the collection, its data, the SPA fallback and the app's assets were compared.
    expect(compared).toBeGreaterThan(60);
    const pages = async (root: string) => (await listTree(root)).filter(isPage).sort();
    expect(await pages(lede)).toEqual(await pages(rr));
    await rm(path.join(sandbox.root, "rr"), { recursive: true, force: true });
  }, 300_000);
});

const SENTENCES = [
  "Margaret Holloway, the mayor of Ljubljana, said on Tuesday that the plan would go ahead.",
  "Officials at the World Health Organization in Geneva declined to comment.",
  "Shares in Northwind Traders fell 4 percent in New York after the announcement.",
  "The Brazilian striker Tiago Mendes scored twice in the second half.",
];

type Edit =
  | { kind: "append"; file: number; sentence: number }
  | { kind: "retitle"; file: number; word: number }
  | { kind: "add"; sentence: number; day: number }
  | { kind: "remove"; file: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("append" as const), file: fc.nat(), sentence: fc.nat(SENTENCES.length - 1) }),
  fc.record({ kind: fc.constant("retitle" as const), file: fc.nat(), word: fc.nat(1000) }),
  fc.record({
    kind: fc.constant("add" as const),
    sentence: fc.nat(SENTENCES.length - 1),
    day: fc.integer({ min: 1, max: 28 }),
  }),
  fc.record({ kind: fc.constant("remove" as const), file: fc.nat() }),
);

let added = 0;

async function apply(edits: readonly Edit[]): Promise<void> {
  for (const change of edits) {
    const articles = (await listTree(sandbox.content)).filter((file) => /\.(md|txt)$/.test(file)).sort();
    if (change.kind === "add") {
      added += 1;
      const body = `${SENTENCES[change.sentence]}\n\n${SENTENCES[(change.sentence + 1) % SENTENCES.length]}\n`;
      const title = `Added story ${added}`;
      const date = `2024-07-${String(change.day).padStart(2, "0")}`;
      await writeFile(
        path.join(sandbox.content, `added-${added}.md`),
        `---\ntitle: ${title}\ndate: ${date}\nsource: Sandbox Times\n---\n\n${body}`,
      );
      continue;
    }
    // Keep a few articles, so the collection always has pages of every kind.
    if (articles.length <= 3) continue;
    const file = path.join(sandbox.content, articles[change.file % articles.length] as string);
    if (change.kind === "append") await appendFile(file, `\n\n${SENTENCES[change.sentence]}\n`);
    else if (change.kind === "remove") await rm(file);
    else {
      const text = await readFile(file, "utf8");
      const retitled = text.startsWith("---")
        ? text.replace(/^title: (.*)$/m, `title: $1 ${change.word}`)
        : text.replace(/^(.*)$/m, `$1 ${change.word}`);
      await writeFile(file, retitled);
    }
  }
}

describe("incremental builds", () => {
  it("property: after random edits to the collection, an incremental build equals a full build", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
        await apply(edits);
        sandbox.ingest();
        const log = sandbox.build("lede", BUILD_ENV);
        expect(log).toContain("build: incremental:");
        sandbox.build("full", { ...BUILD_ENV, LEDE_FULL_BUILD: "1" });
        const result = await compareTrees(
          path.join(sandbox.root, "lede", "client"),
          path.join(sandbox.root, "full", "client"),
        );
        expect(result).toMatchObject({ differ: [], onlyLeft: [], onlyRight: [] });
      }),
      { numRuns: 2, endOnFailure: true },
    );
  }, 600_000);
});
