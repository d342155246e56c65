import type { ConllType, TokenSpan } from "./conll";

/** BILOU labels over the four CoNLL types: finer than IOB, which helps a linear tagger find span edges. */
export const ENTITY_TYPES: readonly ConllType[] = ["PER", "ORG", "LOC", "MISC"];
export const LABELS: readonly string[] = [
  "O",
  ...ENTITY_TYPES.flatMap((t) => ["B", "I", "L", "U"].map((p) => `${p}-${t}`)),
];
export const LABEL_COUNT = LABELS.length;
const INDEX = new Map(LABELS.map((l, i) => [l, i]));

export function labelIndex(label: string): number {
  const i = INDEX.get(label);
  if (i === undefined) throw new Error(`unknown label ${label}`);
  return i;
}

/** Labels for `length` tokens from spans over them. */
export function labelsFromSpans(spans: readonly TokenSpan[], length: number): number[] {
  const out = new Array<number>(length).fill(0);
  for (const { start, end, type } of spans) {
    if (end - start === 1) out[start] = labelIndex(`U-${type}`);
    else
      for (let i = start; i < end; i++) out[i] = labelIndex(`${i === start ? "B" : i === end - 1 ? "L" : "I"}-${type}`);
  }
  return out;
}

/** Spans from a label sequence; a malformed run (which constrained decoding never yields) is read leniently. */
export function spansFromLabels(labels: readonly number[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  labels.forEach((index, i) => {
    const label = LABELS[index]!;
    const prefix = label[0];
    const type = label.slice(2) as ConllType;
    if (open && (prefix === "O" || prefix === "B" || prefix === "U" || type !== open.type)) {
      spans.push(open);
      open = null;
    }
    if (prefix === "O") return;
    if (!open) open = { start: i, end: i + 1, type };
    else open.end = i + 1;
    if (prefix === "L" || prefix === "U") {
      spans.push(open);
      open = null;
    }
  });
  if (open) spans.push(open);
  return spans;
}

/** Whether `to` may follow `from` (-1 = sequence start) in a well-formed BILOU sequence. */
export function allowedTransition(from: number, to: number): boolean {
  const prev = from < 0 ? "O" : LABELS[from]!;
  const next = LABELS[to]!;
  const inside = prev[0] === "B" || prev[0] === "I";
  if (next[0] === "I" || next[0] === "L") return inside && prev.slice(2) === next.slice(2);
  return !inside;
}

/** Whether a sequence may end on `label`. */
export const allowedEnd = (label: number): boolean => !/^[BI]-/u.test(LABELS[label]!);

/** The entity type a label belongs to, or "O". */
export const labelType = (label: number): string => (label === 0 ? "O" : LABELS[label]!.slice(2));

/** IOB2 tags (`B-ORG`, `I-ORG`, `O`) from BILOU label indices, for writing CoNLL files. */
export function labelsToIob(labels: readonly number[]): string[] {
  const tags = labels.map(() => "O");
  for (const span of spansFromLabels(labels)) {
    for (let i = span.start; i < span.end; i++) tags[i] = `${i === span.start ? "B" : "I"}-${span.type}`;
  }
  return tags;
}
