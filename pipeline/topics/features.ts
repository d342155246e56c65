import type { TopicInput } from "./topic-input";
import { tokenize } from "./tokenize";

/** A headline word says more about the story than a body word (the lexicon uses the same factor). */
export const TITLE_FEATURE_WEIGHT = 2;

/**
 * Function words, plus wire and site credits ("(AP)", "Reuters -", "space.com"): a credit says who sent
 * the story, not what it is about, and training on one would learn a data set's sources instead of topics.
 */
const STOPWORDS = new Set(
  `a about after again against all also am an and any are as at be because been before being between both but
  by can could did do does doing down during each few for from further had has have having he her here hers
  him his how i if in into is it its itself just me more most my no nor not now of off on once only or other
  our out over own same she should so some such than that the their them then there these they this those
  through to too under until up very was we were what when where which while who whom why will with would
  you your said says say mr mrs ms new one two three year years week today yesterday
  ap afp reuters upi newsfactor com www http https`
    .split(/\s+/)
    .filter(Boolean),
);

const DIGITS = /^\p{N}+$/u;

/** Content tokens: stopwords dropped, numbers folded into one token so "2004" and "17" share evidence. */
export function contentTokens(text: string): string[] {
  return contentOf(tokenize(text));
}

function contentOf(tokens: readonly string[]): string[] {
  return tokens.filter((t) => !STOPWORDS.has(t) && t.length > 1).map((t) => (DIGITS.test(t) ? "#num" : t));
}

function addCounts(counts: Map<string, number>, tokens: readonly string[], weight: number): void {
  const add = (feature: string) => counts.set(feature, (counts.get(feature) ?? 0) + weight);
  tokens.forEach((token, i) => {
    add(token);
    if (i > 0) add(`${tokens[i - 1]} ${token}`);
  });
}

/**
 * Unigrams and bigrams of content tokens (the title's counted TITLE_FEATURE_WEIGHT times), with
 * sublinear term frequency and unit length: a long article and a two-line brief land on the same scale,
 * so the model's confidence does not grow with word count.
 */
export function extractFeatures(input: TopicInput): Map<string, number> {
  return featuresFromTokens(tokenize(input.title), tokenize(input.text));
}

/** extractFeatures over tokenize() output, so the classifier tokenizes each article once. */
export function featuresFromTokens(titleTokens: readonly string[], bodyTokens: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  addCounts(counts, contentOf(titleTokens), TITLE_FEATURE_WEIGHT);
  addCounts(counts, contentOf(bodyTokens), 1);
  let norm = 0;
  for (const [feature, count] of counts) {
    const value = 1 + Math.log(count);
    counts.set(feature, value);
    norm += value * value;
  }
  norm = Math.sqrt(norm);
  for (const [feature, value] of counts) counts.set(feature, value / norm);
  return counts;
}
