/**
 * Honest figures for the topic classifier on a labelled JSONL file: held-out only, never training-set.
 * - A file the committed model was trained on (recognised by its SHA-256) is cross-validated: the whole pipeline
 *   (self-training, model, lexicon, rules, calibration) is retrained on k-1 folds and classifies the held-out fold.
 * - Any other file is held-out data: the committed model classifies it as ingest would.
 * Either way: primary and top-2 accuracy, per label, the confusion table and the reliability (calibration) table.
 * Usage: npm run bench:topics -- <file.jsonl> [--map mapping.json] [--cv k (default 10)] [--seed n]
 */
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { DEFAULT_CALIBRATION } from "../pipeline/topics/calibrate";
import { crossValidate, evaluateScored, scorePrediction, toTrainingItems } from "../pipeline/topics/cross-validate";
import { formatCrossValidation } from "../pipeline/topics/format-cross-validation";
import { formatReliability, formatReport } from "../pipeline/topics/format-report";
import { loadDefaultModel } from "../pipeline/topics/model-file";
import { fail, readOrFail, TOPIC_DATA_OPTIONS, topicDataArgs } from "./topic-args";

const usage = "Usage: npm run bench:topics -- <file.jsonl> [--map mapping.json] [--cv k] [--seed n]";
function parse() {
  try {
    return parseArgs({ allowPositionals: true, options: TOPIC_DATA_OPTIONS });
  } catch (error) {
    fail(`${(error as Error).message}\n${usage}`);
  }
}

const { values, positionals } = parse();
const [file] = positionals;
if (!file || positionals.length > 1) fail(usage);
const { k, seed, mapping } = topicDataArgs(values);
const bench = readOrFail(file);
const model = loadDefaultModel();

if (model.trainedOn.some((source) => source.sha256 === bench.sha256)) {
  console.log(
    `The committed model was trained on ${file}, so its figures on it would be training-set figures.\n` +
      `Cross-validating instead (the same pipeline as npm run train:topics).\n`,
  );
  const start = performance.now();
  console.log(formatCrossValidation(crossValidate(bench.items, mapping, k, { seed }), k, seed));
  console.log(`\ncross-validation took ${((performance.now() - start) / 1000).toFixed(1)} s`);
} else {
  const calibration = model.calibration ?? DEFAULT_CALIBRATION;
  const start = performance.now();
  const predictions = toTrainingItems(bench.items, mapping).map((item) => scorePrediction(model, item, 0, mapping));
  const perArticle = (performance.now() - start) / Math.max(1, predictions.length);
  const unmapped = bench.items.length - predictions.length;
  const { evaluation, reliability, secondaries } = evaluateScored(predictions, mapping, () => calibration);
  console.log(`Held-out: the committed model was not trained on ${file}.\n`);
  console.log(formatReport(evaluation));
  if (unmapped > 0) console.log(`(${unmapped} items with labels the mapping does not know were skipped)`);
  console.log(
    `\nsecond topic given to ${secondaries} of ${predictions.length} items (threshold ${calibration.secondaryThreshold})\n`,
  );
  console.log(formatReliability(reliability, "every assigned topic"));
  console.log(`\n${perArticle.toFixed(3)} ms per article (after model load)`);
}
