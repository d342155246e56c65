/**
 * Primary-topic accuracy of the topic classifier (committed model + lexicon) on a labelled JSONL file.
 * Usage: npm run bench:topics -- <file.jsonl> [--map mapping.json]
 */
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { classifyTopics } from "../pipeline/topics/classify";
import {
  DEFAULT_LABEL_MAPPING,
  evaluatePredictions,
  parseLabelMapping,
  type LabelMapping,
  type Prediction,
} from "../pipeline/topics/evaluate";
import { formatReport } from "../pipeline/topics/format-report";
import { loadDefaultModel } from "../pipeline/topics/model-file";
import { readBenchFile, type BenchFile } from "../pipeline/topics/read-bench-file";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function parseArgs(argv: string[]): { file: string; mapPath?: string } {
  const mapIndex = argv.indexOf("--map");
  const mapPath = mapIndex >= 0 ? argv[mapIndex + 1] : undefined;
  if (mapIndex >= 0 && !mapPath) fail("--map needs a path to a JSON file");
  const rest = argv.filter((_, i) => mapIndex < 0 || (i !== mapIndex && i !== mapIndex + 1));
  const [file] = rest;
  if (!file || rest.length > 1) fail("Usage: npm run bench:topics -- <file.jsonl> [--map mapping.json]");
  return { file, mapPath };
}

function loadMapping(path: string | undefined): LabelMapping {
  if (!path) return DEFAULT_LABEL_MAPPING;
  try {
    return parseLabelMapping(JSON.parse(readFileSync(path, "utf8")));
  } catch (error) {
    fail(`Bad mapping file ${path}: ${(error as Error).message}`);
  }
}

function readOrFail(file: string): BenchFile {
  try {
    return readBenchFile(file);
  } catch (error) {
    fail((error as Error).message);
  }
}

const { file, mapPath } = parseArgs(process.argv.slice(2));
const mapping = loadMapping(mapPath);
const bench = readOrFail(file);
const model = loadDefaultModel();
const start = performance.now();
const predictions: Prediction[] = bench.items.map((item) => ({
  label: item.topic,
  predicted: classifyTopics({ title: item.title, text: item.body })[0]!,
}));
const perArticle = (performance.now() - start) / bench.items.length;

if (model.trainedOn.some((source) => source.sha256 === bench.sha256)) {
  console.log(
    `NOTE: the committed model was trained on this very file, so these are training-set figures, not a held-out\n` +
      `measurement. For an honest figure: npm run train:topics -- ${file} --cv 10 --no-write\n`,
  );
}
console.log(formatReport(evaluatePredictions(predictions, mapping)));
console.log(`\n${perArticle.toFixed(3)} ms per article (after model load)`);
