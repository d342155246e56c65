/**
 * Primary-topic accuracy of the lexicon classifier on a labelled JSONL file.
 * Usage: npx tsx scripts/bench-topics.ts <file.jsonl> [--map mapping.json]
 */
import { readFileSync } from "node:fs";
import { TOPIC_IDS, type TopicId } from "../src/schema/topics";
import { classifyTopics } from "../pipeline/topics/classify";
import {
  DEFAULT_LABEL_MAPPING,
  evaluatePredictions,
  parseBenchLine,
  parseLabelMapping,
  type Evaluation,
  type LabelMapping,
  type Prediction,
} from "../pipeline/topics/evaluate";

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    fail(`Cannot read ${what} ${path}: ${(error as Error).message}`);
  }
}

function parseArgs(argv: string[]): { file: string; mapPath?: string } {
  const mapIndex = argv.indexOf("--map");
  const mapPath = mapIndex >= 0 ? argv[mapIndex + 1] : undefined;
  if (mapIndex >= 0 && !mapPath) fail("--map needs a path to a JSON file");
  const rest = argv.filter((_, i) => mapIndex < 0 || (i !== mapIndex && i !== mapIndex + 1));
  const [file] = rest;
  if (!file || rest.length > 1) fail("Usage: npx tsx scripts/bench-topics.ts <file.jsonl> [--map mapping.json]");
  return { file, mapPath };
}

function loadMapping(path: string | undefined): LabelMapping {
  if (!path) return DEFAULT_LABEL_MAPPING;
  try {
    return parseLabelMapping(JSON.parse(readText(path, "mapping file")));
  } catch (error) {
    fail(`Bad mapping file ${path}: ${(error as Error).message}`);
  }
}

function predict(file: string): Prediction[] {
  const predictions: Prediction[] = [];
  readText(file, "file")
    .split(/\r?\n/)
    .forEach((line, index) => {
      if (line.trim() === "") return;
      try {
        const item = parseBenchLine(line);
        const [primary] = classifyTopics({
          title: item.title,
          text: item.body,
        });
        predictions.push({ label: item.topic, predicted: primary! });
      } catch (error) {
        fail(`${file}:${index + 1}: ${(error as Error).message}`);
      }
    });
  if (predictions.length === 0) fail(`${file}: no items`);
  return predictions;
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`;

function printReport(evaluation: Evaluation): void {
  console.log(`primary-topic accuracy: ${pct(evaluation.accuracy)} (${evaluation.correct}/${evaluation.total})\n`);
  console.log("per label:");
  for (const row of evaluation.perLabel) {
    console.log(`  ${row.label.padEnd(16)} ${pct(row.accuracy).padStart(6)}  (${row.correct}/${row.total})`);
  }
  for (const [label, count] of Object.entries(evaluation.unmapped)) {
    console.log(`  ${label.padEnd(16)}   n/a   (${count} unscored, label not in mapping)`);
  }
  const labels = Object.keys(evaluation.confusion);
  const topics = TOPIC_IDS.filter((t: TopicId) => labels.some((l) => evaluation.confusion[l]?.[t]));
  const width = Math.max(10, ...labels.map((l) => l.length)) + 2;
  console.log("\nconfusion (rows: gold label, columns: predicted primary topic):");
  console.log(["".padEnd(width), ...topics.map((t) => t.slice(0, 12).padStart(13))].join(""));
  for (const label of labels) {
    const cells = topics.map((t) => String(evaluation.confusion[label]?.[t] ?? 0).padStart(13));
    console.log([label.padEnd(width), ...cells].join(""));
  }
}

const { file, mapPath } = parseArgs(process.argv.slice(2));
printReport(evaluatePredictions(predict(file), loadMapping(mapPath)));
