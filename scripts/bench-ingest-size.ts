/**
 * What one long article costs to ingest (issue 12): an article of each size, cut from real prose (the State of the
 * Union addresses, as in bench:scale), parsed and extracted as ingest does, then bundled alone (slugs, entities
 * across the collection, list files, search index). Prints milliseconds per step and per 100 KB, so a step that
 * grows faster than the text shows as a rising last column. Figures, not a timed test.
 * Usage: npm run -s bench:ingest-size -- [--sizes 100,200,400,1000] (KB)
 */
import { parseArgs } from "node:util";
import { buildBundle } from "../pipeline/bundle/build-bundle";
import { collectionKnowledge } from "../pipeline/entities/collection-knowledge";
import { createEntityExtractor } from "../pipeline/entities/extract";
import { loadWorldKnowledge } from "../pipeline/entities/world-knowledge";
import { loadDefaultModel } from "../pipeline/ner/load-model";
import { parseArticleFile } from "../pipeline/parse/parse-file";
import { assignTopics } from "../pipeline/topics/classify";
import { loadSentences } from "./bench/generate-corpus.mjs";

const { values } = parseArgs({ options: { sizes: { type: "string", default: "100,200,400,1000" } } });
const sizes = values.sizes.split(",").map((s) => Number(s.trim()));

const sentences = (loadSentences() as string[][]).flat();

/** Paragraphs of five consecutive sentences, about `kb` KB in all. */
function paragraphs(kb: number): string[] {
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < kb * 1000; i += 5) {
    const paragraph = sentences.slice(i % sentences.length, (i % sentences.length) + 5).join(" ");
    parts.push(paragraph);
    bytes += Buffer.byteLength(paragraph) + 2;
  }
  return parts;
}

/** The shapes a long article comes in: Markdown paragraphs, a scraped text file on one line (re-flowed), and one
 * Markdown paragraph (not re-flowed: one block for the tagger). */
const SHAPES = {
  "md paragraphs": (kb: number) => ({ file: "long.md", text: `${FRONT}${paragraphs(kb).join("\n\n")}\n` }),
  "txt one line": (kb: number) => ({
    file: "long.txt",
    text: `The state of the union\n\n${paragraphs(kb).join(" ")}\n`,
  }),
  "md one paragraph": (kb: number) => ({ file: "long.md", text: `${FRONT}${paragraphs(kb).join(" ")}\n` }),
};
const FRONT = "---\ntitle: The state of the union\ndate: 2024-02-01\n---\n\n";

const model = loadDefaultModel();
const extractor = createEntityExtractor();
const knowledge = collectionKnowledge(undefined, loadWorldKnowledge(), model.gazetteer);
const time = <T>(run: () => T): [T, number] => {
  const began = performance.now();
  const value = run();
  return [value, performance.now() - began];
};

console.log(
  "shape               size (KB)  parse (ms)  entities (ms)  topics (ms)  bundle (ms)  total (ms)  ms per 100 KB",
);
for (const [shape, make] of Object.entries(SHAPES))
  for (const kb of sizes) {
    const { file, text } = make(kb);
    const bytes = new TextEncoder().encode(text);
    const [parsed, parseMs] = time(() => parseArticleFile(file, bytes));
    const [entities, entityMs] = time(() => extractor.extract(parsed.blocks.map((b) => b.text)));
    const [topics, topicMs] = time(() =>
      assignTopics({ title: parsed.title, text: parsed.blocks.map((b) => b.text).join("\n\n") }),
    );
    const [, bundleMs] = time(() =>
      buildBundle([{ sourcePath: "long.md", parsed, entities, classify: () => topics }], new Map(), {
        entities: knowledge,
      }),
    );
    const total = parseMs + entityMs + topicMs + bundleMs;
    const row = [kb, parseMs, entityMs, topicMs, bundleMs, total, (total / bytes.length) * 100_000];
    console.log(
      shape.padEnd(18),
      row.map((v, i) => (i === 0 ? String(v) : v.toFixed(0)).padStart(i === 0 ? 9 : 12)).join(" "),
    );
  }
