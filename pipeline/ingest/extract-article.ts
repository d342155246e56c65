import { z } from "zod";
import { entityTypeSchema } from "../../src/schema/entity";
import { topicIdSchema } from "../../src/schema/topics";
import { resolveTopics } from "../bundle/resolve-topics";
import type { DocumentEntities } from "../entities/document-entities";
import type { EntityExtractor } from "../entities/extract";
import { ParseError } from "../parse/parse-error";
import { parseArticleFile } from "../parse/parse-file";
import type { ParsedArticle } from "../parse/parsed-article";
import { assignTopics, type AssignedTopics } from "../topics/classify";

/** Everything expensive that depends on one file alone: what the cache keeps and the workers return. */
export interface ExtractedArticle {
  parsed: ParsedArticle;
  entities: DocumentEntities;
  /** The classifier's topics, or null when the front matter named IPTC topics and the classifier was not needed. */
  classified: AssignedTopics | null;
}

export type ExtractResult = { ok: true; article: ExtractedArticle } | { ok: false; line: number; reason: string };

/** One file's bytes to its parse, entities and topics; a bad file is a result, not an exception. */
export function extractArticle(extractor: EntityExtractor, file: string, bytes: Uint8Array): ExtractResult {
  let parsed: ParsedArticle;
  try {
    parsed = parseArticleFile(file, bytes);
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, line: error.line, reason: error.message };
    // Whatever a file makes the parser do, it is that file's problem: named with it, the others still reported.
    return {
      ok: false,
      line: 1,
      reason: `cannot be parsed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const entities = extractor.extract(parsed.blocks.map((b) => b.text));
  let classified: AssignedTopics | null = null;
  resolveTopics(parsed.meta.topics, () => {
    classified = assignTopics({ title: parsed.title, text: parsed.blocks.map((b) => b.text).join("\n\n") });
    return classified;
  });
  return { ok: true, article: { parsed, entities, classified } };
}

const nullableText = z.string().nullable();

/** What a cache entry must look like to be used; anything else is recomputed. */
export const extractedArticleSchema = z.object({
  parsed: z.object({
    title: z.string(),
    slugLine: z.number().int().positive().optional(),
    blocks: z.array(
      z.discriminatedUnion("type", [
        z.object({ type: z.literal("paragraph"), text: z.string() }),
        z.object({ type: z.literal("heading"), level: z.number().int(), text: z.string() }),
        z.object({ type: z.literal("quote"), text: z.string() }),
      ]),
    ),
    meta: z.object({
      date: nullableText,
      source: nullableText,
      url: nullableText,
      author: nullableText,
      summary: nullableText,
      slug: nullableText,
      topics: z.array(z.string()).nullable(),
    }),
  }),
  entities: z.object({
    entities: z.array(z.object({ id: z.string(), name: z.string(), type: entityTypeSchema })),
    mentions: z.array(
      z.object({
        block: z.number().int().nonnegative(),
        start: z.number().int().nonnegative(),
        end: z.number().int().nonnegative(),
        entityId: z.string(),
      }),
    ),
  }),
  classified: z.object({ topics: z.array(topicIdSchema), scores: z.array(z.number()) }).nullable(),
}) satisfies z.ZodType<ExtractedArticle>;
