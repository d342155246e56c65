import type { TopicId } from "../../src/schema/topics";
import { calibrate, fitCalibration, reliability, shares, type Calibration, type ReliabilityBin } from "./calibrate";
import { analyse, pickTopics, scoresFrom } from "./classify";
import { acceptedTopics, evaluatePredictions, type BenchItem, type Evaluation, type LabelMapping } from "./evaluate";
import { kFoldSplits } from "./kfold";
import type { TopicModel } from "./model";
import type { TopicScore } from "./score-lexicon";
import { selfTrainLabels } from "./self-train";
import { trainTopicModel, type TrainOptions, type TrainingItem } from "./train";

/** Bench items whose label the mapping knows, as training items; the others cannot be learned from. */
export function toTrainingItems(
  items: readonly BenchItem[],
  mapping: LabelMapping,
): (TrainingItem & { label: string })[] {
  return items.flatMap((item) => {
    const topics = acceptedTopics(item.topic, mapping);
    return topics ? [{ title: item.title, text: item.body, topics, label: item.topic }] : [];
  });
}

/** The training pipeline: self-training relabels confident items (self-train.ts), then the model is fitted. */
export function trainWithSelfTraining(
  items: readonly TrainingItem[],
  options: Partial<TrainOptions> = {},
  trainedOn: TopicModel["trainedOn"] = [],
): TopicModel {
  const relabelled = selfTrainLabels(items);
  const labelled = new Set(items.flatMap((item) => item.topics));
  const lexiconLed = [...new Set(relabelled.flatMap((item) => item.topics))].filter((t) => !labelled.has(t)).sort();
  return { ...trainTopicModel(relabelled, options, trainedOn), lexiconLed };
}

/** One held-out item's outcome: its gold label and every topic's share of the evidence, best first. */
export interface ScoredPrediction {
  label: string;
  /** Topics accepted for the label; undefined when the mapping does not know it. */
  accepted: readonly TopicId[] | undefined;
  shares: TopicScore[];
  /** Which cross-validation fold held the item out (0 for a plain held-out file). */
  fold: number;
}

export function scorePrediction(
  model: TopicModel,
  item: TrainingItem & { label: string },
  fold: number,
  mapping: LabelMapping,
): ScoredPrediction {
  return {
    label: item.label,
    accepted: acceptedTopics(item.label, mapping),
    shares: shares(scoresFrom(model, analyse(model, item))),
    fold,
  };
}

/** Every topic after the first three is too unlikely to matter for calibration or for a secondary. */
const CALIBRATED_RANKS = 3;

function calibrationSamples(predictions: readonly ScoredPrediction[]) {
  return predictions.flatMap((p) =>
    p.accepted
      ? p.shares.slice(0, CALIBRATED_RANKS).map((s) => ({ share: s.score, correct: p.accepted!.includes(s.topic) }))
      : [],
  );
}

/**
 * The secondary threshold, chosen on held-out predictions: the highest calibrated probability at which the
 * second topic still brings at least SECONDARY_GAIN_KEPT of the top-2 gain that showing every second topic
 * would (gain: items whose label is the second topic but not the first). Higher thresholds show fewer, surer
 * secondaries; this keeps nearly all the help for a wrong primary while dropping the long tail of guesses.
 */
export const SECONDARY_GAIN_KEPT = 0.9;
const THRESHOLD_STEPS = Array.from({ length: 19 }, (_, i) => (i + 1) / 40);

export function chooseSecondaryThreshold(
  predictions: readonly ScoredPrediction[],
  fit: Pick<Calibration, "slope" | "intercept">,
): number {
  const rescues = predictions.flatMap((p) => {
    const [first, second] = p.shares;
    if (!p.accepted || !first || !second || p.accepted.includes(first.topic) || !p.accepted.includes(second.topic)) {
      return [];
    }
    return [calibrate(p.shares, { ...fit, secondaryThreshold: 1 })[1]!.score];
  });
  if (rescues.length === 0) return THRESHOLD_STEPS.at(-1)!;
  const kept = (t: number) => rescues.filter((p) => p >= t).length / rescues.length;
  return [...THRESHOLD_STEPS].reverse().find((t) => kept(t) >= SECONDARY_GAIN_KEPT) ?? THRESHOLD_STEPS[0]!;
}

/** Calibration fitted on held-out predictions, with its secondary threshold. */
export function calibrationFrom(predictions: readonly ScoredPrediction[]): Calibration {
  const fit = fitCalibration(calibrationSamples(predictions));
  return { ...fit, secondaryThreshold: chooseSecondaryThreshold(predictions, fit) };
}

/** Primary and secondary topics of each prediction under a calibration, as the evaluation reads them. */
export function evaluateScored(
  predictions: readonly ScoredPrediction[],
  mapping: LabelMapping,
  calibrationOf: (p: ScoredPrediction) => Calibration,
): { evaluation: Evaluation; reliability: { bins: ReliabilityBin[]; ece: number }; secondaries: number } {
  let secondaries = 0;
  const samples: { confidence: number; correct: boolean }[] = [];
  const picked = predictions.map((p) => {
    const calibration = calibrationOf(p);
    const { topics, scores } = pickTopics(calibrate(p.shares, calibration), calibration);
    if (topics.length > 1) secondaries += 1;
    if (p.accepted)
      topics.forEach((t, i) => samples.push({ confidence: scores[i]!, correct: p.accepted!.includes(t) }));
    return { label: p.label, predicted: topics[0]!, secondary: topics[1] };
  });
  return { evaluation: evaluatePredictions(picked, mapping), reliability: reliability(samples), secondaries };
}

export interface CrossValidation {
  /** Every item predicted once, by the model that did not see it. */
  evaluation: Evaluation;
  foldAccuracies: number[];
  /**
   * Calibrated probability of every assigned topic against how often it was right, each fold calibrated
   * on the other folds' predictions (so the table is held-out too).
   */
  reliability: { bins: ReliabilityBin[]; ece: number };
  /** Items given a second topic. */
  secondaries: number;
  /** Fitted on all the held-out predictions: what a model trained on every item should carry. */
  calibration: Calibration;
}

/**
 * k-fold cross-validation of the whole classifier (self-training, model, lexicon, rules, calibration): train on
 * k-1 folds, classify the held-out fold, pool the predictions. Pure.
 */
export function crossValidate(
  items: readonly BenchItem[],
  mapping: LabelMapping,
  k: number,
  options: Partial<TrainOptions> = {},
): CrossValidation {
  const training = toTrainingItems(items, mapping);
  const folds = kFoldSplits(
    training.map((t) => t.label),
    k,
    options.seed,
  );
  const predictions: ScoredPrediction[] = [];
  const foldAccuracies = folds.map(({ train, test }, fold) => {
    const model = trainWithSelfTraining(
      train.map((i) => training[i]!),
      options,
    );
    const scored = test.map((i) => scorePrediction(model, training[i]!, fold, mapping));
    predictions.push(...scored);
    return evaluatePredictions(
      scored.map((p) => ({ label: p.label, predicted: p.shares[0]?.topic ?? "society" })),
      mapping,
    ).accuracy;
  });
  const perFold = folds.map((_, fold) => calibrationFrom(predictions.filter((p) => p.fold !== fold)));
  const { evaluation, reliability, secondaries } = evaluateScored(predictions, mapping, (p) => perFold[p.fold]!);
  return { evaluation, foldAccuracies, reliability, secondaries, calibration: calibrationFrom(predictions) };
}
