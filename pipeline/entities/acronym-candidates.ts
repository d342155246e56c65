import type { Candidate } from "./candidate";
import { identityKey } from "./identity-key";

// "(GRU)", "(U.S.)", "(NATO)": two or more capitals, maybe with digits, dots or an ampersand.
const PAREN_ACRONYM = /\(\s*(\p{Lu}[\p{Lu}\p{N}&.]*\p{Lu}\.?)\s*\)/gu;

/**
 * "Main Directorate of the General Staff (GRU)": the acronym becomes a mention joined to the mention
 * right before the parenthesis, so the bare acronym later in the text resolves to the same entity.
 */
export function acronymCandidates(blocks: readonly string[], kept: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  blocks.forEach((text, block) => {
    const inBlock = kept.filter((c) => c.block === block);
    for (const m of text.matchAll(PAREN_ACRONYM)) {
      const acronym = m[1]!;
      const start = m.index + m[0].indexOf(acronym);
      const end = start + acronym.length;
      // A tagger's mark on exactly the acronym is replaced (extract.ts); anything else there stands.
      const blocked = (c: Candidate) =>
        c.start < end && start < c.end && (c.source === "kb" || c.start !== start || c.end !== end);
      if (inBlock.some(blocked)) continue;
      const before = text.slice(0, m.index).trimEnd().length;
      const expansion = inBlock.find((c) => c.end === before && c.type !== "date" && c.type !== "group");
      if (!expansion) continue;
      out.push({
        block,
        start,
        end,
        type: expansion.type,
        source: "rule",
        ...(expansion.kbId ? { kbId: expansion.kbId } : { joinKey: identityKey(expansion, blocks) }),
      });
    }
  });
  return out;
}
