import type { TopicId } from "../../src/schema/topics";

/** One lexicon hit: the entry that matched, the topic it counts for, and its weight. */
export interface LexiconHit {
  term: string;
  topic: TopicId;
  weight: number;
}

export type Lexicon = Record<TopicId, Record<string, number>>;

interface CompiledLexicon {
  words: Map<string, LexiconHit[]>;
  stems: Map<string, LexiconHit[]>;
  /** Phrases keyed by their first token, longest first. */
  phrases: Map<string, { tokens: string[]; hits: LexiconHit[] }[]>;
}

/**
 * Entry syntax: "word" matches a whole token, "stem*" any token starting with the stem,
 * "two words" consecutive tokens (the last may be a stem). One term may count for several topics.
 */
export function compileLexicon(lexicon: Lexicon): CompiledLexicon {
  const words = new Map<string, LexiconHit[]>();
  const stems = new Map<string, LexiconHit[]>();
  const phrases = new Map<string, Map<string, { tokens: string[]; hits: LexiconHit[] }>>();
  for (const [topic, entries] of Object.entries(lexicon) as [TopicId, Record<string, number>][]) {
    for (const [term, weight] of Object.entries(entries)) {
      const hit = { term, topic, weight };
      const parts = term.split(" ");
      if (parts.length > 1) {
        const byFirst = phrases.get(parts[0]!) ?? new Map();
        const entry = byFirst.get(term) ?? { tokens: parts, hits: [] };
        entry.hits.push(hit);
        byFirst.set(term, entry);
        phrases.set(parts[0]!, byFirst);
      } else if (term.endsWith("*")) {
        const stem = term.slice(0, -1);
        stems.set(stem, [...(stems.get(stem) ?? []), hit]);
      } else {
        words.set(term, [...(words.get(term) ?? []), hit]);
      }
    }
  }
  return {
    words,
    stems,
    phrases: new Map(
      [...phrases].map(([first, byTerm]) => [
        first,
        [...byTerm.values()].sort((a, b) => b.tokens.length - a.tokens.length),
      ]),
    ),
  };
}

function mergeHits(exact: LexiconHit[] = [], stem: LexiconHit[] = []): LexiconHit[] {
  return [...exact, ...stem.filter((s) => !exact.some((e) => e.topic === s.topic))];
}

/** Longest stem first, so the most specific stem wins ("electr*" over "elect*"). */
function longestStem(token: string, stems: Map<string, LexiconHit[]>): LexiconHit[] | undefined {
  for (let end = token.length; end > 0; end -= 1) {
    const hits = stems.get(token.slice(0, end));
    if (hits) return hits;
  }
  return undefined;
}

function tokenMatches(token: string, pattern: string): boolean {
  return pattern.endsWith("*") ? token.startsWith(pattern.slice(0, -1)) : token === pattern;
}

/**
 * Hits for each position; a matched phrase consumes its tokens so "prime minister" is not
 * counted again as "minister". Within a topic an exact word beats a stem, so a stem never overrides a
 * word the lexicon lists explicitly for the same topic, while a stem of another topic still counts.
 */
export function matchTokens(
  tokens: readonly string[],
  lexicon: CompiledLexicon,
): { index: number; hits: LexiconHit[] }[] {
  const found: { index: number; hits: LexiconHit[] }[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i]!;
    const phrase = lexicon.phrases
      .get(token)
      ?.find((p) => p.tokens.every((part, k) => k === 0 || tokenMatches(tokens[i + k] ?? "", part)));
    if (phrase) {
      found.push({ index: i, hits: phrase.hits });
      i += phrase.tokens.length;
      continue;
    }
    const hits = mergeHits(lexicon.words.get(token), longestStem(token, lexicon.stems));
    if (hits.length > 0) found.push({ index: i, hits });
    i += 1;
  }
  return found;
}
