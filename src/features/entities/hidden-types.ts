import { z } from "zod/mini";
import type { BackupPart } from "../../lib/backup";
import { createLocalPreference } from "../../lib/local-preference";
import { ENTITY_TYPES, entityTypeSchema, type EntityType } from "../../schema/entity-id";

/**
 * Which entity types the reader has switched off in the legend. A reading preference, not a view anyone shares,
 * so it lives in localStorage rather than the URL, and applies to every article (lib/local-preference).
 */
const NONE: readonly EntityType[] = [];

const preference = createLocalPreference<readonly EntityType[]>({
  key: "lede:hidden-entity-types",
  parse: (stored) => (Array.isArray(stored) ? ENTITY_TYPES.filter((t) => stored.includes(t)) : null),
  fallback: NONE,
});

export function setHiddenTypes(types: readonly EntityType[]): void {
  preference.set(ENTITY_TYPES.filter((t) => types.includes(t)));
}

/** Prerendering and hydration see nothing hidden; the stored preference applies right after. */
export const useHiddenTypes = preference.use;

export const hiddenTypesBackup: BackupPart<readonly EntityType[]> = {
  name: "hiddenEntityTypes",
  schema: z.readonly(z.array(entityTypeSchema)),
  read: () => preference.get(),
  write: (types) => setHiddenTypes(types),
};
