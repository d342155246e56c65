import { Link } from "react-router";
import { formatCount } from "../../../lib/format";
import { paths } from "../../../lib/paths";
import type { ArticleSummary } from "../../../schema/article";
import type { EntityRef } from "../../../schema/entity";
import { countEntities, countTopics, filterArticles, type MentioningArticles } from "../filter-articles";
import { serializeListSearch, type ListSearch } from "../search-params";
import { ArticleCard } from "./article-card";
import { ListFilters } from "./list-filters";

interface ArticleListProps {
  articles: readonly ArticleSummary[];
  search: ListSearch;
  /** For each entity in the filter, the articles that mention it, and the entity itself. */
  mentioning?: MentioningArticles;
  filteredEntities?: readonly EntityRef[];
}

export function ArticleList({ articles, search, mentioning, filteredEntities = [] }: ArticleListProps) {
  const shown = filterArticles(articles, search, mentioning);
  const listHref = paths.home(serializeListSearch(search));
  const facet = countEntities(shown);
  // A chosen entity stays in the facet (checked) even when it is no article's key entity, so it can be undone.
  for (const entity of filteredEntities) {
    if (!facet.some((row) => row.entity.id === entity.id)) facet.unshift({ entity, count: shown.length });
  }
  return (
    <div className="space-y-6">
      <ListFilters topics={countTopics(articles, search.topics)} entities={facet} search={search} />
      <p role="status" className="text-sm text-stone-600 dark:text-stone-400">
        {shown.length === articles.length
          ? formatCount(articles.length, "article")
          : `Showing ${shown.length.toLocaleString("en-GB")} of ${formatCount(articles.length, "article")}`}
      </p>
      {shown.length === 0 ? (
        <p className="py-10 text-center text-stone-700 dark:text-stone-300">
          No articles match these filters.{" "}
          <Link to={paths.home()} className="font-medium text-red-800 underline dark:text-red-300">
            Show all articles
          </Link>
        </p>
      ) : (
        <div>
          {shown.map((article) => (
            <ArticleCard key={article.slug} article={article} listHref={listHref} />
          ))}
        </div>
      )}
    </div>
  );
}
