import { seededRandom } from "../lib/prng.mjs";
export function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export interface Fold {
  train: number[];
  test: number[];
}

/**
 * Stratified k-fold split of item indices: each label's items are shuffled and dealt round-robin, so
 * every fold has the same label mix, and every index is in exactly one test fold. Indices stay sorted.
 */
export function kFoldSplits(labels: readonly string[], k: number, seed = 1): Fold[] {
  if (!Number.isInteger(k) || k < 2) throw new Error(`k must be an integer >= 2, got ${k}`);
  if (labels.length < k) throw new Error(`need at least k=${k} items, got ${labels.length}`);
  const random = seededRandom(seed);
  const byLabel = new Map<string, number[]>();
  labels.forEach((label, index) => byLabel.set(label, [...(byLabel.get(label) ?? []), index]));
  const foldOf = new Array<number>(labels.length);
  let dealt = 0;
  for (const label of [...byLabel.keys()].sort()) {
    for (const index of shuffled(byLabel.get(label)!, random)) foldOf[index] = dealt++ % k;
  }
  return Array.from({ length: k }, (_, fold) => ({
    train: labels.flatMap((_, i) => (foldOf[i] === fold ? [] : [i])),
    test: labels.flatMap((_, i) => (foldOf[i] === fold ? [i] : [])),
  }));
}
