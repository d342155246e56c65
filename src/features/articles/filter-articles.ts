import type { ArticleSummary } from "../../schema/article";
import type { EntityRef } from "../../schema/entity";
import { TOPIC_IDS, type TopicId } from "../../schema/topics";
import type { ListSearch } from "./search-params";

/** For each filtered entity, the slugs of every article that mentions it (from its entity detail file). */
export type MentioningArticles = ReadonlyMap<string, ReadonlySet<string>>;

/**
 * Topics are OR'd (any chosen topic), entities AND'd (every chosen entity), and the two AND'd together.
 * An entity whose articles are not known yet matches nothing rather than everything.
 */
export function filterArticles(
  articles: readonly ArticleSummary[],
  search: ListSearch,
  mentioning: MentioningArticles = new Map(),
): ArticleSummary[] {
  return articles.filter(
    (a) =>
      (search.topics.length === 0 || a.topics.some((t) => search.topics.includes(t))) &&
      search.entities.every((id) => mentioning.get(id)?.has(a.slug) ?? false),
  );
}

export interface TopicCount {
  id: TopicId;
  count: number;
}

/**
 * Topics present in the collection with their article counts, in IPTC order; a selected topic is listed even
 * when no article has it, so a shared link to it can still be undone.
 */
export function countTopics(articles: readonly ArticleSummary[], selected: readonly TopicId[] = []): TopicCount[] {
  const counts = new Map<TopicId, number>(selected.map((t) => [t, 0]));
  for (const article of articles) for (const t of article.topics) counts.set(t, (counts.get(t) ?? 0) + 1);
  return TOPIC_IDS.filter((id) => counts.has(id)).map((id) => ({ id, count: counts.get(id) ?? 0 }));
}

export interface EntityCount {
  entity: EntityRef;
  count: number;
}

/** The entity facet: the key entities of the given articles, by how many of them feature each. */
export function countEntities(articles: readonly ArticleSummary[], limit = 12): EntityCount[] {
  const counts = new Map<string, EntityCount>();
  for (const article of articles) {
    for (const entity of article.entities) {
      const row = counts.get(entity.id) ?? { entity, count: 0 };
      row.count += 1;
      counts.set(entity.id, row);
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.entity.name.localeCompare(b.entity.name))
    .slice(0, limit);
}
