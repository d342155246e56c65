/**
 * Trains the topic model (docs/decisions/010-topic-model.md, 024-topics-on-real-news.md) on labelled JSONL files:
 * cross-validates the whole classifier first (its held-out predictions calibrate the scores and choose the
 * secondary threshold the committed model carries), then trains on every item and writes it in compact form.
 * Usage: npm run train:topics -- <file.jsonl>... [--map mapping.json] [--cv k (default 10)] [--seed n]
 *        [--out models/topics-en.json.gz] [--no-write]
 */
import { writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { crossValidate, toTrainingItems, trainWithSelfTraining } from "../pipeline/topics/cross-validate";
import { formatCrossValidation } from "../pipeline/topics/format-cross-validation";
import { DEFAULT_MODEL_PATH, encodeModel } from "../pipeline/topics/model-file";
import { fail, readOrFail, TOPIC_DATA_OPTIONS, topicDataArgs } from "./topic-args";

const usage =
  "Usage: npm run train:topics -- <file.jsonl>... [--map mapping.json] [--cv k] [--seed n] [--out path] [--no-write]";
let args: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      ...TOPIC_DATA_OPTIONS,
      out: { type: "string", default: DEFAULT_MODEL_PATH },
      "no-write": { type: "boolean", default: false },
    },
  });
}
try {
  args = parse();
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`);
}
const { values, positionals } = args;
if (positionals.length === 0) fail(usage);
const { k, seed, mapping } = topicDataArgs(values);

const files = positionals.map(readOrFail);
const items = files.flatMap((f) => f.items);

const start = performance.now();
const cv = crossValidate(items, mapping, k, { seed });
console.log(formatCrossValidation(cv, k, seed));
console.log(`cross-validation took ${((performance.now() - start) / 1000).toFixed(1)} s\n`);

if (!values["no-write"]) {
  const training = toTrainingItems(items, mapping);
  const trainStart = performance.now();
  const model = {
    ...trainWithSelfTraining(
      training,
      { seed },
      files.map((f) => ({ sha256: f.sha256, items: f.items.length })),
    ),
    calibration: cv.calibration,
  };
  const seconds = (performance.now() - trainStart) / 1000;
  const bytes = encodeModel(model);
  writeFileSync(values.out, bytes);
  console.log(
    `trained on ${training.length} items (${items.length - training.length} with unmapped labels skipped) in ${seconds.toFixed(1)} s: ` +
      `${model.classes.length} classes, ${model.weights.size} features -> ${values.out} (${(bytes.length / 1024).toFixed(0)} KB)`,
  );
}
