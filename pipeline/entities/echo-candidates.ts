import type { Candidate } from "./candidate";
import { identityKey } from "./identity-key";
import { occurrenceFinder } from "./word-boundary";

function surnameOf(fullName: string): string | undefined {
  const parts = fullName.split(/\s+/u);
  const last = parts.at(-1);
  return parts.length > 1 && last && /^\p{Lu}[\p{L}\p{M}'’-]{2,}$/u.test(last) ? last : undefined;
}

/**
 * Document consistency: a surface form tagged once is tagged everywhere it occurs, as the same entity.
 * Forms that were tagged as two different entities are ambiguous and left alone.
 */
export function echoCandidates(blocks: readonly string[], kept: readonly Candidate[]): Candidate[] {
  const bySurface = new Map<string, { sample: Candidate; keys: Set<string> }>();
  const note = (surface: string, sample: Candidate, key: string) => {
    const seen = bySurface.get(surface) ?? { sample, keys: new Set<string>() };
    seen.keys.add(key);
    bySurface.set(surface, seen);
  };
  for (const c of kept) {
    const surface = blocks[c.block]!.slice(c.start, c.end);
    const key = c.joinKey ?? identityKey(c, blocks);
    note(surface, c, key);
    // News style names someone in full once, then by surname: "Yevgeny Prigozhin" ... "Prigozhin".
    const surname = c.type === "person" ? surnameOf(surface) : undefined;
    if (surname) note(surname, { ...c, source: "echo", joinKey: key }, key);
  }
  const out: Candidate[] = [];
  const surfaces = [...bySurface].filter(([, { keys }]) => keys.size === 1);
  const find = occurrenceFinder(surfaces.map(([surface]) => surface));
  const found = blocks.map(find);
  for (const [surface, { sample }] of surfaces) {
    found.forEach((inBlock, block) => {
      for (const start of inBlock.get(surface) ?? []) {
        out.push({
          block,
          start,
          end: start + surface.length,
          type: sample.type,
          source: "echo",
          ...(sample.kbId ? { kbId: sample.kbId } : {}),
          ...(sample.joinKey ? { joinKey: sample.joinKey } : {}),
        });
      }
    });
  }
  return out;
}
