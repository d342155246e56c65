import { allowedEnd, allowedTransition } from "./labels";

/** Transition scores: `start[t]`, then `pair[from * labels + to]`; disallowed moves hold -Infinity. */
export interface Transitions {
  labels: number;
  start: Float64Array;
  pair: Float64Array;
}

/** For each label, the labels that may precede it (finite transition score); Viterbi skips the rest. */
const predecessorCache = new WeakMap<Float64Array, Int32Array[]>();
function predecessors(trans: Transitions): Int32Array[] {
  let lists = predecessorCache.get(trans.pair);
  if (!lists) {
    const T = trans.labels;
    lists = Array.from({ length: T }, (_, to) =>
      Int32Array.from({ length: T }, (_, f) => f).filter((f) => trans.pair[f * T + to] !== -Infinity),
    );
    predecessorCache.set(trans.pair, lists);
  }
  return lists;
}

/** Zero scores with BILOU's impossible moves blocked, for a model to add its learnt weights to. */
export function constrainedTransitions(labels: number): Transitions {
  const start = new Float64Array(labels);
  const pair = new Float64Array(labels * labels);
  for (let to = 0; to < labels; to++) {
    if (!allowedTransition(-1, to)) start[to] = -Infinity;
    for (let from = 0; from < labels; from++) if (!allowedTransition(from, to)) pair[from * labels + to] = -Infinity;
  }
  return { labels, start, pair };
}

/**
 * Best label sequence (Viterbi) for `length` tokens, given emission scores `emit[i * labels + t]`.
 * Exact search over first-order transitions, so training needs no beam and no early update.
 */
export function viterbi(emit: Float64Array, length: number, trans: Transitions): number[] {
  const T = trans.labels;
  if (length === 0) return [];
  const score = new Float64Array(length * T);
  const back = new Int32Array(length * T);
  for (let t = 0; t < T; t++) score[t] = trans.start[t]! + emit[t]!;
  const from = predecessors(trans);
  for (let i = 1; i < length; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      const allowed = from[t]!;
      for (let k = 0; k < allowed.length; k++) {
        const f = allowed[k]!;
        const s = score[(i - 1) * T + f]! + trans.pair[f * T + t]!;
        if (s > best) {
          best = s;
          arg = f;
        }
      }
      score[i * T + t] = best + emit[i * T + t]!;
      back[i * T + t] = arg;
    }
  }
  let best = -Infinity;
  let last = 0;
  for (let t = 0; t < T; t++) {
    const s = allowedEnd(t) ? score[(length - 1) * T + t]! : -Infinity;
    if (s > best) {
      best = s;
      last = t;
    }
  }
  const out = new Array<number>(length);
  out[length - 1] = last;
  for (let i = length - 1; i > 0; i--) out[i - 1] = back[i * T + out[i]!]!;
  return out;
}
