import type { TopicId } from "../../src/schema/topics";
import type { Lexicon } from "./match-lexicon";

/**
 * Terms grouped by weight as comma-separated lists, so the lexicon reads as vocabulary rather than
 * one entry per line: 3 = nearly decisive on its own, 2 = typical, 1 = a hint that only counts with others.
 */
export type WeightedTerms = Partial<Record<1 | 2 | 3, string>>;

export function weightedTerms(groups: WeightedTerms): Record<string, number> {
  const terms: Record<string, number> = {};
  for (const [weight, list] of Object.entries(groups)) {
    // Only commas separate terms: a phrase may wrap onto the next line.
    for (const term of list.split(",")) {
      const trimmed = term.trim().toLowerCase().replace(/\s+/g, " ");
      if (trimmed === "") continue;
      // A term listed under two weights is an editing slip; fail loudly at import, not silently.
      if (Object.hasOwn(terms, trimmed)) throw new Error(`Lexicon term listed twice: "${trimmed}"`);
      terms[trimmed] = Number(weight);
    }
  }
  return terms;
}

/** `extra` adds ready-made term lists (e.g. team names) kept in their own files. */
export function defineLexicon(
  source: Record<TopicId, WeightedTerms>,
  extra: Partial<Record<TopicId, Record<string, number>>> = {},
): Lexicon {
  return Object.fromEntries(
    Object.entries(source).map(([topic, groups]) => [topic, { ...weightedTerms(groups), ...extra[topic as TopicId] }]),
  ) as Lexicon;
}
