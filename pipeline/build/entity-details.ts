import type { Article } from "../../src/schema/article";
import type { BundleEntity } from "../../src/schema/entity";
import type { CoMention, EntityArticle, EntityDetail } from "../../src/schema/entity-detail";
import { snippetAround } from "../text/snippet";

const MAX_CO_MENTIONS = 12;
/**
 * An entity page lists the newest articles with a snippet each; the rest are one click away in the list filtered
 * by the entity. Without a cap, a common entity's file (and the build) grows with the collection: at 10,000
 * articles the detail files were most of a 376 MB bundle.
 */
export const MAX_ENTITY_ARTICLES = 50;

/**
 * One detail file per entity: the newest articles that mention it (at most MAX_ENTITY_ARTICLES) with a snippet
 * around the first mention, the entities it shares articles with, and its mentions per month.
 */
export function buildEntityDetails(articles: readonly Article[], table: readonly BundleEntity[]): EntityDetail[] {
  const byId = new Map(table.map((e) => [e.id, e]));
  const appearances = new Map<string, { article: Article; mentionCount: number }[]>();
  for (const article of articles) {
    for (const e of article.entities) {
      const list = appearances.get(e.id) ?? [];
      list.push({ article, mentionCount: e.mentionCount });
      appearances.set(e.id, list);
    }
  }

  return table.map((entity) => {
    const found = appearances.get(entity.id) ?? [];
    return {
      version: 1,
      entity,
      articles: found
        .slice(0, MAX_ENTITY_ARTICLES)
        .map(({ article, mentionCount }) => toEntityArticle(article, entity.id, mentionCount)),
      coMentions: coMentions(entity.id, found.map((f) => f.article), byId),
      timeline: timeline(found),
    };
  });
}

function toEntityArticle(article: Article, entityId: string, mentionCount: number): EntityArticle {
  for (const block of article.blocks) {
    const mention = block.mentions.find((m) => m.entityId === entityId);
    if (mention) {
      return {
        slug: article.slug,
        title: article.title,
        date: article.date,
        source: article.source,
        mentionCount,
        snippet: snippetAround(block.text, mention.start, mention.end),
      };
    }
  }
  throw new Error(`${article.sourcePath}: entity ${entityId} is in the article's table but never mentioned`);
}

function coMentions(entityId: string, articles: readonly Article[], byId: Map<string, BundleEntity>): CoMention[] {
  const shared = new Map<string, number>();
  for (const article of articles) {
    for (const other of article.entities) {
      if (other.id !== entityId && other.type !== "date") shared.set(other.id, (shared.get(other.id) ?? 0) + 1);
    }
  }
  return [...shared]
    .map(([id, count]) => ({ id, count, entity: byId.get(id) }))
    .filter((row): row is { id: string; count: number; entity: BundleEntity } => row.entity !== undefined)
    .sort((a, b) => b.count - a.count || b.entity.mentionCount - a.entity.mentionCount || a.id.localeCompare(b.id))
    .slice(0, MAX_CO_MENTIONS)
    .map(({ entity, count }) => ({ id: entity.id, name: entity.name, type: entity.type, count }));
}

function timeline(found: readonly { article: Article; mentionCount: number }[]): EntityDetail["timeline"] {
  const months = new Map<string, number>();
  for (const { article, mentionCount } of found) {
    if (article.date) {
      const period = article.date.slice(0, 7);
      months.set(period, (months.get(period) ?? 0) + mentionCount);
    }
  }
  return [...months]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([period, mentions]) => ({ period, mentions }));
}
