import type { ArticleSummary } from "../../schema/article";
import type { ListSearch } from "./search-params";

import type { MentioningArticles } from "./search/select-results";

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
