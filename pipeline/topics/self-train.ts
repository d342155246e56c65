import type { TopicId } from "../../src/schema/topics";
import { scoreLexicon } from "./score-lexicon";
import type { TrainingItem } from "./train";

/**
 * Self-training on confident articles (decision 024): the training collection's labels are coarser than the
 * topics Lede assigns (AG News "World" stands for politics, conflict, crime and disaster) and have no class
 * at all for arts and culture. Where the lexicon makes a confident case, the item is relabelled, so the model
 * learns those topics' vocabulary from real news rather than from the lexicon's list alone:
 *
 * - an item whose label accepts several topics is narrowed to the one the lexicon clearly favours among them;
 * - an item the lexicon clearly calls arts and culture becomes an arts item whatever its label said, because
 *   no label set has that class (a film's takings are "Business" in AG News).
 *
 * Items without a confident case keep their label. Pure and deterministic.
 */
export interface SelfTrainOptions {
  /** The favoured topic's share of the lexicon evidence for the label's topics. */
  minShare: number;
  /** and its lexicon points. */
  minPoints: number;
  /** An arts relabel needs this share of all the lexicon's evidence... */
  artsShare: number;
  /** ...and this many points. */
  artsPoints: number;
}

export const SELF_TRAIN: SelfTrainOptions = { minShare: 0.6, minPoints: 4, artsShare: 0.45, artsPoints: 6 };

const ARTS: TopicId = "arts-culture-entertainment";

export function selfTrainLabels<T extends TrainingItem>(
  items: readonly T[],
  options: SelfTrainOptions = SELF_TRAIN,
): T[] {
  return items.map((item) => {
    const lexicon = scoreLexicon(item);
    const total = lexicon.reduce((sum, s) => sum + s.score, 0);
    const arts = lexicon.find((s) => s.topic === ARTS)?.score ?? 0;
    if (total > 0 && arts >= options.artsPoints && arts / total >= options.artsShare)
      return { ...item, topics: [ARTS] };
    if (item.topics.length < 2) return item;
    const candidates = lexicon.filter((s) => item.topics.includes(s.topic));
    const inSet = candidates.reduce((sum, s) => sum + s.score, 0);
    const best = candidates[0];
    if (best && best.score >= options.minPoints && best.score / inSet >= options.minShare) {
      return { ...item, topics: [best.topic] };
    }
    return item;
  });
}
