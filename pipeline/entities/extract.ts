import type { NerModel } from "../ner/model";
import { loadDefaultModel } from "../ner/load-model";
import { acronymCandidates } from "./acronym-candidates";
import { assignIdentities } from "./assign-identities";
import type { Candidate } from "./candidate";
import type { DocumentEntities } from "./document-entities";
import { dateCandidates } from "./date-candidates";
import { echoCandidates } from "./echo-candidates";
import { groupCandidates } from "./group-candidates";
import { consistentTypes } from "./consistent-types";
import { createKnowledgeBaseMatcher } from "./kb-matcher";
import { emptyKnowledgeBase, type KnowledgeBase } from "./knowledge-base";
import { modelCandidates } from "./model-candidates";
import { organizationCandidates } from "./organization-candidates";
import { placeCandidates } from "./place-candidates";
import { resolveOverlaps } from "./resolve-overlaps";
import { loadWorldKnowledge, type WorldKnowledge } from "./world-knowledge";
import { applyWorldTypes } from "./world-types";

export interface EntityExtractor {
  /** One call is one article: its paragraphs and headings, in order, as plain text. */
  extract(blocks: readonly string[]): DocumentEntities;
}

export interface ExtractorOptions {
  knowledgeBase?: KnowledgeBase;
  /** The tagger's model; the committed one (models/) when not given. */
  model?: NerModel;
  /** Built-in world knowledge; the committed one (pipeline/entities/world/) when not given. */
  world?: WorldKnowledge;
}

export function createEntityExtractor(options: ExtractorOptions = {}): EntityExtractor {
  const kb = createKnowledgeBaseMatcher(options.knowledgeBase ?? emptyKnowledgeBase());
  const model = options.model ?? loadDefaultModel();
  const world = options.world ?? loadWorldKnowledge();
  const isPlace = (word: string) => world.lookup(word)?.type === "place";
  const visible = (blocks: readonly string[]) => (c: Candidate) =>
    !kb.isSuppressed(blocks[c.block]!.slice(c.start, c.end));

  return {
    extract(blocks) {
      const { entities, misc, onTokens } = modelCandidates(blocks, model);
      const tagged = consistentTypes(blocks, entities);
      // A MISC span ("Six Nations", "U.S. Open", "Ontario-based") takes part in overlaps like any detection, so
      // no rule or echo types its words ("U.S." as a place), and is dropped before identities are assigned.
      // Its type is never read: resolveOverlaps looks at spans and sources only.
      const blockers = new Set<Candidate>(misc.map((m) => ({ ...m, type: "group", source: "model" })));
      const unblocked = (cs: readonly Candidate[]) => cs.filter((c) => !blockers.has(c));
      const organizations = blocks.flatMap((text, block) => organizationCandidates(text, block));
      // A keyword phrase may extend an organisation the tagger cut short ("Main Directorate [of the General Staff]").
      // Looked up by position, not by scanning the tagged spans for each phrase: both grow with the article.
      const taggedOrganizationEnd = new Map<string, number>();
      for (const t of tagged) {
        if (t.type !== "organization") continue;
        const at = `${t.block}:${t.start}`;
        taggedOrganizationEnd.set(at, Math.min(taggedOrganizationEnd.get(at) ?? Infinity, t.end));
      }
      const extendsTagged = (r: Candidate) => (taggedOrganizationEnd.get(`${r.block}:${r.start}`) ?? Infinity) < r.end;
      // Order matters on ties of equal length: a group rule beats the tagger ("Muslims", "Democrats").
      const detected = [
        ...blocks.flatMap((text, block) => [
          ...kb.candidates(text, block),
          ...groupCandidates(text, block, isPlace),
          ...dateCandidates(text, block),
        ]),
        ...organizations.filter(extendsTagged),
        ...tagged,
        ...blockers,
      ];
      let kept = resolveOverlaps(detected.filter(visible(blocks)));
      // Other keyword and gazetteer rules only fill gaps the tagger left, and never split one of its tokens: a
      // compound such as "Ontario-based" or "U.S.-led" is a modifier (CoNLL's MISC), not a place.
      const rules = [
        ...organizations.filter((r) => !extendsTagged(r)),
        ...blocks.flatMap((text, block) => placeCandidates(text, block)),
      ].filter(onTokens);
      kept = resolveOverlaps(rules.filter(visible(blocks)), kept);
      // "Agency (FACA)": the acronym joins its expansion, even where the tagger already marked it on its own.
      const acronyms = acronymCandidates(blocks, unblocked(kept)).filter(visible(blocks));
      const span = (c: Candidate) => `${c.block}:${c.start}:${c.end}`;
      const acronymSpans = new Set(acronyms.map(span));
      kept = resolveOverlaps(
        acronyms,
        kept.filter((c) => c.source === "kb" || !acronymSpans.has(span(c))),
      );
      kept = resolveOverlaps(echoCandidates(blocks, unblocked(kept)), kept);
      return assignIdentities(blocks, applyWorldTypes(blocks, unblocked(kept), world), kb);
    },
  };
}
