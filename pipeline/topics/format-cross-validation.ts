import type { CrossValidation } from "./cross-validate";
import { formatReliability, formatReport } from "./format-report";

/** What train:topics and bench:topics print for a cross-validation: only held-out figures. */
export function formatCrossValidation(cv: CrossValidation, k: number, seed: number): string {
  const { foldAccuracies: folds } = cv;
  const mean = folds.reduce((a, b) => a + b, 0) / k;
  const sd = Math.sqrt(folds.reduce((a, b) => a + (b - mean) ** 2, 0) / (k - 1));
  const { slope, intercept, secondaryThreshold } = cv.calibration;
  return [
    `${k}-fold cross-validation (train on ${k - 1} folds, classify the held-out one), seed ${seed}:\n`,
    formatReport(cv.evaluation),
    `\nper fold: ${folds.map((a) => (a * 100).toFixed(1)).join(" ")}  (mean ${(mean * 100).toFixed(1)}%, sd ${(sd * 100).toFixed(1)})`,
    `second topic given to ${cv.secondaries} of ${cv.evaluation.total + Object.values(cv.evaluation.unmapped).reduce((a, b) => a + b, 0)} items\n`,
    formatReliability(cv.reliability, "every assigned topic, each fold calibrated on the other folds"),
    `\ncalibration fitted on all held-out predictions: p = sigmoid(${slope.toFixed(3)} * logit(share) + ${intercept.toFixed(3)}); ` +
      `secondary threshold ${secondaryThreshold.toFixed(3)}`,
  ].join("\n");
}
