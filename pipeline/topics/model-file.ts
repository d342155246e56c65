import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { z } from "zod";
import { topicIdSchema } from "../../src/schema/topics";
import type { TopicModel } from "./model";

/** The committed model, trained by `npm run train:topics` (docs/decisions/010-topic-model.md). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL("../../models/topics-en.json.gz", import.meta.url));

const FORMAT = "lede-topic-model";

/**
 * On disk: gzipped JSON with the feature names as one newline-separated string and the weights as
 * base64 int8 (feature-major, one per class) times `scale`. Quantising to 8 bits loses nothing measurable
 * and keeps the file a fraction of the size of float text.
 */
const modelFileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.literal(1),
  classes: z.array(z.array(topicIdSchema).min(1)).min(2),
  bias: z.array(z.number()),
  scale: z.number().positive(),
  features: z.string(),
  weights: z.string(),
  trainedOn: z.array(z.object({ sha256: z.string(), items: z.number().int().nonnegative() })),
  lexiconLed: z.array(topicIdSchema).optional(),
  calibration: z
    .object({ slope: z.number(), intercept: z.number(), secondaryThreshold: z.number().min(0).max(1) })
    .optional(),
});

export function encodeModel(model: TopicModel): Buffer {
  const k = model.classes.length;
  const entries = [...model.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  let max = 0;
  for (const [, w] of entries) for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max > 0 ? max / 127 : 1;
  const quantised = new Int8Array(entries.length * k);
  entries.forEach(([, w], i) => w.forEach((x, c) => (quantised[i * k + c] = Math.round(x / scale))));
  const file: z.infer<typeof modelFileSchema> = {
    format: FORMAT,
    version: 1,
    classes: model.classes,
    bias: model.bias.map((b) => Number(b.toFixed(4))),
    scale,
    features: entries.map(([f]) => f).join("\n"),
    weights: Buffer.from(quantised.buffer).toString("base64"),
    trainedOn: model.trainedOn,
    ...(model.lexiconLed && { lexiconLed: model.lexiconLed }),
    ...(model.calibration && { calibration: model.calibration }),
  };
  return gzipSync(JSON.stringify(file), { level: 9 });
}

/** Throws a readable error for anything that is not a model this code can use. */
export function decodeModel(bytes: Uint8Array): TopicModel {
  let json: unknown;
  try {
    json = JSON.parse(gunzipSync(bytes).toString("utf8"));
  } catch (error) {
    throw new Error(`not a gzipped JSON topic model: ${(error as Error).message}`);
  }
  const result = modelFileSchema.safeParse(json);
  if (!result.success) throw new Error(`not a topic model: ${z.prettifyError(result.error)}`);
  const file = result.data;
  const k = file.classes.length;
  const features = file.features === "" ? [] : file.features.split("\n");
  const raw = Buffer.from(file.weights, "base64");
  const quantised = new Int8Array(raw.buffer, raw.byteOffset, raw.byteLength);
  if (file.bias.length !== k) throw new Error(`not a topic model: ${file.bias.length} biases for ${k} classes`);
  if (quantised.length !== features.length * k) {
    throw new Error(`not a topic model: ${quantised.length} weights for ${features.length} features x ${k} classes`);
  }
  const weights = new Map(
    features.map((feature, i) => [
      feature,
      Float32Array.from(quantised.subarray(i * k, (i + 1) * k), (q) => q * file.scale),
    ]),
  );
  return {
    classes: file.classes,
    bias: file.bias,
    weights,
    trainedOn: file.trainedOn,
    ...(file.lexiconLed && { lexiconLed: file.lexiconLed }),
    ...(file.calibration && { calibration: file.calibration }),
  };
}

export function loadModel(path: string): TopicModel {
  return decodeModel(readFileSync(path));
}

let cached: TopicModel | undefined;

/** Reads and decodes the committed model once per process. */
export function loadDefaultModel(): TopicModel {
  cached ??= loadModel(DEFAULT_MODEL_PATH);
  return cached;
}
