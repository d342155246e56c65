import { TOPIC_IDS, type TopicId } from "../../src/schema/topics";
import { LEXICON } from "./lexicon";
import { compileLexicon, matchTokens } from "./match-lexicon";
import { tokenize } from "./tokenize";

export interface TopicInput {
  title: string;
  /** The article body, plain text. */
  text: string;
}

export interface TopicScore {
  topic: TopicId;
  score: number;
}

const COMPILED = compileLexicon(LEXICON);

/** A headline word says more about the story than any single body word. */
const TITLE_WEIGHT = 2;
/** Bodies up to this many tokens count in full; longer ones are damped by sqrt(length / this). */
const REFERENCE_LENGTH = 80;
/** A secondary topic must reach this share of the primary's score... */
const SECONDARY_RATIO = 0.5;
/** ...and this much evidence on its own, so one stray weak word never adds a topic. */
const MIN_SECONDARY_SCORE = 4;
const MAX_TOPICS = 3;
/** With no lexicon evidence at all, "society" is the least wrong catch-all. */
const FALLBACK_TOPIC: TopicId = "society";

/**
 * Niche topics need more evidence to win: in general news they are rarer, and their vocabulary
 * ("workers", "drug", "school") mostly turns up inside stories that belong elsewhere.
 */
const NICHE_TOPIC_FACTOR = 0.6;
const NICHE_TOPICS: ReadonlySet<TopicId> = new Set([
  "arts-culture-entertainment",
  "education",
  "environment",
  "health",
  "human-interest",
  "labour",
  "lifestyle-leisure",
  "religion",
  "society",
  "weather",
]);

const TOPIC_ORDER = new Map(TOPIC_IDS.map((id, index) => [id, index]));

/**
 * Every topic with evidence, best first (ties in display order, so output is deterministic).
 * Each lexicon hit adds its weight, x TITLE_WEIGHT in the title. The body's total is damped by the
 * square root of its length, so a long article is not "more political" just because it has more
 * words (yet still outweighs a one-line mention), and its headline keeps a say.
 */
export function scoreTopics(input: TopicInput): TopicScore[] {
  const bodyTokens = tokenize(input.text);
  const damping = Math.sqrt(Math.max(1, bodyTokens.length / REFERENCE_LENGTH));
  const raw = new Map<TopicId, number>();
  const add = (tokens: string[], factor: number) => {
    for (const { hits } of matchTokens(tokens, COMPILED)) {
      for (const hit of hits) raw.set(hit.topic, (raw.get(hit.topic) ?? 0) + hit.weight * factor);
    }
  };
  add(tokenize(input.title), TITLE_WEIGHT);
  add(bodyTokens, 1 / damping);
  return [...raw]
    .map(([topic, score]) => ({
      topic,
      score: NICHE_TOPICS.has(topic) ? score * NICHE_TOPIC_FACTOR : score,
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || TOPIC_ORDER.get(a.topic)! - TOPIC_ORDER.get(b.topic)!);
}

/** Primary topic first, then up to two secondaries that are close to it; never empty. */
export function classifyTopics(input: TopicInput): TopicId[] {
  const [primary, ...rest] = scoreTopics(input);
  if (!primary) return [FALLBACK_TOPIC];
  const secondaries = rest
    .filter((s) => s.score >= primary.score * SECONDARY_RATIO && s.score >= MIN_SECONDARY_SCORE)
    .slice(0, MAX_TOPICS - 1)
    .map((s) => s.topic);
  return [primary.topic, ...secondaries];
}
