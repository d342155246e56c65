import type { EntityType } from "../../src/schema/entity";
import { matchForm, type KnowledgeBase } from "./knowledge-base";
import type { CollectionKnowledge } from "./resolve-collection";

/** The part of built-in world knowledge the collection pass reads (see world-knowledge.ts). */
export interface WorldLookup {
  lookup(surface: string): { id: string; name: string; type: EntityType; kind: string } | undefined;
}

/**
 * The editor's knowledge base over built-in world knowledge: an editor's entry wins by id (its name and type
 * replace the world's) and by form (a form the editor gave one entity never names a world entry).
 */
export function collectionKnowledge(kb: KnowledgeBase | undefined, world?: WorldLookup): CollectionKnowledge {
  const byId = new Map(kb?.entities.map((e) => [e.id, e]));
  const byForm = new Map<string, (typeof kb & {})["entities"][number]>();
  for (const e of kb?.entities ?? []) {
    for (const form of [e.name, ...e.aliases])
      if (!byForm.has(matchForm(e.type, form))) byForm.set(matchForm(e.type, form), e);
  }
  const curated = (id: string) => {
    const e = byId.get(id);
    return e && { id: e.id, name: e.name, type: e.type };
  };
  return {
    curated,
    known(form) {
      const edited = byForm.get(form) ?? byForm.get(form.replace(/^[Tt]he\s+/u, ""));
      if (edited) return { id: edited.id, name: edited.name, type: edited.type, kind: "curated" };
      const found = world?.lookup(form);
      if (!found) return undefined;
      const over = curated(found.id);
      return over ? { ...over, kind: found.kind } : found;
    },
  };
}
