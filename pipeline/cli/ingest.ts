/**
 * `npm run ingest`: the content folder (CONTENT_DIR, default content/) to the JSON bundle in public/data.
 * Every unreadable file is reported as `path:line: reason`; on any error the previous output is left intact.
 */
import path from "node:path";
import { stat } from "node:fs/promises";
import { DATA_DIR, contentDir, knowledgeBaseFile } from "../config";
import { buildBundle } from "../build/build-bundle";
import { writeBundle } from "../build/write-bundle";
import { createEntityExtractor } from "../entities/extract";
import { loadKnowledgeBase } from "../entities/knowledge-base";
import { readContent } from "../read-content";
import { classifyTopics } from "../topics/classify";

async function main(): Promise<number> {
  const started = performance.now();
  const dir = contentDir();
  const shownDir = path.relative(process.cwd(), dir) || ".";
  const isDir = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) {
    console.error(`${shownDir}: content folder not found (set CONTENT_DIR to a folder of .txt or .md articles)`);
    return 1;
  }

  const errors: string[] = [];
  const knowledgeBase = await loadKnowledgeBase(knowledgeBaseFile(dir)).catch((error: Error) => {
    errors.push(...error.message.split("\n"));
    return undefined;
  });
  const { articles, errors: readErrors } = await readContent(dir);
  errors.push(...readErrors);
  if (articles.length === 0 && errors.length === 0) {
    errors.push(`${shownDir}: no articles found (expected .txt or .md files)`);
  }
  if (errors.length > 0) {
    for (const line of errors) console.error(line);
    console.error(`ingest: ${errors.length} problem(s); nothing written, the previous output is unchanged.`);
    return 1;
  }

  const extractor = createEntityExtractor({ knowledgeBase });
  const knowledge = new Map(knowledgeBase?.entities.map((e) => [e.id, e]));
  const bundle = buildBundle(
    articles.map(({ sourcePath, parsed }) => ({
      sourcePath,
      parsed,
      entities: extractor.extract(parsed.blocks.map((b) => b.text)),
      classify: () => classifyTopics({ title: parsed.title, text: parsed.blocks.map((b) => b.text).join("\n\n") }),
    })),
    knowledge,
  );
  const { files, bytes } = await writeBundle(bundle, DATA_DIR);
  const mentions = bundle.articles.reduce((n, a) => n + a.blocks.reduce((m, b) => m + b.mentions.length, 0), 0);
  console.log(
    `ingest: ${bundle.articles.length} article(s) from ${shownDir}/ -> ${path.relative(process.cwd(), DATA_DIR)}/ ` +
      `(${files} files, ${(bytes / 1024).toFixed(1)} KiB): ${bundle.entityTable.entities.length} entities, ` +
      `${mentions} mentions, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`ingest: failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
