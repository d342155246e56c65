import type { DocumentEntities } from "./document-entities";

export interface MarkedSpan {
  text: string;
  type: string;
  id: string;
  block: number;
}

/** What a reader would see highlighted: each mention sliced back out of its block. */
export function marked(blocks: readonly string[], result: DocumentEntities): MarkedSpan[] {
  const types = new Map(result.entities.map((e) => [e.id, e.type]));
  return result.mentions.map((m) => ({
    text: blocks[m.block]!.slice(m.start, m.end),
    type: types.get(m.entityId) ?? "?",
    id: m.entityId,
    block: m.block,
  }));
}
