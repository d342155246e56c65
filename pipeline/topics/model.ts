import type { TopicId } from "../../src/schema/topics";
import type { Calibration } from "./calibrate";
import { extractFeatures } from "./features";
import type { TopicInput } from "./topic-input";

/** Where a model's training data came from, so a benchmark can tell training data from held-out data. */
export interface TrainingSource {
  sha256: string;
  items: number;
}

/**
 * Multinomial logistic regression over unigram and bigram features (features.ts). A class is the set of
 * topics its training label stood for: AG News "World" becomes one class accepting four IPTC topics,
 * which the lexicon later tells apart.
 */
export interface TopicModel {
  classes: TopicId[][];
  bias: number[];
  /** feature -> one weight per class */
  weights: Map<string, Float32Array>;
  trainedOn: TrainingSource[];
  /**
   * Topics no training label stood for, whose examples self-training chose by the lexicon (self-train.ts): the
   * model's few examples add words the lexicon lacks, but for them the lexicon still leads, as for a topic the
   * model never saw.
   */
  lexiconLed?: TopicId[];
  /** Fitted on held-out predictions when the model was trained; absent in a model trained without them. */
  calibration?: Calibration;
}

export interface ModelPrediction {
  /** One probability per class, in the model's class order; sums to 1. */
  probabilities: number[];
  /** How many of the input's features the model knows: with very few, its probabilities mean little. */
  knownFeatures: number;
}

export function softmax(logits: readonly number[]): number[] {
  const max = Math.max(...logits);
  const exps = logits.map((l) => Math.exp(l - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/** Class scores for sparse, already-extracted features (shared by training and inference). */
export function logitsFor(model: Pick<TopicModel, "bias" | "weights">, features: Map<string, number>): number[] {
  const logits = [...model.bias];
  for (const [feature, value] of features) {
    const w = model.weights.get(feature);
    if (!w) continue;
    for (let c = 0; c < logits.length; c += 1) logits[c]! += w[c]! * value;
  }
  return logits;
}

export function predictClasses(model: TopicModel, input: TopicInput): ModelPrediction {
  return predictFromFeatures(model, extractFeatures(input));
}

export function predictFromFeatures(model: TopicModel, features: Map<string, number>): ModelPrediction {
  let knownFeatures = 0;
  for (const feature of features.keys()) if (model.weights.has(feature)) knownFeatures += 1;
  return { probabilities: softmax(logitsFor(model, features)), knownFeatures };
}
