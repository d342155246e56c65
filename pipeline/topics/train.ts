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
  /**
   * How far each feature's value is scaled by how class-specific it is (nbScales): 0 leaves every feature as it
   * is, 1 scales it by its naive Bayes log-count ratio alone.
   */
  nbScale: number;
  seed: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  epochs: 10,
  learningRate: 0.1,
  l2: 1e-5,
  minCount: 2,
  maxFeatures: 12000,
  nbScale: 0.25,
  seed: 1,
};

/** One class per distinct topic set, keyed and ordered by its sorted topic ids so the order is stable. */
function classKey(topics: readonly TopicId[]): string {
  return [...new Set(topics)].sort().join(",");
}

/**
 * Multinomial logistic regression by stochastic gradient descent (AdaGrad step sizes) over unit-length
 * unigram+bigram vectors, each feature scaled by how class-specific it is (nbScales). Deterministic for a given
 * seed. Pure: no I/O.
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
  const targets = items.map((item) => classIndex.get(classKey(item.topics))!);
  const scales = nbScales(vectors, targets, k, vocabulary, opts.nbScale);
  const examples = vectors.map((vector, i) => ({
    features: new Map([...vector].filter(([f]) => vocabulary.has(f)).map(([f, v]) => [f, v * scales.get(f)!])),
    target: targets[i]!,
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
  // The model sees unscaled features at inference: the scale is folded into each feature's weights.
  for (const [feature, w] of weights) {
    const scale = scales.get(feature)!;
    for (let c = 0; c < k; c += 1) w[c]! *= scale;
  }
  return { classes, bias, weights: pruneWeights(weights, opts.maxFeatures), trainedOn };
}

/**
 * Per-feature scale (1 - beta) + beta * r, where r is the feature's largest naive Bayes log-count ratio over the
 * classes (|log(p(f | class) / p(f | other classes))|, add-one smoothed over the feature values of every
 * feature, rare ones too), for the features in `vocabulary`. Training on
 * the scaled values lets a class-specific word ("earnings", "quarterback") move the regression further than a
 * word every class uses, as in NB-SVM (Wang and Manning, 2012); after training the scale is folded into the
 * weights, so inference is unchanged.
 */
export function nbScales(
  vectors: readonly Map<string, number>[],
  targets: readonly number[],
  k: number,
  vocabulary: ReadonlySet<string>,
  beta: number,
): Map<string, number> {
  const perClass = new Map<string, Float64Array>();
  const classTotals = new Float64Array(k);
  vectors.forEach((vector, i) => {
    const c = targets[i]!;
    for (const [feature, value] of vector) {
      let sums = perClass.get(feature);
      if (!sums) perClass.set(feature, (sums = new Float64Array(k)));
      sums[c]! += value;
      classTotals[c]! += value;
    }
  });
  const total = classTotals.reduce((a, b) => a + b, 0);
  const scales = new Map<string, number>();
  for (const [feature, sums] of perClass) {
    if (!vocabulary.has(feature)) continue;
    const all = sums.reduce((a, b) => a + b, 0);
    let ratio = 0;
    for (let c = 0; c < k; c += 1) {
      const inClass = (sums[c]! + 1) / (classTotals[c]! + 1);
      const elsewhere = (all - sums[c]! + 1) / (total - classTotals[c]! + 1);
      ratio = Math.max(ratio, Math.abs(Math.log(inClass / elsewhere)));
    }
    scales.set(feature, 1 - beta + beta * ratio);
  }
  return scales;
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
