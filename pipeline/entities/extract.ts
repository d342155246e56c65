import { acronymCandidates } from "./acronym-candidates";
import { assignIdentities } from "./assign-identities";
import type { Candidate } from "./candidate";
import type { DocumentEntities } from "./document-entities";
import { dateCandidates } from "./date-candidates";
import { echoCandidates } from "./echo-candidates";
import { groupCandidates } from "./group-candidates";
import { createKnowledgeBaseMatcher } from "./kb-matcher";
import { emptyKnowledgeBase, type KnowledgeBase } from "./knowledge-base";
import { nlpCandidates } from "./nlp-candidates";
import { organizationCandidates } from "./organization-candidates";
import { placeCandidates } from "./place-candidates";
import { resolveOverlaps } from "./resolve-overlaps";

export interface EntityExtractor {
  /** One call is one article: its paragraphs and headings, in order, as plain text. */
  extract(blocks: readonly string[]): DocumentEntities;
}

export function createEntityExtractor(options: { knowledgeBase?: KnowledgeBase } = {}): EntityExtractor {
  const kb = createKnowledgeBaseMatcher(options.knowledgeBase ?? emptyKnowledgeBase());
  const visible = (blocks: readonly string[]) => (c: Candidate) =>
    !kb.isSuppressed(blocks[c.block]!.slice(c.start, c.end));

  return {
    extract(blocks) {
      const detected = blocks.flatMap((text, block) => [
        ...kb.candidates(text, block),
        ...nlpCandidates(text, block),
        ...organizationCandidates(text, block),
        ...placeCandidates(text, block),
        ...groupCandidates(text, block),
        ...dateCandidates(text, block),
      ]);
      let kept = resolveOverlaps(detected.filter(visible(blocks)));
      kept = resolveOverlaps(acronymCandidates(blocks, kept).filter(visible(blocks)), kept);
      kept = resolveOverlaps(echoCandidates(blocks, kept), kept);
      return assignIdentities(blocks, kept, kb);
    },
  };
}
