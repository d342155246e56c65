/** Span-level precision, recall and F1 for entity extraction, strict and lenient. */

export const SCORED_TYPES = ["person", "organization", "place"] as const;
export type ScoredType = (typeof SCORED_TYPES)[number];

/** A character span in one document; `type` may be any string, only SCORED_TYPES are counted. */
export interface TypedSpan {
  doc: number;
  start: number;
  end: number;
  type: string;
}

export interface Counts {
  gold: number;
  predicted: number;
  /** Strict: predicted spans equal to a gold span (same start, end and type). */
  exact: number;
  /** Lenient: predicted spans overlapping a gold span of the same type, and gold spans so overlapped. */
  predictedOverlapping: number;
  goldOverlapped: number;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface TypeScore {
  counts: Counts;
  strict: Prf;
  lenient: Prf;
}

export type Scores = Record<ScoredType | "micro", TypeScore>;

const emptyCounts = (): Counts => ({ gold: 0, predicted: 0, exact: 0, predictedOverlapping: 0, goldOverlapped: 0 });

export function prf(correctPredicted: number, predicted: number, correctGold: number, gold: number): Prf {
  const precision = predicted ? correctPredicted / predicted : 0;
  const recall = gold ? correctGold / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const overlaps = (a: TypedSpan, b: TypedSpan) => a.doc === b.doc && a.start < b.end && b.start < a.end;
const key = (s: TypedSpan) => `${s.doc}:${s.start}:${s.end}:${s.type}`;

/**
 * Scores predictions against gold spans. Spans of any other type (gold MISC, predicted group or date) are
 * ignored on both sides: a predicted group over a gold MISC is neither a hit nor a false positive, while a
 * gold person/organization/place that the extractor called something else is a miss.
 */
export function scoreSpans(gold: readonly TypedSpan[], predicted: readonly TypedSpan[]): Scores {
  const scored = (s: TypedSpan): s is TypedSpan & { type: ScoredType } =>
    (SCORED_TYPES as readonly string[]).includes(s.type);
  const g = gold.filter(scored);
  const p = predicted.filter(scored);
  const goldKeys = new Set(g.map(key));
  const counts = Object.fromEntries(SCORED_TYPES.map((t) => [t, emptyCounts()])) as Record<ScoredType, Counts>;
  for (const s of g) {
    counts[s.type].gold++;
    if (p.some((q) => q.type === s.type && overlaps(q, s))) counts[s.type].goldOverlapped++;
  }
  for (const s of p) {
    counts[s.type].predicted++;
    if (goldKeys.has(key(s))) counts[s.type].exact++;
    if (g.some((q) => q.type === s.type && overlaps(q, s))) counts[s.type].predictedOverlapping++;
  }
  const micro = emptyCounts();
  for (const t of SCORED_TYPES) for (const k of Object.keys(micro) as Array<keyof Counts>) micro[k] += counts[t][k];
  const score = (c: Counts): TypeScore => ({
    counts: c,
    strict: prf(c.exact, c.predicted, c.exact, c.gold),
    lenient: prf(c.predictedOverlapping, c.predicted, c.goldOverlapped, c.gold),
  });
  return {
    person: score(counts.person),
    organization: score(counts.organization),
    place: score(counts.place),
    micro: score(micro),
  };
}

/** The score table the bench prints. */
export function formatScores(scores: Scores): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const rows = [
    "type           strict P  strict R strict F1 | lenient P lenient R lenientF1 |  gold  pred",
    ...[...SCORED_TYPES, "micro" as const].map((t) => {
      const { counts, strict, lenient } = scores[t];
      return [t.padEnd(12), ...[strict, lenient].map((s) => `${pct(s.precision)}    ${pct(s.recall)}    ${pct(s.f1)}`)]
        .join("   ")
        .concat(` | ${String(counts.gold).padStart(5)} ${String(counts.predicted).padStart(5)}`);
    }),
  ];
  return rows.join("\n");
}
