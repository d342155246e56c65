import { z } from "zod/mini";
import { entityIdSchema, entityTypeSchema } from "./entity-id";

// zod/mini: the same schemas at a fraction of the bundle size, since the app parses every fetched file with them.
// See docs/decisions/003-zod-mini-for-shared-schemas.md.

export { ENTITY_TYPES, entityIdSchema, entityTypeSchema, type EntityType } from "./entity-id";

const count = () => z.number().check(z.int(), z.positive());

export const entityRefSchema = z.object({
  id: entityIdSchema,
  name: z.string().check(z.minLength(1)),
  type: entityTypeSchema,
});
export type EntityRef = z.infer<typeof entityRefSchema>;

/** One entity as it appears in one article. */
export const articleEntitySchema = z.extend(entityRefSchema, {
  mentionCount: count(),
  /** How much the article is about it (mentions, headline, lede); articles list entities by it, highest first. */
  salience: z.number().check(z.positive()),
});
export type ArticleEntity = z.infer<typeof articleEntitySchema>;

export const wikidataIdSchema = z.string().check(z.regex(/^Q\d+$/));

/** One entity across the bundle, with what the curated knowledge base says of it. */
export const bundleEntitySchema = z.extend(entityRefSchema, {
  mentionCount: count(),
  articleCount: count(),
  /** One line from the knowledge base, or null. */
  description: z.nullable(z.string().check(z.minLength(1))),
  wikidata: z.nullable(wikidataIdSchema),
  /** The country it belongs to, when that is in the collection too: "American" -> United States, London -> UK. */
  country: z.optional(entityRefSchema),
});
export type BundleEntity = z.infer<typeof bundleEntitySchema>;

export const entityTableSchema = z.object({
  version: z.literal(1),
  entities: z.array(bundleEntitySchema),
});
export type EntityTable = z.infer<typeof entityTableSchema>;

/** A mention: UTF-16 offsets into one block's text, end exclusive. */
export const mentionSchema = z
  .object({
    start: z.number().check(z.int(), z.nonnegative()),
    end: z.number().check(z.int(), z.positive()),
    entityId: entityIdSchema,
  })
  .check(z.refine((m) => m.end > m.start, { message: "mention end must be after start" }));
export type Mention = z.infer<typeof mentionSchema>;
