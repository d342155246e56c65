import { classifyTopicsWith } from "./classify";
import { acceptedTopics, evaluatePredictions, type BenchItem, type Evaluation, type LabelMapping } from "./evaluate";
import { kFoldSplits } from "./kfold";
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

export interface CrossValidation {
  /** Every item predicted once, by the model that did not see it. */
  evaluation: Evaluation;
  foldAccuracies: number[];
}

/**
 * k-fold cross-validation of the whole classifier (model + lexicon): train on k-1 folds, classify the
 * held-out fold, pool the predictions. Pure.
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
  const predictions: { label: string; predicted: ReturnType<typeof classifyTopicsWith>[number] }[] = [];
  const foldAccuracies = folds.map(({ train, test }) => {
    const model = trainTopicModel(
      train.map((i) => training[i]!),
      options,
    );
    const fold = test.map((i) => ({
      label: training[i]!.label,
      predicted: classifyTopicsWith(model, training[i]!)[0]!,
    }));
    predictions.push(...fold);
    return evaluatePredictions(fold, mapping).accuracy;
  });
  return { evaluation: evaluatePredictions(predictions, mapping), foldAccuracies };
}
