import type { TopicId } from "../../src/schema/topics";
import { loadDefaultModel } from "./model-file";
import { featuresFromTokens } from "./features";
import { predictFromFeatures, type ModelPrediction, type TopicModel } from "./model";
import { TOPIC_ORDER, scoreLexiconTokens, type TopicScore } from "./score-lexicon";
import type { TopicInput } from "./topic-input";
import { tokenize } from "./tokenize";

export type { TopicInput } from "./topic-input";
export type { TopicScore } from "./score-lexicon";

export interface Combination {
  /** How much the lexicon's share of the evidence counts next to the model's probability (which sums to 1). */
  lexiconWeight: number;
  /** Lexicon points of "no opinion" added to the total, so one weak hit is not a 100% share. */
  lexiconPseudoCount: number;
  /** Below this many known features the model abstains: a word or two is not a statistical case. */
  minKnownFeatures: number;
  /**
   * When a model class stands for several topics (AG News "World"), its probability is split by the
   * lexicon's scores for them plus these pseudo-scores; politics is the likeliest reading of world news.
   */
  splitPrior: Partial<Record<TopicId, number>>;
}

export const COMBINATION: Combination = {
  lexiconWeight: 1,
  lexiconPseudoCount: 4,
  minKnownFeatures: 3,
  splitPrior: { politics: 1 },
};
const DEFAULT_SPLIT_PRIOR = 0.25;

/** A secondary topic must reach this share of the primary's score... */
const SECONDARY_RATIO = 0.5;
/** ...and this much on its own, so one stray weak signal never adds a topic. */
const MIN_SECONDARY_SCORE = 0.3;
/** Lexicon points a secondary needs on its own (decision 006). */
const MIN_SECONDARY_LEXICON = 4;
const MAX_TOPICS = 3;
/** With no evidence at all, "society" is the least wrong catch-all. */
const FALLBACK_TOPIC: TopicId = "society";

/**
 * The model knows the topics its training labels stood for; the lexicon knows all seventeen. Each topic
 * gets the model's probability for it (a multi-topic class split by the lexicon) plus the lexicon's share
 * of the evidence. The model's probabilities are discounted by the lexicon's share for topics the model
 * does not cover: on a film review it can only choose among the wrong topics, so a topic it was never
 * trained on (entertainment, health…) wins when the lexicon's case for it is strong.
 */
export function combineScores(
  lexicon: readonly TopicScore[],
  model: TopicModel,
  prediction: ModelPrediction,
  combination: Combination = COMBINATION,
): TopicScore[] {
  const lexiconScore = new Map(lexicon.map((s) => [s.topic, s.score]));
  const total = lexicon.reduce((sum, s) => sum + s.score, 0) + combination.lexiconPseudoCount;
  const combined = new Map<TopicId, number>();
  const add = (topic: TopicId, value: number) => combined.set(topic, (combined.get(topic) ?? 0) + value);
  for (const { topic, score } of lexicon) add(topic, (combination.lexiconWeight * score) / total);
  if (prediction.knownFeatures >= combination.minKnownFeatures) {
    const covered = new Set(model.classes.flat());
    const uncoveredShare = lexicon.reduce((sum, s) => sum + (covered.has(s.topic) ? 0 : s.score), 0) / total;
    model.classes.forEach((topics, c) => {
      const probability = prediction.probabilities[c]! * (1 - uncoveredShare);
      const weightOf = (t: TopicId) =>
        (lexiconScore.get(t) ?? 0) + (combination.splitPrior[t] ?? (topics.length > 1 ? DEFAULT_SPLIT_PRIOR : 1));
      const classTotal = topics.reduce((sum, t) => sum + weightOf(t), 0);
      for (const topic of topics) add(topic, (probability * weightOf(topic)) / classTotal);
    });
  }
  return [...combined]
    .map(([topic, score]) => ({ topic, score }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || TOPIC_ORDER.get(a.topic)! - TOPIC_ORDER.get(b.topic)!);
}

/** Both views of one article, tokenized once. */
function analyse(model: TopicModel, input: TopicInput): { lexicon: TopicScore[]; prediction: ModelPrediction } {
  const titleTokens = tokenize(input.title);
  const bodyTokens = tokenize(input.text);
  return {
    lexicon: scoreLexiconTokens(titleTokens, bodyTokens),
    prediction: predictFromFeatures(model, featuresFromTokens(titleTokens, bodyTokens)),
  };
}

export function scoreTopicsWith(model: TopicModel, input: TopicInput, combination?: Combination): TopicScore[] {
  const { lexicon, prediction } = analyse(model, input);
  return combineScores(lexicon, model, prediction, combination);
}

export function classifyTopicsWith(model: TopicModel, input: TopicInput, combination?: Combination): TopicId[] {
  const { lexicon, prediction } = analyse(model, input);
  return pickTopics(combineScores(lexicon, model, prediction, combination), lexicon);
}

/**
 * Primary topic first, then up to two secondaries; never empty. A secondary is close to the primary in
 * the combined score, or has a strong lexicon case of its own (half the lexicon's best, and at least
 * MIN_SECONDARY_LEXICON points): the model picks one class per article, so a story that really is about
 * two things ("hackers target election") shows up in the lexicon rather than in the model.
 */
export function pickTopics(scores: readonly TopicScore[], lexicon: readonly TopicScore[] = []): TopicId[] {
  const [primary, ...rest] = scores;
  if (!primary) return [FALLBACK_TOPIC];
  const bestLexicon = lexicon[0]?.score ?? 0;
  const lexiconScore = new Map(lexicon.map((s) => [s.topic, s.score]));
  const secondaries = rest
    .filter((s) => {
      const own = lexiconScore.get(s.topic) ?? 0;
      const closeInCombined = s.score >= primary.score * SECONDARY_RATIO && s.score >= MIN_SECONDARY_SCORE;
      const strongInLexicon = own >= bestLexicon * SECONDARY_RATIO && own >= MIN_SECONDARY_LEXICON;
      return closeInCombined || strongInLexicon;
    })
    .slice(0, MAX_TOPICS - 1)
    .map((s) => s.topic);
  return [primary.topic, ...secondaries];
}

/** Every topic with evidence, best first (ties in display order), from the committed model and the lexicon. */
export function scoreTopics(input: TopicInput): TopicScore[] {
  return scoreTopicsWith(loadDefaultModel(), input);
}

export function classifyTopics(input: TopicInput): TopicId[] {
  return classifyTopicsWith(loadDefaultModel(), input);
}
