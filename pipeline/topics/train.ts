import type { TopicId } from "../../src/schema/topics";
import { extractFeatures } from "./features";
import { seededRandom } from "../lib/prng.mjs";
import { shuffled } from "./kfold";
import { logitsFor, softmax, type TopicModel, type TrainingSource } from "./model";
import type { TopicInput } from "./topic-input";

export interface TrainingItem extends TopicInput {
  /** The topics accepted for this item's label (evaluate.ts: acceptedTopics). */
  topics: readonly TopicId[];
}

export interface TrainOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per update, applied to the weights an item touches. */
  l2: number;
  /** A feature must occur in at least this many training items to get a weight. */
  minCount: number;
  /** Keep at most this many features, the most discriminative (largest weight spread) first. */
  maxFeatures: number;
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 10,
  learningRate: 0.1,
  l2: 1e-5,
  minCount: 2,
  maxFeatures: 12000,
  seed: 1,
};

/** One class per distinct topic set, keyed and ordered by its sorted topic ids so the order is stable. */
function classKey(topics: readonly TopicId[]): string {
  return [...new Set(topics)].sort().join(",");
}

/**
 * Multinomial logistic regression by stochastic gradient descent (AdaGrad step sizes) over unit-length
 * unigram+bigram vectors. Deterministic for a given seed. Pure: no I/O.
 */
export function trainTopicModel(
  items: readonly TrainingItem[],
  options: Partial<TrainOptions> = {},
  trainedOn: TrainingSource[] = [],
): TopicModel {
  const opts = { ...DEFAULT_TRAIN_OPTIONS, ...options };
  if (items.length === 0) throw new Error("no training items");
  const keys = [...new Set(items.map((item) => classKey(item.topics)))].sort();
  if (keys.length < 2) throw new Error("training needs at least two distinct labels");
  const classIndex = new Map(keys.map((key, i) => [key, i]));
  const classes = keys.map((key) => key.split(",") as TopicId[]);
  const k = classes.length;

  const vectors = items.map((item) => extractFeatures(item));
  const documentFrequency = new Map<string, number>();
  for (const vector of vectors)
    for (const f of vector.keys()) documentFrequency.set(f, (documentFrequency.get(f) ?? 0) + 1);
  const vocabulary = new Set([...documentFrequency].filter(([, n]) => n >= opts.minCount).map(([f]) => f));
  const examples = vectors.map((vector, i) => ({
    features: new Map([...vector].filter(([f]) => vocabulary.has(f))),
    target: classIndex.get(classKey(items[i]!.topics))!,
  }));

  const weights = new Map<string, Float32Array>([...vocabulary].sort().map((f) => [f, new Float32Array(k)]));
  const gradSquares = new Map<string, Float32Array>([...weights.keys()].map((f) => [f, new Float32Array(k)]));
  const bias = new Array<number>(k).fill(0);
  const biasGradSquares = new Array<number>(k).fill(0);
  const random = seededRandom(opts.seed);
  const order = examples.map((_, i) => i);

  for (let epoch = 0; epoch < opts.epochs; epoch += 1) {
    for (const index of shuffled(order, random)) {
      const { features, target } = examples[index]!;
      const p = softmax(logitsFor({ bias, weights }, features));
      for (let c = 0; c < k; c += 1) {
        const error = p[c]! - (c === target ? 1 : 0);
        biasGradSquares[c]! += error * error;
        bias[c]! -= (opts.learningRate * error) / Math.sqrt(biasGradSquares[c]! + 1e-8);
        for (const [feature, value] of features) {
          const w = weights.get(feature)!;
          const g2 = gradSquares.get(feature)!;
          const grad = error * value + opts.l2 * w[c]!;
          g2[c]! += grad * grad;
          w[c]! -= (opts.learningRate * grad) / Math.sqrt(g2[c]! + 1e-8);
        }
      }
    }
  }
  return { classes, bias, weights: pruneWeights(weights, opts.maxFeatures), trainedOn };
}

/**
 * Softmax ignores a constant added to all of a feature's weights, so each feature is centred, then only
 * the features whose weights differ most across classes are kept: they carry nearly all the decisions.
 */
function pruneWeights(weights: Map<string, Float32Array>, maxFeatures: number): Map<string, Float32Array> {
  const ranked = [...weights].map(([feature, w]) => {
    const mean = w.reduce((a, b) => a + b, 0) / w.length;
    const centred = w.map((x) => x - mean);
    return { feature, centred, spread: Math.max(...centred) - Math.min(...centred) };
  });
  ranked.sort((a, b) => b.spread - a.spread || (a.feature < b.feature ? -1 : 1));
  return new Map(
    ranked
      .slice(0, maxFeatures)
      .sort((a, b) => (a.feature < b.feature ? -1 : 1))
      .map((r) => [r.feature, r.centred]),
  );
}
