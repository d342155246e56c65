import { useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { ArticleSummary } from "../../../schema/article";
import type { TopicId } from "../../../schema/topics";
import { catalogQuery } from "../api/list-queries";
import { ArticleCard } from "./article-card";
import { CatalogCard } from "./catalog-card";
import { LoadMore } from "./load-more";
import { StaticResultList, VirtualResultList } from "./result-list";

interface TopicListProps {
  topic: TopicId;
  /** The newest articles of the topic, prerendered; empty after in-app navigation (the catalog is there). */
  first: readonly ArticleSummary[];
  articleCount: number;
  listHref: string;
}

/** A topic's articles, newest first: the prerendered first screen, then every one from the catalog. */
export function TopicList({ topic, first, articleCount, listHref }: TopicListProps) {
  const [engaged, setEngaged] = useState(first.length === 0);
  const catalog = useQuery({ ...catalogQuery(), enabled: engaged });
  const engage = useCallback(() => setEngaged(true), []);
  const data = catalog.data;
  if (data) {
    const ids = data.articles.flatMap((row, id) => (row.topics.includes(topic) ? [id] : []));
    return (
      <VirtualResultList
        count={ids.length}
        keyOf={(i) => data.articles[ids[i] ?? 0]?.slug ?? String(i)}
        resultsFor={null}
        renderRow={(i) => <CatalogCard id={ids[i] ?? 0} catalog={data} text={null} listHref={listHref} />}
      />
    );
  }
  return (
    <>
      <StaticResultList
        count={first.length}
        keyOf={(i) => first[i]?.slug ?? String(i)}
        resultsFor={null}
        renderRow={(i) => {
          const article = first[i];
          return article ? <ArticleCard article={article} listHref={listHref} /> : null;
        }}
      />
      {articleCount > first.length && <LoadMore onVisible={engage} loading={catalog.isFetching} />}
    </>
  );
}
