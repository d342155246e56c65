import type { Gazetteer } from "../ner/gazetteer";
import { matchForm, type KnowledgeBase } from "./knowledge-base";
import type { CollectionKnowledge } from "./resolve-collection";
import type { WorldEntry, WorldKnowledge } from "./world-knowledge";

/**
 * The editor's knowledge base over built-in world knowledge: an editor's entry wins by id (its name and type
 * replace the world's) and by form (a form the editor gave one entity never names a world entry).
 */
export function collectionKnowledge(
  kb: KnowledgeBase | undefined,
  world?: WorldKnowledge,
  names?: Gazetteer,
): CollectionKnowledge {
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
  // A world entry one of whose forms the editor gave to an entity of their own is theirs to describe, not ours
  // ("Washington, D.C." is the editor's place:washington-dc, not the world's place:washington-d-c).
  const claimed = (entry: WorldEntry) =>
    !byId.has(entry.id) && [entry.name, ...entry.aliases].some((f) => byForm.has(matchForm(entry.type, f)));
  const worldEntry = (found: WorldEntry | undefined) => (found && !claimed(found) ? found : undefined);
  const knownForms = new Map<string, ReturnType<CollectionKnowledge["known"]>>();
  const known = (form: string): ReturnType<CollectionKnowledge["known"]> => {
    if (knownForms.has(form)) return knownForms.get(form);
    const found = lookUp(form);
    knownForms.set(form, found);
    return found;
  };
  const lookUp = (form: string): ReturnType<CollectionKnowledge["known"]> => {
    const edited = byForm.get(form) ?? byForm.get(form.replace(/^[Tt]he\s+/u, ""));
    if (edited) return { id: edited.id, name: edited.name, type: edited.type, kind: "curated" };
    const found = worldEntry(world?.lookup(form));
    if (!found) return undefined;
    const over = curated(found.id);
    return over ? { ...over, kind: found.kind } : found;
  };
  return {
    curated,
    known,
    commonWord(word) {
      const cats = names?.get(word.toLowerCase());
      if (cats === undefined) return false;
      return (
        cats.some((c) => c.startsWith("wl:") || c.startsWith("wn:")) &&
        !cats.some((c) => /^(?:wi:|first$|last$|city|country$|region$|org$|team$|demonym$)/u.test(c))
      );
    },
    firstNameOnly(word) {
      const cats = names?.get(word.toLowerCase());
      return cats !== undefined && cats.includes("first") && !cats.includes("last") && !cats.includes("wi:person");
    },
    describe(entity) {
      if (!world) return undefined;
      const demonymOf = entity.type === "group" ? world.countryOfDemonym(entity.name) : undefined;
      if (demonymOf) return { country: demonymOf.id };
      const found = worldEntry(world.entry(entity.id));
      if (!found || found.type !== entity.type) return undefined;
      return { description: found.description, ...(found.country ? { country: found.country } : {}) };
    },
  };
}
