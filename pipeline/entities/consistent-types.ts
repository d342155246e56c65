import type { Candidate } from "./candidate";

/**
 * Document-level consistency for the tagger's guesses: a lone word that ends a person's full name is that
 * person ("Prigozhin" after "Yevgeny Prigozhin"), whatever the tagger made of it in "Critics of Prigozhin".
 * Other forms keep the types the tagger gave them: its second pass already sees the whole document, and a
 * majority vote over types cost accuracy on news where "Washington" is both a city and a team.
 */
export function consistentTypes(blocks: readonly string[], candidates: readonly Candidate[]): Candidate[] {
  const surface = (c: Candidate) => blocks[c.block]!.slice(c.start, c.end);
  const surnames = personSurnames(blocks, candidates);
  return candidates.map((c) =>
    c.source === "model" && c.type !== "person" && surnames.has(surface(c)) ? { ...c, type: "person" } : c,
  );
}

/** The last words of the article's people named in full: "Prigozhin" for "Yevgeny Prigozhin". */
export function personSurnames(blocks: readonly string[], candidates: readonly Candidate[]): Set<string> {
  const surnames = new Set<string>();
  for (const c of candidates) {
    if (c.type !== "person") continue;
    const words = blocks[c.block]!.slice(c.start, c.end).split(/\s+/u);
    if (words.length > 1) surnames.add(words.at(-1)!);
  }
  return surnames;
}
