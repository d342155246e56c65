import type { TopicId } from "../../src/schema/topics";
import { analyseLexicon } from "./score-lexicon";
import type { TrainingItem } from "./train";

/**
 * Self-training on confident articles (decision 026): no training label stands for arts and culture, yet the
 * training collection has some of it (a film's takings are "Business" in AG News, a music download service
 * "Sci/Tech"). An item the lexicon clearly calls arts and culture is relabelled as such, so the model learns
 * that topic's vocabulary from real news, beyond the lexicon's lists. The lexicon still leads for the topic
 * (TopicModel.lexiconLed): the model has seen few such items. Pure and deterministic.
 */
export interface SelfTrainOptions {
  /** The creative-work share (Signals.creativeWork) of all the lexicon's evidence an item needs... */
  share: number;
  /** ...and its lexicon points. */
  points: number;
}

export const SELF_TRAIN: SelfTrainOptions = { share: 0.45, points: 6 };

export const SELF_TRAINED_TOPIC: TopicId = "arts-culture-entertainment";

export function selfTrainLabels<T extends TrainingItem>(
  items: readonly T[],
  options: SelfTrainOptions = SELF_TRAIN,
): T[] {
  return items.map((item) => {
    const { scores, signals } = analyseLexicon(item);
    const total = scores.reduce((sum, s) => sum + s.score, 0);
    // Creative work, as for the arts rule: a film studio's flotation is not an example of arts and culture.
    const arts = signals.creativeWork;
    const confident = total > 0 && arts >= options.points && arts / total >= options.share;
    return confident ? { ...item, topics: [SELF_TRAINED_TOPIC] } : item;
  });
}
