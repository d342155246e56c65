import { LABELS } from "./labels";

/**
 * Lower-case words that stand inside names in CoNLL and wikigold alike: "Bank of England", "Vincent van Gogh",
 * "Tour de France", "Ministry of the Interior", "Marks and Spencer".
 */
const NAME_CONNECTORS = new Set(
  "of the and for de del della dello dal da di du des la le les van von der den y e el al bin ibn dos das do on in at upon pour a an & 's".split(
    " ",
  ),
);

/** Label indices of people, organisations and places (MISC is left open: "World Cup qualifier"). */
export const NAME_LABELS: readonly number[] = LABELS.flatMap((label, i) => (/-(PER|ORG|LOC)$/u.test(label) ? [i] : []));

/**
 * Tokens closed to name labels: an all-lower-case word that is not a connector. A linear tagger scores a token
 * mostly by its neighbours, so between two names it can join a verb into one ("Prigozhin say Prigozhin"); CoNLL
 * training holds a few dozen such words inside names ("ministry", "interior") among 200,000 tokens, so closing
 * them costs next to nothing (decision 029, session 9).
 */
export function closedToNames(tokens: readonly string[]): Uint8Array {
  const closed = new Uint8Array(tokens.length);
  tokens.forEach((t, i) => {
    if (/^\p{Ll}+$/u.test(t) && !NAME_CONNECTORS.has(t)) closed[i] = 1;
  });
  return closed;
}
