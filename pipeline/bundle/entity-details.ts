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
  const position = new Map(table.map((e, i) => [e.id, i]));
  const appearances = new Map<string, { article: Article; mentionCount: number }[]>();
  // Co-mentions are counted over table positions in one reused array: at 10,000 articles that is millions of
  // increments, which a Map keyed by id made most of this function's time.
  const others = new Map<Article, number[]>();
  for (const article of articles) {
    for (const e of article.entities) {
      const list = appearances.get(e.id) ?? [];
      list.push({ article, mentionCount: e.mentionCount });
      appearances.set(e.id, list);
    }
    others.set(
      article,
      article.entities.flatMap((e) => (e.type === "date" ? [] : (position.get(e.id) ?? []))),
    );
  }
  const counts = new Int32Array(table.length);

  return table.map((entity, at) => {
    const found = appearances.get(entity.id) ?? [];
    return {
      version: 1,
      entity,
      articles: found
        .slice(0, MAX_ENTITY_ARTICLES)
        .map(({ article, mentionCount }) => toEntityArticle(article, entity.id, mentionCount)),
      coMentions: coMentions(
        at,
        found.map((f) => others.get(f.article) ?? []),
        table,
        counts,
      ),
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

/** `articles` holds each article's non-date entities as table positions; `counts` is all zeros, and is left so. */
function coMentions(
  self: number,
  articles: readonly number[][],
  table: readonly BundleEntity[],
  counts: Int32Array,
): CoMention[] {
  const touched: number[] = [];
  for (const positions of articles) {
    for (const other of positions) {
      if (other === self) continue;
      const count = counts[other] ?? 0;
      if (count === 0) touched.push(other);
      counts[other] = count + 1;
    }
  }
  const rows = touched.flatMap((i) => {
    const entity = table[i];
    return entity ? [{ entity, count: counts[i] ?? 0 }] : [];
  });
  for (const i of touched) counts[i] = 0;
  return rows
    .sort(
      (a, b) =>
        b.count - a.count || b.entity.mentionCount - a.entity.mentionCount || a.entity.id.localeCompare(b.entity.id),
    )
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
  return [...months].sort(([a], [b]) => a.localeCompare(b)).map(([period, mentions]) => ({ period, mentions }));
}
