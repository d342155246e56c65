import { constrainedTransitions, viterbi, type Transitions } from "./decode";

/** One pass of the tagger: emission weights `emission[feature * labels + label]` and learnt transitions. */
export interface PassWeights {
  labels: number;
  emission: Float32Array | Float64Array;
  start: Float64Array;
  pair: Float64Array;
}

/** Learnt transitions with BILOU's impossible moves added as -Infinity. */
export function decodingTransitions(pass: PassWeights): Transitions {
  const t = constrainedTransitions(pass.labels);
  for (let i = 0; i < t.start.length; i++) t.start[i] = t.start[i]! + pass.start[i]!;
  for (let i = 0; i < t.pair.length; i++) t.pair[i] = t.pair[i]! + pass.pair[i]!;
  return t;
}

/** Feature ids per token; a second list (document features) may be added to the first. */
export type TokenFeatures = readonly ArrayLike<number>[];

/** Emission scores for tokens `from..to` of a sequence whose features are given as ids. */
export function emissions(pass: PassWeights, features: TokenFeatures, from: number, to: number, extra?: TokenFeatures) {
  const T = pass.labels;
  const w = pass.emission;
  const emit = new Float64Array((to - from) * T);
  for (let i = from; i < to; i++) addRows(w, T, features[i]!, emit, (i - from) * T);
  if (extra) for (let i = from; i < to; i++) addRows(w, T, extra[i]!, emit, (i - from) * T);
  return emit;
}

function addRows(w: Float32Array | Float64Array, T: number, ids: ArrayLike<number>, emit: Float64Array, row: number) {
  for (let k = 0; k < ids.length; k++) {
    const base = ids[k]! * T;
    for (let t = 0; t < T; t++) emit[row + t] = emit[row + t]! + w[base + t]!;
  }
}

/** Tokens (1 = closed) that may not take any of `labels`, whatever their scores. */
export interface LabelGuard {
  closed: Uint8Array;
  labels: readonly number[];
}

/** Best labels for a sequence, decoded sentence by sentence. */
export function decodeSequence(
  pass: PassWeights,
  transitions: Transitions,
  features: TokenFeatures,
  ranges: ReadonlyArray<readonly [number, number]>,
  extra?: TokenFeatures,
  guard?: LabelGuard,
): number[] {
  const out: number[] = [];
  const T = pass.labels;
  for (const [from, to] of ranges) {
    const emit = emissions(pass, features, from, to, extra);
    if (guard)
      for (let i = from; i < to; i++)
        if (guard.closed[i]) for (const l of guard.labels) emit[(i - from) * T + l] = -Infinity;
    for (const label of viterbi(emit, to - from, transitions)) out.push(label);
  }
  return out;
}
