import { seededRandom } from "../lib/prng.mjs";
import type { GazetteerLists } from "./gazetteer";

/**
 * Distributional word classes learnt from unlabelled text (decision 029, session 8): each word is described by
 * the words seen up to two places before and after it (positive PMI), and words with
 * similar neighbours fall in one class. A name the labelled data never had still lands beside names used the
 * same way ("signed with X Records", "the X River"), which is what the tagger has to go on out of domain.
 * Classes come in a hierarchy, as Brown clusters do: fine classes are grouped into coarser ones.
 */
export interface ClusterOptions {
  /** Words seen fewer times than this get no class. */
  minCount: number;
  /** How many of the most frequent words serve as contexts. */
  contextWords: number;
  /** Class counts from fine to coarse, e.g. [256, 64, 16]. */
  levels: readonly number[];
  iterations: number;
  seed: number;
}

/** Tokens are counted case-folded, digits folded too, so contexts like "1996" and "2004" are one. */
export const clusterKey = (token: string): string => token.toLowerCase().replace(/\p{N}/gu, "0");

/** Only words get classes (digits are for the shape features); their key is the gazetteer's lower case. */
const classable = (key: string) => /\p{L}/u.test(key) && !/\p{N}/u.test(key);

/** Lower-cased word -> its class at each level (fine to coarse). Deterministic for a seed. */
export function wordClusters(
  sentences: readonly (readonly string[])[],
  options: ClusterOptions,
): Map<string, number[]> {
  const counts = new Map<string, number>();
  for (const s of sentences) for (const t of s) counts.set(clusterKey(t), (counts.get(clusterKey(t)) ?? 0) + 1);
  const byFrequency = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const contextId = new Map(byFrequency.slice(0, options.contextWords).map(([w], i) => [w, i] as const));
  const C = options.contextWords + 1; // the last one is the sentence edge
  const vocab = byFrequency.filter(([w, n]) => n >= options.minCount && classable(w)).map(([w]) => w);
  const wordId = new Map(vocab.map((w, i) => [w, i] as const));

  // Co-occurrence counts: (word, position in -2..+2 without 0, context word).
  const cooc = vocab.map(() => new Map<number, number>());
  const contextTotals = new Float64Array(4 * C);
  let total = 0;
  for (const s of sentences) {
    const keys = s.map(clusterKey);
    keys.forEach((k, i) => {
      const id = wordId.get(k);
      if (id === undefined) return;
      [-2, -1, 1, 2].forEach((offset, p) => {
        const j = i + offset;
        const c = j < 0 || j >= keys.length ? C - 1 : contextId.get(keys[j]!);
        if (c === undefined) return;
        const dim = p * C + c;
        cooc[id]!.set(dim, (cooc[id]!.get(dim) ?? 0) + 1);
        contextTotals[dim] = contextTotals[dim]! + 1;
        total++;
      });
    });
  }

  // Positive PMI (context counts smoothed to the power 0.75, which keeps rare contexts from dominating), as
  // sparse unit vectors.
  const dim = 4 * C;
  let smoothedTotal = 0;
  const smoothed = contextTotals.map((n) => n ** 0.75);
  for (const n of smoothed) smoothedTotal += n;
  const rows = cooc.map((row) => {
    let wordTotal = 0;
    for (const n of row.values()) wordTotal += n;
    const entries = [...row]
      .map(([d, n]) => [d, Math.log(n / wordTotal / (smoothed[d]! / smoothedTotal))] as const)
      .filter(([, pmi]) => pmi > 0)
      .sort((a, b) => a[0] - b[0]);
    const values = Float32Array.from(entries, ([, v]) => v);
    normalise(values);
    return { dims: Int32Array.from(entries, ([d]) => d), values };
  });

  // Fine classes from the words, each coarser level from the centroids of the level below.
  const random = seededRandom(options.seed);
  const assignments: Int32Array[] = [];
  let points: SparseRow[] = rows;
  let weights = new Float64Array(vocab.length).fill(1);
  for (const k of options.levels) {
    const classes = Math.min(k, points.length);
    const { assignment, centroids } = sphericalKMeans(points, weights, dim, classes, options.iterations, random);
    assignments.push(assignment);
    const sizes = new Float64Array(classes);
    assignment.forEach((a, i) => (sizes[a] = sizes[a]! + weights[i]!));
    points = centroids;
    weights = sizes;
  }
  const out = new Map<string, number[]>();
  vocab.forEach((w, id) => {
    const path: number[] = [];
    let at = id;
    for (const a of assignments) {
      at = a[at]!;
      path.push(at);
    }
    out.set(w, path);
  });
  return out;
}

interface SparseRow {
  dims: Int32Array;
  values: Float32Array;
}

function normalise(v: Float32Array | Float64Array): void {
  let norm = 0;
  for (let d = 0; d < v.length; d++) norm += v[d]! * v[d]!;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let d = 0; d < v.length; d++) v[d] = v[d]! / norm;
}

/**
 * k-means on sparse unit vectors by cosine similarity; starts from k points chosen by the seeded generator.
 * Centroids are kept transposed (dimension-major), so scoring a point against all of them reads memory in order.
 */
function sphericalKMeans(
  points: readonly SparseRow[],
  weights: Float64Array,
  dim: number,
  k: number,
  iterations: number,
  random: () => number,
): { assignment: Int32Array; centroids: SparseRow[] } {
  const n = points.length;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const centroidsT = new Float32Array(dim * k);
  const setCentroid = (c: number, row: SparseRow) => {
    for (let d = 0; d < dim; d++) centroidsT[d * k + c] = 0;
    row.dims.forEach((d, x) => (centroidsT[d * k + c] = row.values[x]!));
  };
  for (let c = 0; c < k; c++) setCentroid(c, points[order[c]!]!);
  const assignment = new Int32Array(n).fill(-1);
  const scores = new Float64Array(k);
  let sums = new Float64Array(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      scores.fill(0);
      const { dims, values } = points[i]!;
      for (let x = 0; x < dims.length; x++) {
        const v = values[x]!;
        const base = dims[x]! * k;
        for (let c = 0; c < k; c++) scores[c] = scores[c]! + v * centroidsT[base + c]!;
      }
      let best = 0;
      for (let c = 1; c < k; c++) if (scores[c]! > scores[best]!) best = c;
      if (assignment[i] !== best) moved++;
      assignment[i] = best;
    }
    sums = new Float64Array(k * dim);
    for (let i = 0; i < n; i++) {
      const q = assignment[i]! * dim;
      const { dims, values } = points[i]!;
      for (let x = 0; x < dims.length; x++) sums[q + dims[x]!] = sums[q + dims[x]!]! + weights[i]! * values[x]!;
    }
    for (let c = 0; c < k; c++) {
      const v = sums.subarray(c * dim, (c + 1) * dim);
      normalise(v);
      // An emptied class keeps its old centre rather than collapsing to zero.
      if (v.some((x) => x !== 0)) for (let d = 0; d < dim; d++) centroidsT[d * k + c] = v[d]!;
    }
    if (moved === 0) break;
  }
  const centroids = Array.from({ length: k }, (_, c): SparseRow => {
    const dims: number[] = [];
    const values: number[] = [];
    for (let d = 0; d < dim; d++) {
      const v = centroidsT[d * k + c]!;
      if (v !== 0) {
        dims.push(d);
        values.push(v);
      }
    }
    return { dims: Int32Array.from(dims), values: Float32Array.from(values) };
  });
  return { assignment, centroids };
}

/**
 * Classes as gazetteer categories (`bc<k>:<class>`), so they ride in the model file and reach the tagger
 * the way other word lists do: `g=` marks on a capitalised token, `l=` on a lower-case one, and the
 * neighbours' marks.
 */
export function clusterLists(
  clusters: ReadonlyMap<string, readonly number[]>,
  levels: readonly number[],
): GazetteerLists {
  const lists: GazetteerLists = {};
  for (const [word, path] of clusters) {
    path.forEach((c, level) => {
      const category = `bc${levels[level]}:${c}`;
      (lists[category] ??= []).push(word);
    });
  }
  for (const words of Object.values(lists)) words.sort();
  return lists;
}
