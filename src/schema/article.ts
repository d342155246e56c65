import { z } from "zod/mini";
import { articleEntitySchema, entityRefSchema, mentionSchema } from "./entity";
import { topicIdSchema } from "./topics";

export const slugSchema = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/));

/** Calendar date `YYYY-MM-DD` or a full ISO 8601 timestamp. */
export const articleDateSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

const text = () => z.string().check(z.minLength(1));

const blockBase = {
  /** Stable within the article, from the block's own words: the `#p-<id>` of a paragraph link. */
  id: z.string().check(z.regex(/^[a-z0-9]+(-\d+)?$/)),
  text: text(),
  mentions: z.array(mentionSchema),
};

export const blockSchema = z
  .discriminatedUnion("type", [
    z.object({ type: z.literal("paragraph"), ...blockBase }),
    z.object({ type: z.literal("heading"), level: z.number().check(z.int(), z.gte(2), z.lte(6)), ...blockBase }),
    z.object({ type: z.literal("quote"), ...blockBase }),
  ])
  .check(
    z.refine((block) => block.mentions.every((m) => m.end <= block.text.length), {
      message: "mention runs past the end of its block",
    }),
  );
export type Block = z.infer<typeof blockSchema>;

/** Fields shared by the index entry and the full article. */
const articleMetaShape = {
  slug: slugSchema,
  title: text(),
  date: z.nullable(articleDateSchema),
  source: z.nullable(text()),
  summary: z.string(),
  /** IPTC top-level topics; the first is the primary topic. */
  topics: z.array(topicIdSchema).check(z.minLength(1)),
  /**
   * One per topic, in the same order: the classifier's calibrated probability (0–1) that the topic is right.
   * Absent when the front matter named the topics.
   */
  topicScores: z.optional(z.array(z.number().check(z.gte(0), z.lte(1)))),
  /** Front-matter topics outside the IPTC list, kept as free tags. */
  tags: z.array(text()),
  readingMinutes: z.number().check(z.int(), z.positive()),
  wordCount: z.number().check(z.int(), z.nonnegative()),
  /** The input file, relative to the content folder, with `/` separators. */
  sourcePath: text(),
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
  url: z.nullable(z.url()),
  author: z.nullable(text()),
  blocks: z.array(blockSchema).check(z.minLength(1)),
  /** Every entity mentioned in the article, most mentioned first. */
  entities: z.array(articleEntitySchema),
});
export type Article = z.infer<typeof articleSchema>;
