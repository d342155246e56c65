import type { DocumentEntities, DocumentEntity } from "./document-entities";

const tokens = (name: string) => name.split(/\s+/u).filter(Boolean);

/**
 * Articles that only say "Putin" get `person:putin`; across the bundle that is the one full-name person
 * whose last token matches, if exactly one exists. Ambiguous surnames are left as they are.
 */
export function reconcileAcrossDocuments(docs: DocumentEntities[]): DocumentEntities[] {
  const fullBySurname = new Map<string, Map<string, DocumentEntity>>();
  for (const doc of docs) {
    for (const entity of doc.entities) {
      const parts = tokens(entity.name);
      if (entity.type !== "person" || parts.length < 2) continue;
      const surname = parts.at(-1)!;
      const sameSurname = fullBySurname.get(surname) ?? new Map<string, DocumentEntity>();
      sameSurname.set(entity.id, entity);
      fullBySurname.set(surname, sameSurname);
    }
  }
  const target = (entity: DocumentEntity): DocumentEntity | undefined => {
    if (entity.type !== "person" || tokens(entity.name).length !== 1) return undefined;
    const candidates = fullBySurname.get(entity.name.trim());
    return candidates?.size === 1 ? [...candidates.values()][0] : undefined;
  };

  return docs.map((doc) => {
    const rewrite = new Map<string, DocumentEntity>();
    for (const entity of doc.entities) {
      const full = target(entity);
      if (full) rewrite.set(entity.id, full);
    }
    if (rewrite.size === 0) return doc;
    const entities = new Map<string, DocumentEntity>();
    for (const entity of doc.entities) {
      const kept = rewrite.get(entity.id) ?? entity;
      if (!entities.has(kept.id)) entities.set(kept.id, kept);
    }
    return {
      entities: [...entities.values()],
      mentions: doc.mentions.map((m) => ({
        ...m,
        entityId: rewrite.get(m.entityId)?.id ?? m.entityId,
      })),
    };
  });
}
