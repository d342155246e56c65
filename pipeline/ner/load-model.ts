import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { decodeModel } from "./model-file";
import type { NerModel } from "./model";

/** The committed model, trained by `npm run train:ner` (docs/decisions/007-ner-tagger.md). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL("../../models/ner-en.bin.gz", import.meta.url));

let cached: NerModel | undefined;

/** Reads and decodes the committed model once per process; every extractor shares it. */
export function loadDefaultModel(): NerModel {
  cached ??= decodeModel(readFileSync(DEFAULT_MODEL_PATH));
  return cached;
}

export function loadModel(path: string): NerModel {
  return decodeModel(readFileSync(path));
}
