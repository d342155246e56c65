/**
 * Tags unlabelled news with a tagger model and writes the result as CoNLL (IOB2), for self-training: appended to
 * the CoNLL training file, it lets `npm run train:ner` learn from text newer than 1996 (decision 029).
 * Usage: npm run -s tag:unlabelled -- --jsonl <file> --out <conll file> [--model <model file>] [--limit n]
 * Each line's `title` and `body` form one document; only the tagger labels them (no rules, no knowledge base),
 * so the labels keep CoNLL's conventions, MISC included.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseNewsJsonl } from "./news-jsonl";
import { labelsToIob } from "../pipeline/ner/labels";
import { loadDefaultModel, loadModel } from "../pipeline/ner/load-model";
import { labelDocument } from "../pipeline/ner/model";
import { sentenceRanges, tokenize } from "../pipeline/ner/tokenize";

const { values } = parseArgs({
  options: {
    jsonl: { type: "string" },
    out: { type: "string" },
    model: { type: "string" },
    limit: { type: "string" },
  },
});
if (!values.jsonl || !values.out) {
  console.error("usage: npm run -s tag:unlabelled -- --jsonl <file> --out <conll file> [--model <file>] [--limit n]");
  process.exit(2);
}
const model = values.model ? loadModel(values.model) : loadDefaultModel();
const items = parseNewsJsonl(readFileSync(values.jsonl, "utf8"), values.jsonl).slice(
  0,
  values.limit ? Number(values.limit) : undefined,
);
const out: string[] = [];
for (const item of items) {
  const blocks = [item.title, item.body].map((text) => tokenize(text).map((t) => t.text)).filter((b) => b.length);
  const labels = labelDocument(model, blocks);
  out.push("-DOCSTART- O", "");
  blocks.forEach((tokens, b) => {
    const tags = labelsToIob(labels[b]!);
    for (const [from, to] of sentenceRanges(tokens)) {
      for (let i = from; i < to; i++) out.push(`${tokens[i]} ${tags[i]}`);
      out.push("");
    }
  });
}
writeFileSync(values.out, out.join("\n"));
console.log(`${items.length} documents tagged into ${values.out}`);
