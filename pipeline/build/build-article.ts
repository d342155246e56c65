import type { Article, Block } from "../../src/schema/article";
import type { ArticleEntity, EntityRef } from "../../src/schema/entity";
import type { DocumentEntities } from "../entities/document-entities";
import type { ParsedArticle } from "../parse/parsed-article";
import { countWords } from "../parse/reflow";
import { readingMinutes, summarise } from "../text/summary";
import { resolveTopics } from "./resolve-topics";
import type { TopicId } from "../../src/schema/topics";

const SALIENT_ENTITIES = 5;

export interface ArticleInput {
  sourcePath: string;
  slug: string;
  parsed: ParsedArticle;
  entities: DocumentEntities;
  classify: () => TopicId[];
}

/** Joins a parsed file, its entities and its topics into the published article. Pure. */
export function buildArticle({ sourcePath, slug, parsed, entities, classify }: ArticleInput): Article {
  const blocks: Block[] = parsed.blocks.map((block, index) => ({
    ...block,
    mentions: entities.mentions
      .filter((m) => m.block === index)
      .map(({ start, end, entityId }) => ({ start, end, entityId })),
  }));
  const wordCount = parsed.blocks.reduce((sum, block) => sum + countWords(block.text), 0);
  const firstParagraph = parsed.blocks.find((b) => b.type === "paragraph") ?? parsed.blocks[0];
  const { topics, tags } = resolveTopics(parsed.meta.topics, classify);

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
    tags,
    readingMinutes: readingMinutes(wordCount),
    wordCount,
    sourcePath,
    blocks,
    entities: countMentions(entities),
  };
}

function countMentions({ entities, mentions }: DocumentEntities): ArticleEntity[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  return entities
    .filter((e) => counts.has(e.id))
    .map((e) => ({ id: e.id, name: e.name, type: e.type, mentionCount: counts.get(e.id) ?? 0 }))
    .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
}

const HEADLINE_BONUS = 8;
const LEDE_BONUS = 2;

/**
 * The entities a reader most needs to know the story is about: mention count, plus a bonus for appearing in the
 * headline or the first paragraph (the lede). Groups ("Russian") usually qualify rather than name the subject, so
 * they count half. Dates say when, not who or what, so they are left out.
 */
export function salientEntities(article: Article): EntityRef[] {
  const title = article.title;
  const lede = article.blocks[0];
  const inLede = new Set(lede?.mentions.map((m) => m.entityId));
  const surfaceForms = new Map<string, string[]>();
  for (const block of article.blocks) {
    for (const m of block.mentions) {
      const forms = surfaceForms.get(m.entityId) ?? [];
      forms.push(block.text.slice(m.start, m.end));
      surfaceForms.set(m.entityId, forms);
    }
  }
  const score = (e: ArticleEntity) =>
    (e.type === "group" ? 0.5 : 1) *
    (e.mentionCount +
      (surfaceForms.get(e.id)?.some((form) => containsWord(title, form)) ? HEADLINE_BONUS : 0) +
      (inLede.has(e.id) ? LEDE_BONUS : 0));
  return article.entities
    .filter((e) => e.type !== "date")
    .map((e) => ({ e, s: score(e) }))
    .sort((a, b) => b.s - a.s || a.e.name.localeCompare(b.e.name))
    .slice(0, SALIENT_ENTITIES)
    .map(({ e }) => ({ id: e.id, name: e.name, type: e.type }));
}

function containsWord(text: string, word: string): boolean {
  const at = text.indexOf(word);
  if (at === -1) return false;
  const before = text[at - 1];
  const after = text[at + word.length];
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  return !isWordChar(before) && !isWordChar(after);
}
