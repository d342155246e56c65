import type { TopicScore } from "./score-lexicon";

/**
 * Turns a topic's share of the combined evidence into the probability that the topic is right (one a reader
 * would file the story under): Platt scaling, p = sigmoid(slope * logit(share) + intercept), fitted on
 * held-out predictions by `npm run train:topics` and stored with the model. The secondary threshold is
 * chosen on the same held-out predictions (chooseSecondaryThreshold).
 */
export interface Calibration {
  slope: number;
  intercept: number;
  /** A topic after the primary is assigned only at or above this calibrated probability. */
  secondaryThreshold: number;
}

/** Before any fit: the share itself, and a secondary only when it is as likely right as not. */
export const DEFAULT_CALIBRATION: Calibration = { slope: 1, intercept: 0, secondaryThreshold: 0.5 };

const EPSILON = 1e-4;
const clamp = (x: number) => Math.min(1 - EPSILON, Math.max(EPSILON, x));
const logit = (p: number) => Math.log(clamp(p) / (1 - clamp(p)));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** Each topic's share of the total combined score, best first (the order is kept). */
export function shares(scores: readonly TopicScore[]): TopicScore[] {
  const total = scores.reduce((sum, s) => sum + s.score, 0);
  return scores.map((s) => ({ topic: s.topic, score: total > 0 ? s.score / total : 0 }));
}

export function calibrated(share: number, calibration: Calibration): number {
  return sigmoid(calibration.slope * logit(share) + calibration.intercept);
}

/** Calibrated probability per topic, best first (monotone in the combined score, so the order is unchanged). */
export function calibrate(scores: readonly TopicScore[], calibration: Calibration = DEFAULT_CALIBRATION): TopicScore[] {
  return shares(scores).map((s) => ({ topic: s.topic, score: calibrated(s.score, calibration) }));
}

export interface CalibrationSample {
  /** The topic's share of the evidence (shares()). */
  share: number;
  /** Whether the topic is accepted for the item's gold label. */
  correct: boolean;
}

/** One-feature logistic regression (Newton's method, a tiny ridge for separable data). Pure. */
export function fitCalibration(samples: readonly CalibrationSample[]): Pick<Calibration, "slope" | "intercept"> {
  let slope = 1;
  let intercept = 0;
  const xs = samples.map((s) => logit(s.share));
  for (let iteration = 0; iteration < 50; iteration += 1) {
    let g0 = 0;
    let g1 = 0;
    let h00 = 1e-6;
    let h01 = 0;
    let h11 = 1e-6;
    samples.forEach((sample, i) => {
      const x = xs[i]!;
      const p = sigmoid(slope * x + intercept);
      const error = p - (sample.correct ? 1 : 0);
      const w = p * (1 - p);
      g0 += error;
      g1 += error * x;
      h00 += w;
      h01 += w * x;
      h11 += w * x * x;
    });
    const det = h00 * h11 - h01 * h01;
    if (det <= 0) break;
    const dIntercept = (h11 * g0 - h01 * g1) / det;
    const dSlope = (h00 * g1 - h01 * g0) / det;
    intercept -= dIntercept;
    slope -= dSlope;
    if (Math.abs(dIntercept) + Math.abs(dSlope) < 1e-9) break;
  }
  return { slope, intercept };
}

export interface ReliabilityBin {
  /** Lower and upper bound of the predicted probability. */
  from: number;
  to: number;
  count: number;
  /** Mean predicted probability in the bin. */
  predicted: number;
  /** Fraction of the bin that was right. */
  observed: number;
}

/** Equal-width bins of predicted probability against how often it was right, and the expected calibration error. */
export function reliability(
  samples: readonly { confidence: number; correct: boolean }[],
  bins = 10,
): { bins: ReliabilityBin[]; ece: number } {
  const table = Array.from({ length: bins }, (_, i) => ({ from: i / bins, to: (i + 1) / bins, n: 0, sum: 0, hits: 0 }));
  for (const { confidence, correct } of samples) {
    const bin = table[Math.min(bins - 1, Math.floor(confidence * bins))]!;
    bin.n += 1;
    bin.sum += confidence;
    if (correct) bin.hits += 1;
  }
  const rows = table.map((b) => ({
    from: b.from,
    to: b.to,
    count: b.n,
    predicted: b.n === 0 ? 0 : b.sum / b.n,
    observed: b.n === 0 ? 0 : b.hits / b.n,
  }));
  const total = samples.length;
  const ece =
    total === 0 ? 0 : rows.reduce((sum, r) => sum + (r.count / total) * Math.abs(r.predicted - r.observed), 0);
  return { bins: rows, ece };
}
