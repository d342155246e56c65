import type { Candidate } from "./candidate";

const SOURCE_RANK = { kb: 0, model: 1, rule: 1, echo: 2 } as const;

/** Knowledge-base matches win, then longer spans, then first-hand detections over echoes, then earlier ones. */
function byPriority(a: Candidate, b: Candidate): number {
  return (
    Number(b.source === "kb") - Number(a.source === "kb") ||
    b.end - b.start - (a.end - a.start) ||
    SOURCE_RANK[a.source] - SOURCE_RANK[b.source] ||
    a.block - b.block ||
    a.start - b.start
  );
}

export function byPosition(a: { block: number; start: number }, b: { block: number; start: number }): number {
  return a.block - b.block || a.start - b.start;
}

/**
 * Greedy selection of non-overlapping candidates. `settled` mentions are kept as they are,
 * so later passes (acronyms, echoes) can only fill gaps.
 */
export function resolveOverlaps(candidates: readonly Candidate[], settled: readonly Candidate[] = []): Candidate[] {
  const taken = new Map<number, Candidate[]>();
  const keep = (c: Candidate) => {
    const list = taken.get(c.block) ?? [];
    list.push(c);
    taken.set(c.block, list);
  };
  settled.forEach(keep);
  for (const c of [...candidates].sort(byPriority)) {
    if (c.end <= c.start) continue;
    const clash = (taken.get(c.block) ?? []).some((t) => c.start < t.end && t.start < c.end);
    if (!clash) keep(c);
  }
  return [...taken.values()].flat().sort(byPosition);
}
