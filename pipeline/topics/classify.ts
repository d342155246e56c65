import type { TopicId } from "../../src/schema/topics";
import { loadDefaultModel } from "./model-file";
import { featuresFromTokens } from "./features";
import { predictFromFeatures, type ModelPrediction, type TopicModel } from "./model";
import { calibrate, DEFAULT_CALIBRATION, type Calibration } from "./calibrate";
import { applyRules } from "./rules";
import { TOPIC_ORDER, analyseLexiconTokens, type TopicScore } from "./score-lexicon";
import type { Signals } from "./signals";
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
  lexiconWeight: 0.5,
  lexiconPseudoCount: 4,
  minKnownFeatures: 3,
  splitPrior: { politics: 1 },
};
const DEFAULT_SPLIT_PRIOR = 0.25;

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
    const lexiconLed = new Set(model.lexiconLed);
    const covered = new Set(model.classes.flat().filter((t) => !lexiconLed.has(t)));
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

/** Everything the classifier knows about one article, from one tokenization. */
export interface Analysis {
  lexicon: TopicScore[];
  signals: Signals;
  prediction: ModelPrediction;
}

export function analyse(model: TopicModel, input: TopicInput): Analysis {
  const titleTokens = tokenize(input.title);
  const bodyTokens = tokenize(input.text);
  const { scores, signals } = analyseLexiconTokens(titleTokens, bodyTokens);
  return {
    lexicon: scores,
    signals,
    prediction: predictFromFeatures(model, featuresFromTokens(titleTokens, bodyTokens)),
  };
}

/** Combined scores after the editorial rules (rules.ts), best first: what the calibration sees. */
export function scoresFrom(
  model: TopicModel,
  analysis: Analysis,
  combination: Combination = COMBINATION,
): TopicScore[] {
  const combined = combineScores(analysis.lexicon, model, analysis.prediction, combination);
  return applyRules(combined, analysis.lexicon, analysis.signals);
}

export function scoreTopicsWith(model: TopicModel, input: TopicInput, combination?: Combination): TopicScore[] {
  return scoresFrom(model, analyse(model, input), combination);
}

/** Topics assigned to an article, primary first, each with its calibrated probability of being right. */
export interface AssignedTopics {
  topics: TopicId[];
  /** One per topic: the calibrated probability that the topic is one a reader would file the story under. */
  scores: number[];
}

export function assignTopicsWith(model: TopicModel, input: TopicInput, combination?: Combination): AssignedTopics {
  const calibration = model.calibration ?? DEFAULT_CALIBRATION;
  return pickTopics(calibrate(scoreTopicsWith(model, input, combination), calibration), calibration);
}

export function classifyTopicsWith(model: TopicModel, input: TopicInput, combination?: Combination): TopicId[] {
  return assignTopicsWith(model, input, combination).topics;
}

/**
 * Primary topic first, then up to two secondaries whose calibrated probability reaches the model's
 * secondary threshold (chosen on held-out data when it was trained); never empty.
 */
export function pickTopics(
  calibrated: readonly TopicScore[],
  calibration: Calibration = DEFAULT_CALIBRATION,
): AssignedTopics {
  const [primary, ...rest] = calibrated;
  if (!primary) return { topics: [FALLBACK_TOPIC], scores: [0] };
  const secondaries = rest.filter((s) => s.score >= calibration.secondaryThreshold).slice(0, MAX_TOPICS - 1);
  const picked = [primary, ...secondaries];
  return { topics: picked.map((s) => s.topic), scores: picked.map((s) => round(s.score)) };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** Every topic with evidence, best first (ties in display order), from the committed model and the lexicon. */
export function scoreTopics(input: TopicInput): TopicScore[] {
  return scoreTopicsWith(loadDefaultModel(), input);
}

export function assignTopics(input: TopicInput): AssignedTopics {
  return assignTopicsWith(loadDefaultModel(), input);
}

export function classifyTopics(input: TopicInput): TopicId[] {
  return assignTopics(input).topics;
}
