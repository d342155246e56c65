import { viterbi } from "./decode";
import { decodingTransitions, emissions, type PassWeights } from "./weights";
import { seededRandom } from "../lib/prng.mjs";

/** One training sequence: feature ids per token and gold labels, decoded and updated sentence by sentence. */
export interface TrainingSequence {
  features: Int32Array[];
  gold: number[];
  ranges: Array<[number, number]>;
  /** Per token, how many leading feature ids are word identity (see lexicalFeatureCount), for word dropout. */
  lexical?: Int32Array;
}

export interface TrainOptions {
  featureCount: number;
  labels: number;
  epochs: number;
  seed: number;
  /** Share of tokens whose word-identity features are hidden in each update (0: none). */
  wordDropout?: number;
  /**
   * Cost added to every wrong label's score while training decodes (cost-augmented perceptron): an update also
   * happens when the gold sequence wins by less than this, which asks for a margin rather than a bare win (0: none).
   */
  margin?: number;
  onEpoch?: (epoch: number, averaged: () => PassWeights) => void;
}

/**
 * Averaged structured perceptron (Collins 2002) with exact Viterbi search over first-order transitions.
 * Averaging uses the usual trick: keep `w` and `c * update` sums, average = w - acc / c.
 */
export function trainPerceptron(sequences: readonly TrainingSequence[], options: TrainOptions): PassWeights {
  const { featureCount, labels: T, epochs } = options;
  const random = seededRandom(options.seed);
  const w: PassWeights = {
    labels: T,
    emission: new Float64Array(featureCount * T),
    start: new Float64Array(T),
    pair: new Float64Array(T * T),
  };
  const acc = {
    emission: new Float64Array(featureCount * T),
    start: new Float64Array(T),
    pair: new Float64Array(T * T),
  };
  let c = 1;
  const sentences = sequences.flatMap((s) =>
    s.ranges.map(([from, to]) => ({
      features: s.features.slice(from, to),
      gold: s.gold.slice(from, to),
      lexical: s.lexical?.subarray(from, to),
    })),
  );
  const dropout = options.wordDropout ?? 0;
  const margin = options.margin ?? 0;
  const averaged = (): PassWeights => {
    const avg = (cur: Float64Array, sum: Float64Array) => cur.map((v, i) => v - sum[i]! / c);
    return {
      labels: T,
      emission: avg(w.emission as Float64Array, acc.emission),
      start: avg(w.start, acc.start),
      pair: avg(w.pair, acc.pair),
    };
  };
  const bump = (cur: Float64Array, sum: Float64Array, index: number, delta: number) => {
    cur[index] = cur[index]! + delta;
    sum[index] = sum[index]! + c * delta;
  };
  for (let epoch = 1; epoch <= epochs; epoch++) {
    // Fisher-Yates with the seeded generator.
    for (let i = sentences.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [sentences[i], sentences[j]] = [sentences[j]!, sentences[i]!];
    }
    for (const sentence of sentences) {
      const { gold, lexical } = sentence;
      const features =
        dropout > 0 && lexical
          ? sentence.features.map((ids, i) => (random() < dropout ? ids.subarray(lexical[i]!) : ids))
          : sentence.features;
      const n = gold.length;
      const pred = decodeSentence(w, features, gold, margin);
      for (let i = 0; i < n; i++) {
        const g = gold[i]!;
        const p = pred[i]!;
        if (g !== p) {
          for (const f of features[i]!) {
            bump(w.emission as Float64Array, acc.emission, f * T + g, 1);
            bump(w.emission as Float64Array, acc.emission, f * T + p, -1);
          }
        }
        if (i === 0) {
          if (g !== p) {
            bump(w.start, acc.start, g, 1);
            bump(w.start, acc.start, p, -1);
          }
        } else if (g !== p || gold[i - 1] !== pred[i - 1]) {
          bump(w.pair, acc.pair, gold[i - 1]! * T + g, 1);
          bump(w.pair, acc.pair, pred[i - 1]! * T + p, -1);
        }
      }
      c++;
    }
    options.onEpoch?.(epoch, averaged);
  }
  return averaged();
}

/** Best labels of one sentence under the current weights, each wrong label's score raised by `margin`. */
export function decodeSentence(
  w: PassWeights,
  features: readonly ArrayLike<number>[],
  gold: readonly number[],
  margin: number,
): number[] {
  const T = w.labels;
  const emit = emissions(w, features, 0, gold.length);
  if (margin > 0)
    for (let i = 0; i < gold.length; i++)
      for (let t = 0; t < T; t++) if (t !== gold[i]) emit[i * T + t] = emit[i * T + t]! + margin;
  return viterbi(emit, gold.length, decodingTransitions(w));
}
