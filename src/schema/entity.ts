import { z } from "zod";

export const ENTITY_TYPES = ["person", "organization", "place", "group", "date"] as const;
export const entityTypeSchema = z.enum(ENTITY_TYPES);
export type EntityType = z.infer<typeof entityTypeSchema>;

/** Stable within a bundle: `<type>:<slug of canonical name>` or a knowledge-base id. */
export const entityIdSchema = z.string().regex(/^[a-z]+:[a-z0-9][a-z0-9-]*$/);

export const entityRefSchema = z.object({
  id: entityIdSchema,
  name: z.string().min(1),
  type: entityTypeSchema,
});
export type EntityRef = z.infer<typeof entityRefSchema>;

/** One entity as it appears in one article. */
export const articleEntitySchema = entityRefSchema.extend({
  mentionCount: z.number().int().positive(),
});
export type ArticleEntity = z.infer<typeof articleEntitySchema>;

/** One entity across the bundle. */
export const bundleEntitySchema = entityRefSchema.extend({
  mentionCount: z.number().int().positive(),
  articleCount: z.number().int().positive(),
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
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    entityId: entityIdSchema,
  })
  .refine((m) => m.end > m.start, { message: "mention end must be after start" });
export type Mention = z.infer<typeof mentionSchema>;
