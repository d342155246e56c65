import { z } from "zod";
import { articleEntitySchema, entityRefSchema, mentionSchema } from "./entity";
import { topicIdSchema } from "./topics";

export const slugSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/** Calendar date `YYYY-MM-DD` or a full ISO 8601 timestamp. */
export const articleDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const blockBase = {
  text: z.string().min(1),
  mentions: z.array(mentionSchema),
};

export const blockSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("paragraph"), ...blockBase }),
    z.object({ type: z.literal("heading"), level: z.number().int().min(2).max(6), ...blockBase }),
    z.object({ type: z.literal("quote"), ...blockBase }),
  ])
  .refine((block) => block.mentions.every((m) => m.end <= block.text.length), {
    message: "mention runs past the end of its block",
  });
export type Block = z.infer<typeof blockSchema>;

/** Fields shared by the index entry and the full article. */
const articleMetaShape = {
  slug: slugSchema,
  title: z.string().min(1),
  date: articleDateSchema.nullable(),
  source: z.string().min(1).nullable(),
  summary: z.string(),
  /** IPTC top-level topics; the first is the primary topic. */
  topics: z.array(topicIdSchema).min(1),
  /** Front-matter topics outside the IPTC list, kept as free tags. */
  tags: z.array(z.string().min(1)),
  readingMinutes: z.number().int().positive(),
  wordCount: z.number().int().nonnegative(),
  /** The input file, relative to the content folder, with `/` separators. */
  sourcePath: z.string().min(1),
};

export const articleSummarySchema = z.object({
  ...articleMetaShape,
  /** The article's most salient entities (dates excluded), most salient first. */
  entities: z.array(entityRefSchema),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const articleIndexSchema = z.object({
  version: z.literal(1),
  /** Newest first; undated articles last. */
  articles: z.array(articleSummarySchema),
});
export type ArticleIndex = z.infer<typeof articleIndexSchema>;

export const articleSchema = z.object({
  version: z.literal(1),
  ...articleMetaShape,
  url: z.url().nullable(),
  author: z.string().min(1).nullable(),
  blocks: z.array(blockSchema).min(1),
  /** Every entity mentioned in the article, most mentioned first. */
  entities: z.array(articleEntitySchema),
});
export type Article = z.infer<typeof articleSchema>;
