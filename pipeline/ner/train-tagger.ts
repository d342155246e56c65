import type { ConllType } from "./conll";
import { createFeatureTable } from "./feature-hash";
import { baseFeatures, documentFeatures, lexicalFeatureCount } from "./features";
import { gazetteerFromLists, type GazetteerLists } from "./gazetteer";
import { LABEL_COUNT, spansFromLabels } from "./labels";
import { featureIds, joinIds, labelDocument, type NerModel } from "./model";
import { scoreSpans, type Scores, type TypedSpan } from "./score";
import { sentenceRanges } from "./tokenize";
import { trainPerceptron, type TrainingSequence } from "./train";
import { decodeSequence, decodingTransitions, type PassWeights } from "./weights";

export interface LabelledDocument {
  tokens: string[];
  gold: number[];
  /** Index of the document this one was made from (augmented copies), so both fall in the same fold. */
  source?: number;
}

export interface TrainTaggerOptions {
  gazetteer: GazetteerLists;
  epochs: number;
  /** Folds for the jackknifed first-pass labels the second pass trains on. */
  folds: number;
  /** Features seen fewer times than this in training are not learnt. */
  minCount: number;
  seed: number;
  /** Share of training tokens whose word-identity features are hidden in each update. */
  wordDropout?: number;
  /** Cost-augmented decoding in training (train.ts); 0 when not given. */
  margin?: number;
  /** Runs (seeds `seed`, `seed + 1`, …) whose weights are averaged into each shipped pass; 1 when not given. */
  runs?: number;
  dev?: LabelledDocument[];
  log: (line: string) => void;
}

const CONLL_TO_LEDE: Record<ConllType, string> = { PER: "person", ORG: "organization", LOC: "place", MISC: "misc" };

/** Tagger-only scores over token spans (the bench scores the whole extractor over characters). */
export function scoreLabels(docs: readonly LabelledDocument[], predicted: readonly number[][]): Scores {
  const toSpans = (labels: readonly number[], doc: number): TypedSpan[] =>
    spansFromLabels(labels).map((s) => ({ doc, start: s.start, end: s.end, type: CONLL_TO_LEDE[s.type] }));
  return scoreSpans(
    docs.flatMap((d, i) => toSpans(d.gold, i)),
    predicted.flatMap((p, i) => toSpans(p, i)),
  );
}

/**
 * The jackknife fold of the `index`-th training document: a copy made from another document (augment.ts)
 * falls in its source's fold, or the second pass would learn from first-pass labels that saw the same text.
 */
export const jackknifeFold = (doc: LabelledDocument, index: number, folds: number): number =>
  (doc.source ?? index) % folds;

/** Keys seen at least `minCount` times, in ascending order (so ids do not depend on data order). */
function frequentKeys(keys: Iterable<number[]>, minCount: number): number[] {
  const counts = new Map<number, number>();
  for (const f of keys) for (const k of f) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts]
    .filter(([, n]) => n >= minCount)
    .map(([k]) => k)
    .sort((a, b) => a - b);
}

/**
 * Trains both passes. The second pass learns from first-pass labels that a model trained without the
 * document produced (k-fold jackknife), so it sees the same kind of mistakes it will see at run time.
 */
export function trainTagger(train: readonly LabelledDocument[], options: TrainTaggerOptions): NerModel {
  const { log, epochs } = options;
  const gazetteer = gazetteerFromLists(options.gazetteer);
  const baseNames = train.map((d) => baseFeatures(d.tokens, gazetteer));
  const baseKeys = frequentKeys(baseNames.flat(), options.minCount);
  const dictionary = createFeatureTable(baseKeys);
  log(`first-pass features: ${dictionary.size}`);
  const ranges = train.map((d) => sentenceRanges(d.tokens));
  // Word-identity ids first, then the rest, with the count of the former per token (for word dropout).
  const lexicalCounts = train.map((d) => d.tokens.map(lexicalFeatureCount));
  const split = baseNames.map((names, d) => {
    const lexical = featureIds(
      names.map((f, i) => f.slice(0, lexicalCounts[d]![i]!)),
      dictionary,
    );
    const rest = featureIds(
      names.map((f, i) => f.slice(lexicalCounts[d]![i]!)),
      dictionary,
    );
    return { ids: joinIds(lexical, rest), lexical: Int32Array.from(lexical, (ids) => ids.length) };
  });
  const base = split.map((s) => s.ids);
  const sequences = (ids: Int32Array[][], which: number[]): TrainingSequence[] =>
    which.map((i) => ({ features: ids[i]!, gold: train[i]!.gold, ranges: ranges[i]!, lexical: split[i]!.lexical }));
  const all = train.map((_, i) => i);
  const trainPass = (ids: Int32Array[][], which: number[], featureCount: number, seed = options.seed) =>
    trainPerceptron(sequences(ids, which), {
      featureCount,
      labels: LABEL_COUNT,
      epochs,
      seed,
      wordDropout: options.wordDropout ?? 0,
      margin: options.margin ?? 0,
    });
  // The shipped passes average runs with consecutive seeds (shuffles and dropout masks), which evens out how
  // much a single run's score depends on its seed; the jackknife folds need only one run each.
  const averagedPass = (ids: Int32Array[][], featureCount: number) =>
    averageWeights(
      Array.from({ length: options.runs ?? 1 }, (_, r) => trainPass(ids, all, featureCount, options.seed + r)),
    );

  const jackknifed: number[][] = new Array(train.length);
  for (let fold = 0; fold < options.folds; fold++) {
    const foldOf = (i: number) => jackknifeFold(train[i]!, i, options.folds);
    const held = all.filter((i) => foldOf(i) === fold);
    const weights = trainPass(
      base,
      all.filter((i) => foldOf(i) !== fold),
      dictionary.size,
    );
    const transitions = decodingTransitions(weights);
    for (const i of held) jackknifed[i] = decodeSequence(weights, transitions, base[i]!, ranges[i]!);
    log(
      `fold ${fold + 1}/${options.folds}: ${scoreLabels(
        held.map((i) => train[i]!),
        held.map((i) => jackknifed[i]!),
      ).micro.strict.f1.toFixed(4)} F1 on its held-out documents`,
    );
  }
  const first = averagedPass(base, dictionary.size);
  log("first pass trained on everything");

  const docNames = train.map((d, i) => documentFeatures(d.tokens, jackknifed[i]!));
  const seen = new Set(baseKeys);
  const extended = createFeatureTable([
    ...baseKeys,
    ...frequentKeys(docNames.flat(), options.minCount).filter((k) => !seen.has(k)),
  ]);
  const full = base.map((ids, i) => joinIds(ids, featureIds(docNames[i]!, extended)));
  const second = averagedPass(full, extended.size);
  const model: NerModel = { features: extended, first: widen(first, extended.size), second, gazetteer };
  if (options.dev) {
    const dev = options.dev;
    const onlyFirst = { ...model, second: model.first };
    log(
      `dev, first pass only: ${formatMicro(
        scoreLabels(
          dev,
          dev.map((d) => labelDocument(onlyFirst, [d.tokens])[0]!),
        ),
      )}`,
    );
    log(
      `dev, both passes:     ${formatMicro(
        scoreLabels(
          dev,
          dev.map((d) => labelDocument(model, [d.tokens])[0]!),
        ),
      )}`,
    );
  }
  return model;
}

const formatMicro = (s: Scores) =>
  `P ${s.micro.strict.precision.toFixed(4)} R ${s.micro.strict.recall.toFixed(4)} F1 ${s.micro.strict.f1.toFixed(4)}`;

/** Element-wise mean of passes trained over the same features. */
function averageWeights(passes: readonly PassWeights[]): PassWeights {
  if (passes.length === 1) return passes[0]!;
  const mean = (pick: (p: PassWeights) => ArrayLike<number>) => {
    const out = new Float64Array(pick(passes[0]!).length);
    for (const p of passes) {
      const values = pick(p);
      for (let i = 0; i < out.length; i++) out[i] = out[i]! + values[i]! / passes.length;
    }
    return out;
  };
  return {
    labels: passes[0]!.labels,
    emission: mean((p) => p.emission),
    start: mean((p) => p.start),
    pair: mean((p) => p.pair),
  };
}

/** First-pass weights padded to the extended dictionary (its document features weigh nothing). */
function widen(pass: PassWeights, featureCount: number): PassWeights {
  const emission = new Float64Array(featureCount * pass.labels);
  emission.set(pass.emission);
  return { ...pass, emission };
}
