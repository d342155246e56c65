import type { Candidate } from "./candidate";

/** Two candidates with the same key are the same entity before any joining rule runs. */
export function identityKey(candidate: Candidate, blocks: readonly string[]): string {
  if (candidate.kbId) return `kb|${candidate.kbId}`;
  const surface = blocks[candidate.block]!.slice(candidate.start, candidate.end);
  return `${candidate.type}|${surface}`;
}
