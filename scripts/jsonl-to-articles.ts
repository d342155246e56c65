/**
 * Writes a labelled JSONL news sample (`{"title","body",...}` per line, e.g. ../shared/eval/agnews-sample.jsonl) out
 * as a folder of plain-text articles, so it can be ingested, served and reported on like a reader's own collection.
 * Usage: npx tsx scripts/jsonl-to-articles.ts <file.jsonl> <out folder> [--limit N]
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";

const { positionals, values } = parseArgs({ allowPositionals: true, options: { limit: { type: "string" } } });
const [input, out] = positionals;
if (!input || !out || positionals.length > 2) {
  console.error("usage: npx tsx scripts/jsonl-to-articles.ts <file.jsonl> <out folder> [--limit N]");
  process.exit(2);
}
const limit = values.limit === undefined ? Infinity : Number(values.limit);
if (!(limit > 0)) {
  console.error(`--limit: expected a positive number, got "${values.limit}"`);
  process.exit(2);
}

const itemSchema = z.object({ title: z.string().trim().min(1), body: z.string().trim().min(1) });
mkdirSync(out, { recursive: true });
const lines = readFileSync(input, "utf8").split("\n");
let written = 0;
for (const [i, line] of lines.entries()) {
  if (written >= limit) break;
  if (line.trim() === "") continue;
  const item = itemSchema.safeParse(JSON.parse(line));
  if (!item.success) {
    console.error(`${input}:${i + 1}: ${item.error.issues[0]?.message ?? "not a {title, body} item"}`);
    process.exit(1);
  }
  const name = `${String(written).padStart(5, "0")}.txt`;
  writeFileSync(path.join(out, name), `${item.data.title.replace(/\s+/gu, " ")}\n\n${item.data.body}\n`);
  written++;
}
console.log(`${written} article(s) written to ${out}`);
