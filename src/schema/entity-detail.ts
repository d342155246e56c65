import { z } from "zod/mini";
import { articleDateSchema, slugSchema } from "./article";
import { bundleEntitySchema, entityRefSchema } from "./entity";

const count = () => z.number().check(z.int(), z.positive());

/** A short window of text around the entity's first mention in an article; start/end locate the mention in it. */
export const snippetSchema = z
  .object({
    text: z.string().check(z.minLength(1)),
    start: z.number().check(z.int(), z.nonnegative()),
    end: z.number().check(z.int(), z.positive()),
  })
  .check(z.refine((s) => s.start < s.end && s.end <= s.text.length, { message: "snippet mention out of range" }));
export type Snippet = z.infer<typeof snippetSchema>;

export const entityArticleSchema = z.object({
  slug: slugSchema,
  title: z.string().check(z.minLength(1)),
  date: z.nullable(articleDateSchema),
  source: z.nullable(z.string()),
  mentionCount: count(),
  snippet: snippetSchema,
});
export type EntityArticle = z.infer<typeof entityArticleSchema>;

/** Another entity appearing in the same articles; `count` is how many articles they share. */
export const coMentionSchema = z.extend(entityRefSchema, { count: count() });
export type CoMention = z.infer<typeof coMentionSchema>;

/** Everything an entity page and an entity card show: `entities/<id>.json`. */
export const entityDetailSchema = z.object({
  version: z.literal(1),
  entity: bundleEntitySchema,
  /** The newest articles mentioning it (at most 50; `entity.articleCount` has them all), undated last. */
  articles: z.array(entityArticleSchema),
  /** Most shared articles first, at most 12. */
  coMentions: z.array(coMentionSchema),
  /** Mentions per calendar month (`YYYY-MM`), oldest first, dated articles only. */
  timeline: z.array(z.object({ period: z.string().check(z.regex(/^\d{4}-\d{2}$/)), mentions: count() })),
});
export type EntityDetail = z.infer<typeof entityDetailSchema>;
