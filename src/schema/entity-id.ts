import { z } from "zod/mini";

// The entity types and the id format on their own, apart from the data files' schemas (entity.ts): the app reads
// them in URL parameters and settings on every page, while it needs the data schemas only when it fetches a file,
// so those load on demand and are not built while a page hydrates (src/lib/fetch-json.ts).

export const ENTITY_TYPES = ["person", "organization", "place", "group", "date"] as const;
export const entityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof entityTypeSchema>;

/** Stable within a bundle: `<type>:<slug of canonical name>` or a knowledge-base id. */
export const entityIdSchema = z.string().check(z.regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/));
