import type { Article, Block } from "../../src/schema/article";
import type { ArticleEntity, EntityRef } from "../../src/schema/entity";
import type { DocumentEntities } from "../entities/document-entities";
import type { ParsedArticle } from "../parse/parsed-article";
import { countWords } from "../parse/reflow";
import { blockIds } from "../text/block-id";
import { readingMinutes, summarise } from "../text/summary";
import { resolveTopics } from "./resolve-topics";
import type { AssignedTopics } from "../topics/classify";

const SALIENT_ENTITIES = 5;

export interface ArticleInput {
  sourcePath: string;
  slug: string;
  parsed: ParsedArticle;
  entities: DocumentEntities;
  classify: () => AssignedTopics;
}

/** Joins a parsed file, its entities and its topics into the published article. Pure. */
export function buildArticle({ sourcePath, slug, parsed, entities, classify }: ArticleInput): Article {
  const ids = blockIds(parsed.blocks.map((b) => b.text));
  const blocks: Block[] = parsed.blocks.map((block, index) => ({
    ...block,
    id: ids[index] ?? String(index),
    mentions: entities.mentions
      .filter((m) => m.block === index)
      .map(({ start, end, entityId }) => ({ start, end, entityId })),
  }));
  const wordCount = parsed.blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  const firstParagraph = parsed.blocks.find((b) => b.type === "paragraph") ?? parsed.blocks[0];
  const { topics, topicScores, tags } = resolveTopics(parsed.meta.topics, classify);

  return {
    version: 1,
    slug,
    title: parsed.title,
    date: parsed.meta.date,
    source: parsed.meta.source,
    url: parsed.meta.url,
    author: parsed.meta.author,
    summary: parsed.meta.summary ?? summarise(firstParagraph?.text ?? ""),
    topics,
    ...(topicScores && { topicScores }),
    tags,
    readingMinutes: readingMinutes(wordCount),
    wordCount,
    sourcePath,
    blocks,
    entities: articleEntities(parsed.title, blocks, entities),
  };
}

const HEADLINE_BONUS = 8;
const LEDE_BONUS = 2;

/**
 * Every entity the article mentions, with its salience: how much the story is about it. Mentions count one each,
 * appearing in the headline adds HEADLINE_BONUS and in the first block (the lede) LEDE_BONUS; groups ("Russian")
 * usually qualify rather than name the subject, so they count half. Most salient first.
 */
export function articleEntities(
  title: string,
  blocks: readonly Pick<Block, "text" | "mentions">[],
  found: DocumentEntities,
): ArticleEntity[] {
  const counts = new Map<string, number>();
  const inHeadline = new Set<string>();
  for (const block of blocks) {
    for (const m of block.mentions) {
      counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
      if (containsWord(title, block.text.slice(m.start, m.end))) inHeadline.add(m.entityId);
    }
  }
  const inLede = new Set(blocks[0]?.mentions.map((m) => m.entityId));
  return found.entities
    .filter((e) => counts.has(e.id))
    .map((e) => {
      const mentionCount = counts.get(e.id) ?? 0;
      const raw = mentionCount + (inHeadline.has(e.id) ? HEADLINE_BONUS : 0) + (inLede.has(e.id) ? LEDE_BONUS : 0);
      return { id: e.id, name: e.name, type: e.type, mentionCount, salience: (e.type === "group" ? 0.5 : 1) * raw };
    })
    .sort((a, b) => b.salience - a.salience || b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
}

/** The index's key entities: the most salient, without dates (they say when, not who or what). */
export function salientEntities(article: Article): EntityRef[] {
  return article.entities
    .filter((e) => e.type !== "date")
    .slice(0, SALIENT_ENTITIES)
    .map(({ id, name, type }) => ({ id, name, type }));
}

function containsWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return true;
  }
  return false;
}
