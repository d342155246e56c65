import type { ArticleSummary } from "../../schema/article";
import { TOPIC_IDS, type TopicId } from "../../schema/topics";
import type { ListSearch } from "./search-params";

export function filterArticles(articles: readonly ArticleSummary[], search: ListSearch): ArticleSummary[] {
  if (search.topics.length === 0) return [...articles];
  return articles.filter((a) => a.topics.some((t) => search.topics.includes(t)));
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
