import nlp from "compromise";
import type { EntityType } from "../../src/schema/entity";
import type { ConllType } from "../ner/conll";
import { spansFromLabels } from "../ner/labels";
import { labelDocument, type NerModel } from "../ner/model";
import { tokenize } from "../ner/tokenize";
import type { Candidate } from "./candidate";
import { lexiconWords } from "./compromise-lexicon";
import { followsSentenceEnd } from "../text/sentence-start";

/**
 * The tagger sometimes takes a capitalised sentence opener for a one-word entity ("Generally, the main point…").
 * Dropped: a single capitalised-then-lowercase token that is a function word, or a sentence-opening "-ly" adverb
 * followed by a comma. All-caps tokens are kept ("US" is a place, not "us").
 */
const FUNCTION_WORDS = lexiconWords(["Adverb", "Conjunction", "Preposition", "Determiner", "Pronoun"]);

function isSentenceOpener(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const lower = word.toLowerCase();
  if (FUNCTION_WORDS.has(lower)) return true;
  return followsSentenceEnd(text, start) && text[end] === "," && lower.endsWith("ly") && nlp(lower).has("#Adverb");
}

/** MISC (events, works, nationalities…) has no Lede type; nationalities come from the group rules instead. */
const TYPE: Record<ConllType, EntityType | null> = { PER: "person", ORG: "organization", LOC: "place", MISC: null };

/** A span the tagger labelled MISC: an event, work, product, law or nationality ("Six Nations", "U.S. Open"). */
export interface MiscSpan {
  block: number;
  start: number;
  end: number;
}

export interface TaggedSpans {
  /** People, organisations and places. */
  entities: Candidate[];
  /** MISC spans, which keep keyword and gazetteer rules from typing the same words (extract.ts). */
  misc: MiscSpan[];
  /** Whether a span starts and ends on the tagger's token boundaries ("Ontario" in "Ontario-based" does not). */
  onTokens: (span: MiscSpan) => boolean;
}

/** People, organisations and places as the statistical tagger labels them, over the whole article at once. */
export function modelCandidates(blocks: readonly string[], model: NerModel): TaggedSpans {
  const tokens = blocks.map(tokenize);
  const labels = labelDocument(
    model,
    tokens.map((ts) => ts.map((t) => t.text)),
  );
  const entities: Candidate[] = [];
  const misc: MiscSpan[] = [];
  labels.forEach((blockLabels, block) => {
    for (const span of spansFromLabels(blockLabels)) {
      const type = TYPE[span.type];
      const start = tokens[block]![span.start]!.start;
      const end = tokens[block]![span.end - 1]!.end;
      if (span.end - span.start === 1 && isSentenceOpener(blocks[block]!, start, end)) continue;
      if (type) entities.push({ block, start, end, type, source: "model" });
      else misc.push({ block, start, end });
    }
  });
  const starts = tokens.map((ts) => new Set(ts.map((t) => t.start)));
  const ends = tokens.map((ts) => new Set(ts.map((t) => t.end)));
  const onTokens = (span: MiscSpan) => Boolean(starts[span.block]?.has(span.start) && ends[span.block]?.has(span.end));
  return { entities, misc, onTokens };
}
