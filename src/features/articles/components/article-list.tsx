import { Link } from "react-router";
import { formatCount } from "../../../lib/format";
import { paths } from "../../../lib/paths";
import type { ArticleSummary } from "../../../schema/article";
import { countTopics, filterArticles } from "../filter-articles";
import { serializeListSearch, type ListSearch } from "../search-params";
import { ArticleCard } from "./article-card";
import { TopicFilter } from "./topic-filter";

export function ArticleList({ articles, search }: { articles: readonly ArticleSummary[]; search: ListSearch }) {
  const shown = filterArticles(articles, search);
  const listHref = paths.home(serializeListSearch(search));
  return (
    <div className="space-y-6">
      <TopicFilter counts={countTopics(articles, search.topics)} search={search} />
      <p role="status" className="text-sm text-stone-600 dark:text-stone-400">
        {shown.length === articles.length
          ? formatCount(articles.length, "article")
          : `Showing ${shown.length.toLocaleString("en-GB")} of ${formatCount(articles.length, "article")}`}
      </p>
      {shown.length === 0 ? (
        <p className="py-10 text-center text-stone-700 dark:text-stone-300">
          No articles in these topics.{" "}
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
