import type { FeatureTable } from "./feature-hash";
import { baseFeatures, documentFeatures } from "./features";
import type { Gazetteer } from "./gazetteer";
import { closedToNames, NAME_LABELS } from "./name-guard";
import { sentenceRanges } from "./tokenize";
import { decodeSequence, decodingTransitions, type LabelGuard, type PassWeights } from "./weights";

/** The two-pass tagger: a shared feature dictionary, first-pass and document-level second-pass weights. */
export interface NerModel {
  features: FeatureTable;
  first: PassWeights;
  second: PassWeights;
  gazetteer: Gazetteer;
  /** name@version of the packages the gazetteer was generated from (empty for a model trained in memory). */
  sources?: readonly string[];
}

/** Feature keys to ids; features the model never saw are dropped. */
export function featureIds(names: readonly number[][], dictionary: FeatureTable): Int32Array[] {
  // One buffer for the whole sequence, viewed per token: far less garbage than an array per token.
  const flat = new Int32Array(names.reduce((n, f) => n + f.length, 0));
  const out: Int32Array[] = [];
  let at = 0;
  for (const f of names) {
    const from = at;
    for (const name of f) {
      const id = dictionary.get(name);
      if (id >= 0) flat[at++] = id;
    }
    out.push(flat.subarray(from, at));
  }
  return out;
}

/** Concatenation of two id lists per token. */
export const joinIds = (a: readonly Int32Array[], b: readonly Int32Array[]): Int32Array[] =>
  a.map((ids, i) => {
    const out = new Int32Array(ids.length + b[i]!.length);
    out.set(ids);
    out.set(b[i]!, ids.length);
    return out;
  });

/** First-pass labels of one block, plus its feature ids and sentences for the second pass. */
export function firstPass(model: Pick<NerModel, "features" | "first" | "gazetteer">, tokens: readonly string[]) {
  const base = featureIds(baseFeatures(tokens, model.gazetteer), model.features);
  const ranges = sentenceRanges(tokens);
  const guard: LabelGuard = { closed: closedToNames(tokens), labels: NAME_LABELS };
  const labels = decodeSequence(model.first, decodingTransitions(model.first), base, ranges, undefined, guard);
  return { base, ranges, labels, guard };
}

/**
 * Labels every token of a document given as blocks of tokens. Document-level features see all blocks,
 * so a name labelled in one paragraph informs its other occurrences.
 */
export function labelDocument(model: NerModel, blocks: readonly (readonly string[])[]): number[][] {
  const firsts = blocks.map((tokens) => firstPass(model, tokens));
  const all = blocks.flat();
  const docIds = featureIds(
    documentFeatures(
      all,
      firsts.flatMap((f) => f.labels),
    ),
    model.features,
  );
  const secondTransitions = decodingTransitions(model.second);
  let offset = 0;
  return firsts.map(({ base, ranges, guard }, b) => {
    const doc = docIds.slice(offset, offset + blocks[b]!.length);
    offset += blocks[b]!.length;
    return decodeSequence(model.second, secondTransitions, base, ranges, doc, guard);
  });
}
