/** What bench:topics and train:topics share: the data options, their checks, and failing with a message. */
import { readFileSync } from "node:fs";
import { DEFAULT_LABEL_MAPPING, parseLabelMapping, type LabelMapping } from "../pipeline/topics/evaluate";
import { readBenchFile, type BenchFile } from "../pipeline/topics/read-bench-file";

export function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

/** `--map`, `--cv` and `--seed`, for parseArgs. */
export const TOPIC_DATA_OPTIONS = {
  map: { type: "string" },
  cv: { type: "string", default: "10" },
  seed: { type: "string", default: "1" },
} as const;

/** The folds and seed as whole numbers, the label mapping read and checked; fails naming the bad option. */
export function topicDataArgs(values: { map?: string; cv: string; seed: string }): {
  k: number;
  seed: number;
  mapping: LabelMapping;
} {
  const k = Number(values.cv);
  const seed = Number(values.seed);
  if (!Number.isInteger(k) || k < 2) fail("--cv must be an integer >= 2");
  if (!Number.isInteger(seed)) fail("--seed must be an integer");
  return { k, seed, mapping: loadMapping(values.map) };
}

function loadMapping(path: string | undefined): LabelMapping {
  if (!path) return DEFAULT_LABEL_MAPPING;
  try {
    return parseLabelMapping(JSON.parse(readFileSync(path, "utf8")));
  } catch (error) {
    fail(`Bad mapping file ${path}: ${(error as Error).message}`);
  }
}

export function readOrFail(file: string): BenchFile {
  try {
    return readBenchFile(file);
  } catch (error) {
    fail((error as Error).message);
  }
}
