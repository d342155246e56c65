import { TOPIC_IDS, type TopicId } from "../../src/schema/topics";
import { LEXICON } from "./lexicon";
import { compileLexicon, matchTokens } from "./match-lexicon";
import {
  ARTS_MEDIUM_TERMS,
  CRIME_EVENT_TERMS,
  NO_SIGNALS,
  POLITICAL_ACTOR_TERMS,
  VIDEO_GAME_TERMS,
  type Signals,
} from "./signals";
import type { TopicInput } from "./topic-input";
import { tokenize } from "./tokenize";

export interface TopicScore {
  topic: TopicId;
  score: number;
}

const COMPILED = compileLexicon(LEXICON);

/** A headline word says more about the story than any single body word. */
const TITLE_WEIGHT = 2;
/** Bodies up to this many tokens count in full; longer ones are damped by sqrt(length / this). */
const REFERENCE_LENGTH = 80;
/**
 * Niche topics need more evidence to win: in general news they are rarer, and their vocabulary
 * ("workers", "drug", "school") mostly turns up inside stories that belong elsewhere.
 */
const NICHE_TOPIC_FACTOR = 0.6;
const NICHE_TOPICS: ReadonlySet<TopicId> = new Set([
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

export const TOPIC_ORDER = new Map(TOPIC_IDS.map((id, index) => [id, index]));

/**
 * Every topic with evidence, best first (ties in display order, so output is deterministic).
 * Each lexicon hit adds its weight, x TITLE_WEIGHT in the title. The body's total is damped by the
 * square root of its length, so a long article is not "more political" just because it has more
 * words (yet still outweighs a one-line mention), and its headline keeps a say.
 */
export function scoreLexicon(input: TopicInput): TopicScore[] {
  return scoreLexiconTokens(tokenize(input.title), tokenize(input.text));
}

/** The topic scores and the signals of signals.ts for one article. */
export function analyseLexicon(input: TopicInput): ReturnType<typeof analyseLexiconTokens> {
  return analyseLexiconTokens(tokenize(input.title), tokenize(input.text));
}

/** scoreLexicon over already tokenized text, so the classifier tokenizes each article once. */
export function scoreLexiconTokens(titleTokens: string[], bodyTokens: string[]): TopicScore[] {
  return analyseLexiconTokens(titleTokens, bodyTokens).scores;
}

/** The topic scores and, from the same hits, the signals of signals.ts. */
export function analyseLexiconTokens(
  titleTokens: readonly string[],
  bodyTokens: readonly string[],
): { scores: TopicScore[]; signals: Signals } {
  const damping = Math.sqrt(Math.max(1, bodyTokens.length / REFERENCE_LENGTH));
  const raw = new Map<TopicId, number>();
  const signals: Signals = { ...NO_SIGNALS };
  const add = (tokens: readonly string[], factor: number) => {
    for (const { hits } of matchTokens(tokens, COMPILED)) {
      for (const hit of hits) {
        const points = hit.weight * factor;
        raw.set(hit.topic, (raw.get(hit.topic) ?? 0) + points);
        if (hit.topic === "politics" && POLITICAL_ACTOR_TERMS.has(hit.term)) signals.politicalActors += points;
        else if (hit.topic === "crime-law-justice" && CRIME_EVENT_TERMS.has(hit.term)) signals.crimeEvents += points;
        else if (hit.topic === "arts-culture-entertainment" && !ARTS_MEDIUM_TERMS.has(hit.term)) {
          signals.creativeWork += points;
        } else if (hit.topic === "science-technology" && VIDEO_GAME_TERMS.has(hit.term)) signals.videoGames += points;
      }
    }
  };
  add(titleTokens, TITLE_WEIGHT);
  add(bodyTokens, 1 / damping);
  const scores = [...raw]
    .map(([topic, score]) => ({
      topic,
      score: NICHE_TOPICS.has(topic) ? score * NICHE_TOPIC_FACTOR : score,
    }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || TOPIC_ORDER.get(a.topic)! - TOPIC_ORDER.get(b.topic)!);
  return { scores, signals };
}
